package org.conferencedesk.exhibitors.io;

import static org.conferencedesk.exhibitors.BoothField.AREA;
import static org.conferencedesk.exhibitors.BoothField.BOOTH;
import static org.conferencedesk.exhibitors.BoothField.CORNER;
import static org.conferencedesk.exhibitors.BoothField.DEPTH;
import static org.conferencedesk.exhibitors.BoothField.FIRST_DAY;
import static org.conferencedesk.exhibitors.BoothField.HALL;
import static org.conferencedesk.exhibitors.BoothField.HALL_DEPTH;
import static org.conferencedesk.exhibitors.BoothField.HALL_NAME;
import static org.conferencedesk.exhibitors.BoothField.HALL_WIDTH;
import static org.conferencedesk.exhibitors.BoothField.HOLDER;
import static org.conferencedesk.exhibitors.BoothField.KIND;
import static org.conferencedesk.exhibitors.BoothField.LAST_DAY;
import static org.conferencedesk.exhibitors.BoothField.WIDTH;
import static org.conferencedesk.exhibitors.BoothField.X;
import static org.conferencedesk.exhibitors.BoothField.Y;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothField;
import org.conferencedesk.exhibitors.BoothIndex;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorException;
import org.conferencedesk.exhibitors.ExhibitorRules;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.ListedBooth;
import org.conferencedesk.importexport.ChoiceWords;
import org.conferencedesk.importexport.HeaderVocabulary;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ImportSpec;
import org.conferencedesk.importexport.RecordImport;
import org.conferencedesk.importexport.SeenKeys;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Booths (and their halls, and who holds them) as the import pipeline reads a list of booths, one row
 * per booth: hall code and booth code required; kind (标摊 / standard, 光地 / 特装 / raw space; empty:
 * standard); area in m² (empty: width × depth); the place on the plan (x, y, width, depth in metres,
 * all four or none); corner; the hall's name and size (used when the hall is new); an exhibitor of the
 * event holding it, from a first to a last day (dates as people write them, {@code 26.11.2020} too;
 * empty: the whole event). Lengths and areas follow the file's decimal mark. Saved by
 * {@link BoothService#importBooths}.
 *
 * <p>A booth already in its hall, or on an earlier row, is refused; so is a holder who is not an
 * exhibitor of the event, is cloud-only, or a booth held by someone else on those days.
 */
public final class BoothImportSpec implements ImportSpec<ListedBooth, BoothField> {

    static final ChoiceWords<BoothKind> KIND_WORDS = new ChoiceWords<BoothKind>()
            .add(BoothKind.STANDARD, "标摊", "标准展位", "标准摊位", "标展", "标准", "standard", "shell scheme", "shell", "Standard",
                    "Reihenstand")
            .add(BoothKind.RAW_SPACE, "光地", "特装", "特装展位", "光地展位", "raw space", "raw", "space only", "Freigelände",
                    "Rohfläche");

    static final ChoiceWords<Boolean> YES_NO = new ChoiceWords<Boolean>()
            .add(Boolean.TRUE, "是", "角", "角位", "转角", "双开口", "yes", "y", "true", "x", "✓", "√", "ja", "1")
            .add(Boolean.FALSE, "否", "不是", "单开口", "no", "n", "false", "nein", "0", "-");

    static {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages words = Messages.of("exhibitors", locale);
            for (BoothKind k : BoothKind.values()) {
                KIND_WORDS.addIfAbsent(k, words.get("kind." + k.name()));
                KIND_WORDS.addIfAbsent(k, k.name());
            }
        }
    }

    /** The headers of booth lists. */
    public static final HeaderVocabulary<BoothField> VOCABULARY = HeaderVocabulary.of(BoothField.class)
            .words(HALL, "展馆", "馆号", "展馆编号", "展厅", "Hall", "Hall code", "Halle")
            .words(HALL_NAME, "展馆名称", "馆名", "Hall name", "Hallenname")
            .words(HALL_WIDTH, "展馆宽度", "馆宽", "Hall width", "Hallenbreite")
            .words(HALL_DEPTH, "展馆进深", "展馆长度", "馆深", "Hall depth", "Hallentiefe")
            .words(BOOTH, "展位", "展位号", "展位编号", "摊位号", "展台号", "Booth", "Booth no.", "Booth number", "Stand",
                    "Stand no.", "Standnummer")
            .words(KIND, "类型", "展位类型", "展位类别", "类别", "Kind", "Type", "Booth type", "Standart")
            .words(AREA, "面积", "展位面积", "面积（㎡）", "面积(m2)", "Area", "Area (m²)", "Area m2", "sqm", "Fläche")
            .words(X, "X", "横坐标", "x (m)")
            .words(Y, "Y", "纵坐标", "y (m)")
            .words(WIDTH, "宽", "宽度", "开口", "Width", "Breite")
            .words(DEPTH, "深", "进深", "深度", "Depth", "Tiefe")
            .words(CORNER, "角位", "转角", "是否角位", "双开口", "Corner", "Ecke", "Eckstand")
            .words(HOLDER, "展商", "参展企业", "企业名称", "参展商", "预订企业", "Exhibitor", "Company", "Holder", "Aussteller")
            .words(FIRST_DAY, "开始日期", "起始日期", "从", "First day", "From", "Von")
            .words(LAST_DAY, "结束日期", "截止日期", "到", "Last day", "To", "Bis")
            .build();

    private final BoothService booths;
    private final ExhibitorService exhibitors;
    private final EventService events;

    /**
     * @param booths the halls and booths (the saving, and what is already there)
     * @param exhibitors the exhibitors the holders are looked up in
     * @param events the events (their days)
     */
    public BoothImportSpec(BoothService booths, ExhibitorService exhibitors, EventService events) {
        this.booths = booths;
        this.exhibitors = exhibitors;
        this.events = events;
    }

    @Override
    public String name() {
        return "booths";
    }

    @Override
    public String bundle() {
        return "booths";
    }

    @Override
    public HeaderVocabulary<BoothField> headers() {
        return VOCABULARY;
    }

    @Override
    public Set<BoothField> required() {
        return EnumSet.of(HALL, BOOTH);
    }

    @Override
    public BoothField nameField() {
        return BOOTH;
    }

    @Override
    public Set<BoothField> decimalFields() {
        return EnumSet.of(AREA, X, Y, WIDTH, DEPTH, HALL_WIDTH, HALL_DEPTH);
    }

    @Override
    public String displayName(ListedBooth record) {
        return record.hall().code() + " " + record.booth().code();
    }

    @Override
    public RecordImport<ListedBooth, BoothField> start(long eventId, Locale locale) {
        return new Run(eventId, locale);
    }

    @Override
    public int write(long eventId, String source, Consumer<RecordBatch<ListedBooth>> rows) {
        return booths.importBooths(eventId, source, rows);
    }

    /** One import: the event, its booths and exhibitors, what earlier rows added and took. */
    private final class Run implements RecordImport<ListedBooth, BoothField> {
        private final long eventId;
        private final Locale locale;
        private final Messages words;
        private Event event;
        private BoothIndex index;
        private Map<String, Exhibitor> holders;
        private final SeenKeys seen = new SeenKeys(1024);
        /** Booths of earlier rows by hall and code key, with the line that added them. */
        private final Map<String, Integer> earlierBooths = new HashMap<>();

        Run(long eventId, Locale locale) {
            this.eventId = eventId;
            this.locale = locale;
            this.words = Messages.of("exhibitors", locale);
        }

        @Override
        public ListedBooth convert(ImportRow<BoothField> row) {
            String hallCode = row.text(HALL);
            String code = row.text(BOOTH);
            if (hallCode == null && !row.failed(HALL)) {
                row.problem(HALL, words.get("io.row.hall.empty"));
            }
            if (code == null && !row.failed(BOOTH)) {
                row.problem(BOOTH, words.get("io.row.booth.empty"));
            }
            BoothKind kind = row.choice(KIND, KIND_WORDS, BoothKind.STANDARD, w -> words.get("io.row.kind.unknown", w));
            BigDecimal area = row.decimal(AREA);
            BigDecimal x = row.decimal(X);
            BigDecimal y = row.decimal(Y);
            BigDecimal width = row.decimal(WIDTH);
            BigDecimal depth = row.decimal(DEPTH);
            Boolean corner = row.choice(CORNER, YES_NO, Boolean.FALSE, w -> words.get("io.row.corner.unknown", w));
            BigDecimal hallWidth = row.decimal(HALL_WIDTH);
            BigDecimal hallDepth = row.decimal(HALL_DEPTH);
            LocalDate first = row.date(FIRST_DAY);
            LocalDate last = row.date(LAST_DAY);
            if (row.hasProblems()) {
                return null;
            }
            int given = (x == null ? 0 : 1) + (y == null ? 0 : 1) + (width == null ? 0 : 1) + (depth == null ? 0 : 1);
            BoothPlace place = null;
            if (given == 4) {
                place = new BoothPlace(x, y, width, depth);
            } else if (given > 0 && !(given == 2 && width != null && depth != null)) {
                row.problem(BoothField.PLACE, words.get("io.row.place.incomplete"));
                return null;
            }
            if (area == null && width != null && depth != null) {
                area = width.multiply(depth);
            }
            if (area == null) {
                row.problem(AREA, words.get("io.row.area.empty"));
                return null;
            }
            Hall hall = new Hall(null, eventId, hallCode, row.text(HALL_NAME), hallWidth, hallDepth);
            Booth booth = new Booth(null, eventId, 0, code, kind, area, place, corner);
            for (FieldProblem<BoothField> p : ExhibitorRules.check(hall)) {
                row.problem(p.field(), p.sentence(locale));
            }
            for (FieldProblem<BoothField> p : ExhibitorRules.check(booth, hall)) {
                row.problem(p.field(), p.sentence(locale));
            }
            return row.hasProblems() ? null : new ListedBooth(hall, booth, row.text(HOLDER), first, last);
        }

        @Override
        public org.conferencedesk.importexport.Duplicate<ListedBooth> check(ListedBooth record, ImportRow<BoothField> row) {
            if (index == null) {
                event = events.find(eventId).orElseThrow(() -> new ExhibitorException("event.gone"));
                index = booths.index(eventId);
                holders = new HashMap<>();
                exhibitors.list(eventId).forEach(e -> holders.putIfAbsent(Exhibitor.companyKey(e.companyName()), e));
            }
            String hallKey = Hall.codeKey(record.hall().code());
            String key = hallKey + '\u0000' + Hall.codeKey(record.booth().code());
            int earlier = seen.firstLine(key, row.line());
            Hall hall = index.hall(record.hall().code());
            if (earlier > 0) {
                row.problem(BOOTH, words.get("io.row.repeatsLine", earlier));
            } else if (hall != null) {
                for (Booth other : index.boothsIn(hall.id())) {
                    if (Hall.codeKey(other.code()).equals(Hall.codeKey(record.booth().code()))) {
                        row.problem(BOOTH, words.get("booth.duplicate", record.booth().code(), hall.code(), other.code()));
                    }
                }
            }
            if (record.holder() == null) {
                return null;
            }
            Exhibitor holder = holders.get(Exhibitor.companyKey(record.holder()));
            if (holder == null) {
                row.problem(HOLDER, words.get("import.noSuchExhibitor", record.holder()));
                return null;
            }
            if (!holder.mode().holdsBooths()) {
                row.problem(HOLDER, words.get("booking.cloudOnly", holder.companyName(), record.booth().code()));
                return null;
            }
            if (event.startDate() == null || event.endDate() == null) {
                row.problem(HOLDER, words.get("booking.noDates", event.name()));
                return null;
            }
            LocalDate from = record.firstDay() != null ? record.firstDay() : event.startDate();
            LocalDate to = record.lastDay() != null ? record.lastDay() : event.endDate();
            if (to.isBefore(from)) {
                row.problem(LAST_DAY, words.get("booking.daysOrder", from, to));
            } else if (from.isBefore(event.startDate()) || to.isAfter(event.endDate())) {
                row.problem(record.firstDay() != null ? FIRST_DAY : LAST_DAY, words.get("booking.outsideEvent",
                        from + "–" + to, event.name(), event.startDate() + "–" + event.endDate()));
            }
            return null;
        }
    }
}
