package org.conferencedesk.exhibitors.io;

import static org.conferencedesk.exhibitors.ExhibitorField.BOOTHS;
import static org.conferencedesk.exhibitors.ExhibitorField.COMPANY_NAME;
import static org.conferencedesk.exhibitors.ExhibitorField.CONTACT_PERSON;
import static org.conferencedesk.exhibitors.ExhibitorField.COUNTRY;
import static org.conferencedesk.exhibitors.ExhibitorField.EMAIL;
import static org.conferencedesk.exhibitors.ExhibitorField.FEE_OVERRIDE;
import static org.conferencedesk.exhibitors.ExhibitorField.FEE_OVERRIDE_REASON;
import static org.conferencedesk.exhibitors.ExhibitorField.HALL;
import static org.conferencedesk.exhibitors.ExhibitorField.MODE;
import static org.conferencedesk.exhibitors.ExhibitorField.NOTES;
import static org.conferencedesk.exhibitors.ExhibitorField.OTHER_NAME;
import static org.conferencedesk.exhibitors.ExhibitorField.PAYMENT_STATUS;
import static org.conferencedesk.exhibitors.ExhibitorField.PHONE;
import static org.conferencedesk.exhibitors.ExhibitorField.SECTOR;
import static org.conferencedesk.exhibitors.ExhibitorField.WEBSITE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothIndex;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorException;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorRules;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.ListedExhibitor;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.importexport.ChoiceWords;
import org.conferencedesk.importexport.HeaderVocabulary;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ImportSpec;
import org.conferencedesk.importexport.RecordImport;
import org.conferencedesk.importexport.SeenKeys;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Exhibitors as the import pipeline ({@link org.conferencedesk.importexport.ImportService}) reads
 * them, one row per exhibitor: the headers organisers write in Chinese, English and German (the
 * company name required), the booths it holds in one cell ({@link BoothCodes}) looked up in its hall
 * (or in whichever hall has them), the agreed fee as an amount (units, decimal commas, total rows as
 * for every amount), and saved by {@link BoothService#importExhibitors}: added, and booked for every
 * day of the event.
 *
 * <p>The area, fee and currency columns the export writes are computed from the booths and left out
 * (derived). A row for a company already in the event, or on an earlier row, is refused (the same
 * company twice would count twice); so is a booth held by another exhibitor or named on an earlier
 * row, and a booth for a cloud-only exhibitor. Empty mode: on site; empty payment status: unpaid.
 */
public final class ExhibitorImportSpec implements ImportSpec<ListedExhibitor, ExhibitorField> {

    static final ChoiceWords<ExhibitionMode> MODE_WORDS = new ChoiceWords<ExhibitionMode>()
            .add(ExhibitionMode.ON_SITE, "现场", "线下", "现场参展", "线下参展", "实体展", "on site", "on-site", "onsite", "offline", "vor Ort")
            .add(ExhibitionMode.CLOUD, "云展", "线上", "云展会", "线上参展", "云上", "cloud", "online", "virtual", "digital")
            .add(ExhibitionMode.BOTH, "线上线下", "线上+线下", "现场+云展", "两者", "均参加", "both", "hybrid", "on site and cloud");

    static final ChoiceWords<PaymentStatus> PAYMENT_WORDS = new ChoiceWords<PaymentStatus>()
            .add(PaymentStatus.UNPAID, "未付", "未付款", "未缴费", "待付款", "否", "unpaid", "open", "offen")
            .add(PaymentStatus.INVOICED, "已开票", "已开发票", "待收款", "invoiced", "billed", "in Rechnung gestellt")
            .add(PaymentStatus.PAID, "已付", "已付款", "已缴费", "已到账", "是", "paid", "bezahlt")
            .add(PaymentStatus.REFUNDED, "已退款", "退款", "refunded", "erstattet");

    static {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages words = Messages.of("exhibitors", locale);
            for (ExhibitionMode m : ExhibitionMode.values()) {
                MODE_WORDS.addIfAbsent(m, words.get("mode." + m.name()));
                MODE_WORDS.addIfAbsent(m, m.name());
            }
            for (PaymentStatus p : PaymentStatus.values()) {
                PAYMENT_WORDS.addIfAbsent(p, words.get("paymentStatus." + p.name()));
                PAYMENT_WORDS.addIfAbsent(p, p.name());
            }
        }
    }

    /** The headers of exhibitor lists. */
    public static final HeaderVocabulary<ExhibitorField> VOCABULARY = HeaderVocabulary.of(ExhibitorField.class)
            .words(COMPANY_NAME, "企业名称", "公司名称", "展商名称", "参展企业", "参展商", "参展单位", "单位名称", "企业", "公司",
                    "Company", "Company name", "Exhibitor", "Exhibitor name", "Firma", "Firmenname", "Aussteller")
            .words(OTHER_NAME, "英文名称", "英文名", "外文名称", "企业英文名称", "中文名称", "English name", "Other name",
                    "Name in other language", "Chinese name")
            .words(COUNTRY, "国家", "地区", "国家/地区", "国家或地区", "国别", "Country", "Region", "Country/Region", "Land")
            .words(SECTOR, "行业", "所属行业", "行业类别", "领域", "产业", "Sector", "Industry", "Branche")
            .words(MODE, "参展方式", "参展形式", "展览方式", "线上/线下", "Mode", "Participation", "Teilnahme")
            .words(HALL, "展馆", "馆号", "展厅", "所在展馆", "Hall", "Halle")
            .words(BOOTHS, "展位", "展位号", "展位编号", "摊位号", "展台号", "Booth", "Booths", "Booth no.", "Booth number",
                    "Stand", "Stand no.", "Standnummer")
            .words(PAYMENT_STATUS, "付款状态", "缴费状态", "付款情况", "是否付款", "Payment", "Payment status", "Zahlungsstatus")
            .words(FEE_OVERRIDE, "协议价", "协议费用", "约定费用", "优惠价", "Agreed fee", "Fee override", "Vereinbarte Gebühr")
            .words(FEE_OVERRIDE_REASON, "协议价原因", "优惠原因", "调整原因", "Override reason", "Reason")
            .words(CONTACT_PERSON, "联系人", "对接人", "联系人姓名", "Contact", "Contact person", "Ansprechpartner")
            .words(EMAIL, "邮箱", "电子邮箱", "电子邮件", "联系邮箱", "Email", "E-mail", "Mail")
            .words(PHONE, "电话", "联系电话", "手机", "手机号", "Phone", "Telephone", "Tel", "Mobile", "Telefon")
            .words(WEBSITE, "网址", "网站", "官网", "企业网址", "Website", "Web", "URL", "Homepage", "Webseite")
            .words(NOTES, "备注", "说明", "Notes", "Note", "Remarks", "Comments", "Bemerkungen")
            .derived(derivedHeaders())
            .build();

    private final ExhibitorService exhibitors;
    private final BoothService booths;
    private final EventService events;

    /**
     * @param exhibitors the event's exhibitors ("already there")
     * @param booths the halls and booths the rows book, and the saving
     * @param events the events (their days)
     */
    public ExhibitorImportSpec(ExhibitorService exhibitors, BoothService booths, EventService events) {
        this.exhibitors = exhibitors;
        this.booths = booths;
        this.events = events;
    }

    /** The computed columns (area, fee, currency) in both languages, with the export's headers. */
    private static String[] derivedHeaders() {
        List<String> headers = new java.util.ArrayList<>(List.of("面积", "展位面积", "总面积", "Area", "展位费", "费用",
                "应付费用", "Fee", "币种", "货币", "Currency", "areaM2", "fee", "currency"));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages words = Messages.of("exhibitors", locale);
            headers.add(words.get("field.areaM2"));
            headers.add(words.get("field.fee"));
            headers.add(words.get("field.currency"));
        }
        return headers.toArray(String[]::new);
    }

    @Override
    public String name() {
        return "exhibitors";
    }

    @Override
    public String bundle() {
        return "exhibitors";
    }

    @Override
    public HeaderVocabulary<ExhibitorField> headers() {
        return VOCABULARY;
    }

    @Override
    public Set<ExhibitorField> required() {
        return EnumSet.of(COMPANY_NAME);
    }

    @Override
    public ExhibitorField nameField() {
        return COMPANY_NAME;
    }

    @Override
    public Set<ExhibitorField> amountFields() {
        return EnumSet.of(FEE_OVERRIDE);
    }

    @Override
    public BigDecimal amountForTotals(ListedExhibitor record) {
        Amount fee = record.exhibitor().feeOverride();
        return fee != null && Amount.CNY.equals(fee.currency()) ? fee.value() : null;
    }

    @Override
    public String displayName(ListedExhibitor record) {
        return record.exhibitor().companyName();
    }

    @Override
    public RecordImport<ListedExhibitor, ExhibitorField> start(long eventId, Locale locale) {
        return new Run(eventId, locale);
    }

    @Override
    public int write(long eventId, String source, Consumer<RecordBatch<ListedExhibitor>> rows) {
        return booths.importExhibitors(eventId, source, rows);
    }

    /** One import: the converter's words, the event's exhibitors and booths, what earlier rows took. */
    private final class Run implements RecordImport<ListedExhibitor, ExhibitorField> {
        private final long eventId;
        private final Locale locale;
        private final Messages words;
        private Event event;
        private Map<String, Exhibitor> existing;
        private BoothIndex index;
        private final SeenKeys companies = new SeenKeys(1024);

        Run(long eventId, Locale locale) {
            this.eventId = eventId;
            this.locale = locale;
            this.words = Messages.of("exhibitors", locale);
        }

        @Override
        public ListedExhibitor convert(ImportRow<ExhibitorField> row) {
            String name = row.text(COMPANY_NAME);
            if (name == null && !row.failed(COMPANY_NAME)) {
                row.problem(COMPANY_NAME, words.get("io.row.companyName.empty"));
            }
            ExhibitionMode mode = row.choice(MODE, MODE_WORDS, ExhibitionMode.ON_SITE,
                    w -> words.get("io.row.mode.unknown", w));
            PaymentStatus paid = row.choice(PAYMENT_STATUS, PAYMENT_WORDS, PaymentStatus.UNPAID,
                    w -> words.get("io.row.paymentStatus.unknown", w));
            Amount fee = row.amount(FEE_OVERRIDE, Amount.CNY);
            String hall = row.text(HALL);
            List<String> codes = BoothCodes.split(row.text(BOOTHS));
            if (row.text(ExhibitorField.GUEST_ID) != null) {
                // A guest's number in a file cannot be checked to be the person meant: linked in the window.
                row.problem(ExhibitorField.GUEST_ID, words.get("io.row.guestId"));
            }
            if (row.hasProblems()) {
                return null;
            }
            Exhibitor e = new Exhibitor(null, eventId, name, row.text(OTHER_NAME), row.text(COUNTRY), row.text(SECTOR),
                    mode, row.text(CONTACT_PERSON), null, row.text(EMAIL), row.text(PHONE), row.text(WEBSITE),
                    row.text(NOTES), paid, fee, row.text(FEE_OVERRIDE_REASON));
            for (FieldProblem<ExhibitorField> p : ExhibitorRules.check(e)) {
                row.problem(p.field(), p.sentence(locale));
            }
            if (!codes.isEmpty() && !mode.holdsBooths()) {
                row.problem(BOOTHS, words.get("booking.cloudOnly", name, String.join(", ", codes)));
            }
            return row.hasProblems() ? null : ListedExhibitor.toImport(e, hall, codes);
        }

        @Override
        public org.conferencedesk.importexport.Duplicate<ListedExhibitor> check(ListedExhibitor record,
                                                                                ImportRow<ExhibitorField> row) {
            if (existing == null) {
                event = events.find(eventId).orElseThrow(() -> new ExhibitorException("event.gone"));
                existing = new HashMap<>();
                exhibitors.list(eventId).forEach(x -> existing.putIfAbsent(Exhibitor.companyKey(x.companyName()), x));
                index = booths.index(eventId);
            }
            String key = Exhibitor.companyKey(record.exhibitor().companyName());
            Exhibitor twin = existing.get(key);
            int earlier = companies.firstLine(key, row.line());
            if (twin != null) {
                row.problem(COMPANY_NAME, words.get("exhibitor.duplicate", record.exhibitor().companyName(),
                        twin.companyName(), twin.id()));
            } else if (earlier > 0) {
                row.problem(COMPANY_NAME, words.get("io.row.repeatsLine", earlier));
            }
            if (record.booths().isEmpty()) {
                return null;
            }
            if (event.startDate() == null || event.endDate() == null) {
                row.problem(BOOTHS, words.get("booking.noDates", event.name()));
                return null;
            }
            LocalDate first = event.startDate();
            LocalDate last = event.endDate();
            // An earlier row's exhibitor is not saved yet: it holds its booths under minus its line,
            // once the whole row is good (a refused row takes no booth from the rows after it).
            long self = -row.line();
            List<Booth> taking = new java.util.ArrayList<>();
            for (String code : record.booths()) {
                try {
                    Booth booth = index.booth(record.hall(), code);
                    Long other = index.otherHolder(booth.id(), self, first, last);
                    if (other != null && other < 0) {
                        row.problem(BOOTHS, words.get("io.row.boothOnLine", booth.code(), -other));
                    } else if (other != null) {
                        row.problem(BOOTHS, words.get("booking.taken", booth.code(), exhibitors.find(other)
                                .map(Exhibitor::companyName).orElse("#" + other)));
                    }
                    taking.add(booth);
                } catch (ExhibitorException e) {
                    row.problem(BOOTHS, e.sentence(locale));
                }
            }
            if (!row.hasProblems()) {
                taking.forEach(b -> index.hold(b.id(), self, first, last));
            }
            return null;
        }
    }
}
