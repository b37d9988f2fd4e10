package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportBlock.Cell;
import org.conferencedesk.reports.ReportBlock.Column;
import org.conferencedesk.reports.ReportBlock.Row;
import org.conferencedesk.reports.ReportBlock.RowStyle;
import org.conferencedesk.reports.ReportReading;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The signing ceremony's part of the summary report: the headline ("签约项目 30 个，总金额
 * 536.3 亿元" / "30 projects signed, total RMB 53.63 billion"), contracts in other currencies
 * (never added to the RMB total) and planned ones; the contracts in signing order with amount and
 * running total in yuan (withdrawn ones in grey, counted in no total); totals and shares by sector
 * and by district; and its notes. The figures are those of {@link ContractService#totals} and
 * {@link ContractService#listWithRunningTotals}. Words from the {@code contracts} bundle ({@code report.*}).
 */
public final class ContractReportSection implements ReportSection {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Relative widths of No., project, investor, partner, sector, district, amount, running total.
     * At the report's table size the three name columns hold 11 to 12 Chinese characters a line, so
     * most names take one or two lines; sector holds five (新能源汽车), district four (雨花台区);
     * the amount columns hold "USD 620,000,000.00", "123,456,789,012.34" and their headers.
     */
    private static final float[] WIDTHS = {20f, 95f, 89f, 89f, 42f, 36f, 71f, 73f};
    private static final String[] COLUMNS = {"no", "project", "investor", "partner", "sector", "district", "amount",
        "runningTotal"};

    private final ContractService contracts;
    private final SigningSessionService sessions;

    /**
     * The section over the ledger it reports on, with no signing sessions: every contract is the closing
     * ceremony's (one running total).
     */
    public ContractReportSection(ContractService contracts) {
        this(contracts, null);
    }

    /**
     * The section over the ledger and its signing sessions: when contracts were signed at more than one
     * session, each session's contracts are listed with the session's own running total.
     *
     * @param sessions the signing sessions, or null for none
     */
    public ContractReportSection(ContractService contracts, SigningSessionService sessions) {
        this.contracts = contracts;
        this.sessions = sessions;
    }

    @Override
    public Part read(long eventId, Locale locale) {
        return read(eventId, locale, new ReportReading());
    }

    /**
     * The section; its headline figure ("签约项目 30 个，总金额 536.3 亿元") is left out of the summary when an
     * earlier section of the same report already stated the contracts signed ({@link #STATED} in {@code reading}).
     */
    @Override
    public Part read(long eventId, Locale locale, ReportReading reading) {
        Messages m = Messages.of("contracts", locale);
        ContractTotals totals = contracts.totals(eventId);
        List<ContractWithRunningTotal> rows = contracts.listWithRunningTotals(eventId);
        Map<SigningSession, List<Contract>> bySession = sessions == null || rows.isEmpty() ? Map.of()
                : sessions.bySession(eventId, rows.stream().map(ContractWithRunningTotal::contract).toList());
        List<ReportBlock> headline = headline(m, totals, rows);
        if (reading.stated(STATED)) {
            headline = headline.subList(1, headline.size());
        }
        return new Part(headline, body(m, totals, rows, bySession), notes(m, rows));
    }

    /**
     * What a section that states the contracts signed in its summary sentence (the dashboard's press-style
     * paragraph) marks in the report's {@link ReportReading}, so that this section does not state them again.
     */
    public static final String STATED = "contracts.signed";

    private List<ReportBlock> headline(Messages m, ContractTotals totals, List<ContractWithRunningTotal> rows) {
        Locale locale = m.locale();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Headline(m.get("report.headline", totals.signed().count(),
                MoneyFormat.headline(totals.signed().amount(), locale))));
        if (!totals.otherCurrencies().isEmpty()) {
            long count = rows.stream().map(ContractWithRunningTotal::contract)
                    .filter(c -> c.status() == ContractStatus.SIGNED && !c.isCny()).count();
            String amounts = null;
            for (Map.Entry<String, BigDecimal> e : totals.otherCurrencies().entrySet()) {
                String one = foreign(e.getValue(), e.getKey(), locale);
                amounts = amounts == null ? one : m.get("report.list.join", amounts, one);
            }
            blocks.add(new ReportBlock.Text(m.get("report.otherCurrencies", count, amounts)));
        }
        // After the foreign-currency line, which speaks of the signed projects ("of these", 其中):
        // planned projects are not among them ("另有").
        if (totals.planned().count() > 0) {
            blocks.add(new ReportBlock.Text(m.get("report.planned", totals.planned().count(),
                    MoneyFormat.headline(totals.planned().amount(), locale))));
        }
        return blocks;
    }

    private List<ReportBlock> body(Messages m, ContractTotals totals, List<ContractWithRunningTotal> rows,
                                   Map<SigningSession, List<Contract>> bySession) {
        Locale locale = m.locale();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading(m.get("report.section.contracts")));
        if (rows.isEmpty()) {
            blocks.add(new ReportBlock.Text(m.get("report.empty"), true));
            return blocks;
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            columns.add(new Column(m.get("report.column." + COLUMNS[i]), WIDTHS[i], i >= 6));
        }
        if (bySession.size() < 2) {
            List<Row> lines = new ArrayList<>();
            for (ContractWithRunningTotal row : rows) {
                lines.add(line(m, row.contract(), row.runningTotal()));
            }
            blocks.add(new ReportBlock.Table(null, columns, lines, 100f));
        } else {
            // Each session its own running total: the closing ceremony's counts only its own contracts
            // (in 2020 a pre-event conference signed 10 projects of its own).
            columns.set(7, new Column(m.get("report.column.sessionRunningTotal"), WIDTHS[7], true));
            bySession.forEach((session, own) -> {
                ContractLedger ledger = new ContractLedger(own);
                List<Row> lines = new ArrayList<>();
                for (Contract c : ledger.inSigningOrder()) {
                    lines.add(line(m, c, ledger.runningTotal(c.id())));
                }
                blocks.add(new ReportBlock.Table(m.get("report.sessionContracts", session.name(locale)), columns, lines, 100f));
            });
        }
        breakdown(blocks, m, "report.section.bySector", "report.column.sector", totals.bySector(), totals.signed().amount());
        breakdown(blocks, m, "report.section.byDistrict", "report.column.district", totals.byDistrict(), totals.signed().amount());
        return blocks;
    }

    /** One contract's row: its place, project (with its status when not signed), parties, amount and running total. */
    private static Row line(Messages m, Contract c, BigDecimal runningTotal) {
        Locale locale = m.locale();
        String remark = switch (c.status()) {
            case PLANNED -> m.get("report.status.planned");
            case WITHDRAWN -> m.get("report.status.withdrawn");
            case SIGNED -> null;
        };
        String amount = c.isCny() ? MoneyFormat.full(c.amount(), locale)
                : c.currency() + " " + MoneyFormat.full(c.amount(), locale);
        return new Row(List.of(new Cell(c.signingOrder() == null ? "–" : c.signingOrder().toString()),
                new Cell(c.projectName(), remark), new Cell(c.investor()), new Cell(c.partner()), new Cell(c.sector()),
                new Cell(c.district()), new Cell(amount), new Cell(MoneyFormat.full(runningTotal, locale))),
                c.status() == ContractStatus.WITHDRAWN ? RowStyle.GREYED : RowStyle.NORMAL);
    }

    private static void breakdown(List<ReportBlock> blocks, Messages m, String titleKey, String nameKey,
                                  Map<String, BigDecimal> amounts, BigDecimal signed) {
        if (amounts.isEmpty()) {
            return;
        }
        Locale locale = m.locale();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            String name = ContractTotals.UNSPECIFIED.equals(e.getKey()) ? m.get("report.unspecified") : e.getKey();
            rows.add(new Row(List.of(new Cell(name), new Cell(MoneyFormat.full(e.getValue(), locale)),
                    new Cell(share(e.getValue(), signed))), RowStyle.NORMAL));
        }
        rows.add(new Row(List.of(new Cell(m.get("report.total")), new Cell(MoneyFormat.full(signed, locale)),
                new Cell(signed.signum() == 0 ? "–" : "100.0%")), RowStyle.TOTAL));
        blocks.add(new ReportBlock.Table(m.get(titleKey), List.of(new Column(m.get(nameKey), 40f, false),
                new Column(m.get("report.column.amount"), 30f, true), new Column(m.get("report.column.share"), 14f, true)),
                rows, 64f));
    }

    private static List<String> notes(Messages m, List<ContractWithRunningTotal> rows) {
        List<String> notes = new ArrayList<>();
        notes.add(m.get("report.note.amounts"));
        notes.add(m.get("report.note.withdrawn"));
        if (rows.stream().anyMatch(r -> r.contract().status() == ContractStatus.PLANNED)) {
            notes.add(m.get("report.note.planned"));
        }
        if (rows.stream().anyMatch(r -> !r.contract().isCny())) {
            notes.add(m.get("report.note.otherCurrency"));
        }
        notes.add(m.get("report.note.shares"));
        return notes;
    }

    /**
     * The share of {@code part} in {@code whole} in percent, rounded half up to one decimal
     * ("12.3%"), or "–" when the whole is zero.
     */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** An amount in another currency inside a sentence: "5,000 万美元", "USD 50 million". */
    private static String foreign(BigDecimal value, String currency, Locale locale) {
        try {
            return MoneyFormat.headline(new Amount(value, currency), locale);
        } catch (IllegalArgumentException notIso) {
            // A currency code the JDK does not know still shows, exactly, with its code.
            return currency + " " + MoneyFormat.full(value, locale);
        }
    }
}
