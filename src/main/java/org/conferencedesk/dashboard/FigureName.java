package org.conferencedesk.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;

/**
 * Every headline figure of an event, by a stable name. A figure is named by its {@link FigureKey}: this
 * name, plus an argument for the figures kept per sector, district, hall, session or investor origin
 * ({@code contracts.sector[集成电路]}). Announced figures, snapshots and the report refer to figures by
 * these keys; renaming one needs a migration of {@code announced_figure.figure_key} and makes old
 * snapshots name it differently.
 *
 * <p>Each name also says which audit entries can change it ({@link #touchedBy}): the record types of
 * its feature, and for an edit, which fields. The snapshot diff lists those entries as the records that
 * changed a figure.
 */
public enum FigureName {

    // ---- guests (GuestService.totals; merged guests are not counted)
    /** Guests of the event. */
    GUESTS_TOTAL("guests.total", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of())),
    /** Guests of category academician (院士). */
    GUESTS_ACADEMICIANS("guests.academicians", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("category"))),
    /** Guests of category expert (专家). */
    GUESTS_EXPERTS("guests.experts", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("category"))),
    /** Guests of category enterprise representative (企业代表). */
    GUESTS_ENTERPRISE_REPRESENTATIVES("guests.enterpriseRepresentatives", FigureSection.GUESTS, FigureUnit.COUNT, null,
            Map.of("guest", Set.of("category"))),
    /** Guests of category government official. */
    GUESTS_GOVERNMENT_OFFICIALS("guests.governmentOfficials", FigureSection.GUESTS, FigureUnit.COUNT, null,
            Map.of("guest", Set.of("category"))),
    /** Guests of category media. */
    GUESTS_MEDIA("guests.media", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("category"))),
    /** Guests of category other. */
    GUESTS_OTHER("guests.other", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("category"))),
    /** Guests attending on site. */
    GUESTS_ON_SITE("guests.onSite", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("attendance"))),
    /** Guests attending online. */
    GUESTS_ONLINE("guests.online", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("attendance"))),
    /** Guests checked in at the desk (each once). */
    GUESTS_CHECKED_IN("guests.checkedIn", FigureSection.GUESTS, FigureUnit.COUNT, null, Map.of("guest", Set.of("checkedInAt"))),

    // ---- exhibitors (ExhibitorService / BoothService)
    /** Exhibitors of the event. */
    EXHIBITORS_TOTAL("exhibitors.total", FigureSection.EXHIBITORS, FigureUnit.COUNT, null, Map.of("exhibitor", Set.of())),
    /** Exhibitors on site: exhibition mode on-site or both (a company with a booth that is also in the cloud counts in both). */
    EXHIBITORS_ON_SITE("exhibitors.onSite", FigureSection.EXHIBITORS, FigureUnit.COUNT, null, Map.of("exhibitor", Set.of("mode"))),
    /**
     * Exhibitors in the cloud exhibition: mode cloud or both, as the 2020 press release counts "more than
     * 3,200 enterprises participated in the exhibition via the cloud".
     */
    EXHIBITORS_CLOUD("exhibitors.cloud", FigureSection.EXHIBITORS, FigureUnit.COUNT, null, Map.of("exhibitor", Set.of("mode"))),
    /** Booths in all halls. */
    EXHIBITORS_BOOTHS("exhibitors.booths", FigureSection.EXHIBITORS, FigureUnit.COUNT, null,
            Map.of("booth", Set.of("hall"), "hall", Set.of())),
    /** Booths held on at least one day. */
    EXHIBITORS_BOOTHS_BOOKED("exhibitors.booths.booked", FigureSection.EXHIBITORS, FigureUnit.COUNT, null,
            Map.of("booking", Set.of("firstDay", "lastDay"), "booth", Set.of("hall"), "exhibitor", Set.of(), "hall", Set.of())),
    /** The area of the booked booths, m². */
    EXHIBITORS_BOOKED_AREA("exhibitors.bookedAreaM2", FigureSection.EXHIBITORS, FigureUnit.SQUARE_METRES, null,
            Map.of("booking", Set.of("firstDay", "lastDay"), "booth", Set.of("hall", "areaM2"), "exhibitor", Set.of(), "hall", Set.of())),
    /** Exhibitors holding at least one booth in the hall (argument: the hall's code). */
    EXHIBITORS_IN_HALL("exhibitors.hall", FigureSection.EXHIBITORS, FigureUnit.COUNT, Argument.HALL,
            Map.of("booking", Set.of("firstDay", "lastDay"), "booth", Set.of("hall"), "exhibitor", Set.of(), "hall", Set.of("code"))),
    /** The booked area in the hall, m² (argument: the hall's code). */
    EXHIBITORS_HALL_BOOKED_AREA("exhibitors.hall.bookedAreaM2", FigureSection.EXHIBITORS, FigureUnit.SQUARE_METRES, Argument.HALL,
            Map.of("booking", Set.of("firstDay", "lastDay"), "booth", Set.of("hall", "areaM2"), "exhibitor", Set.of(),
                    "hall", Set.of("code"))),

    // ---- awards (AwardService.totals)
    /** Award categories. */
    AWARDS_CATEGORIES("awards.categories", FigureSection.AWARDS, FigureUnit.COUNT, null, Map.of("award", Set.of())),
    /** Places of all prizes (first ×1 + second ×2 + third ×3 = 6). */
    AWARDS_PLACES("awards.places", FigureSection.AWARDS, FigureUnit.COUNT, null,
            Map.of("award", Set.of(), "awardPrize", Set.of("places"))),
    /** Winners recorded in those places. */
    AWARDS_WINNERS("awards.winners", FigureSection.AWARDS, FigureUnit.COUNT, null,
            Map.of("award", Set.of(), "awardWinner", Set.of("prize", "nominee"))),
    /** Categories signed off by the committee. */
    AWARDS_SIGNED_OFF("awards.signedOff", FigureSection.AWARDS, FigureUnit.COUNT, null, Map.of("award", Set.of("signOff"))),
    /** Categories not signed off (never, or reopened). */
    AWARDS_OPEN("awards.open", FigureSection.AWARDS, FigureUnit.COUNT, null, Map.of("award", Set.of("signOff"))),

    // ---- contracts, every session (ContractService; decision 0004: amounts are signed CNY yuan)
    /** Contracts signed (in every currency). */
    CONTRACTS_SIGNED_COUNT("contracts.signed.count", FigureSection.CONTRACTS, FigureUnit.COUNT, null,
            Map.of("contract", Set.of("status"))),
    /** The CNY amount of the contracts signed, yuan. */
    CONTRACTS_SIGNED_AMOUNT("contracts.signed.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, null, contract()),
    /** Contracts planned, not yet signed. */
    CONTRACTS_PLANNED_COUNT("contracts.planned.count", FigureSection.CONTRACTS, FigureUnit.COUNT, null,
            Map.of("contract", Set.of("status"))),
    /** The CNY amount of the contracts planned, yuan. */
    CONTRACTS_PLANNED_AMOUNT("contracts.planned.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, null, contract()),
    /** The signed CNY amount in a sector, yuan (argument: the sector as written; "" for none). */
    CONTRACTS_SECTOR("contracts.sector", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.SECTOR, contract("sector")),
    /** The signed CNY amount in a district, yuan (argument: the district as written; "" for none). */
    CONTRACTS_DISTRICT("contracts.district", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.DISTRICT, contract("district")),
    /**
     * The running total at a place of the signing order: the signed CNY amount of the contracts up to and
     * including the one(s) placed there, yuan (argument: the signing order, "1", "2" …; contracts not yet
     * placed have none).
     */
    CONTRACTS_RUNNING_TOTAL("contracts.runningTotal", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.SIGNING_ORDER,
            contract("signingOrder")),

    // ---- the signing sessions (SigningSessionService): the closing ceremony counts only its own
    /** Contracts signed at the closing ceremony (no session, or its row). */
    CONTRACTS_CLOSING_COUNT("contracts.closing.count", FigureSection.CONTRACTS, FigureUnit.COUNT, null, session("status")),
    /** Their CNY amount, yuan. */
    CONTRACTS_CLOSING_AMOUNT("contracts.closing.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, null,
            session("status", "amount", "currency")),
    /** Contracts signed at another session (argument: the session's Chinese name). */
    CONTRACTS_SESSION_COUNT("contracts.session.count", FigureSection.CONTRACTS, FigureUnit.COUNT, Argument.SESSION, session("status")),
    /** Their CNY amount, yuan (argument: the session's Chinese name). */
    CONTRACTS_SESSION_AMOUNT("contracts.session.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.SESSION,
            session("status", "amount", "currency")),

    // ---- projects of at least 1 亿元 (亿元以上项目), signed, CNY
    /** Signed CNY contracts of at least 100,000,000.00 yuan ({@link ContractFigures#MAJOR_PROJECT_THRESHOLD}). */
    CONTRACTS_MAJOR_COUNT("contracts.major.count", FigureSection.CONTRACTS, FigureUnit.COUNT, null, contract()),
    /** Their amount, yuan. */
    CONTRACTS_MAJOR_AMOUNT("contracts.major.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, null, contract()),
    /** Those of the closing ceremony. */
    CONTRACTS_CLOSING_MAJOR_COUNT("contracts.closing.major.count", FigureSection.CONTRACTS, FigureUnit.COUNT, null, session()),
    /** Their amount, yuan. */
    CONTRACTS_CLOSING_MAJOR_AMOUNT("contracts.closing.major.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, null, session()),
    /** Those in a sector (argument: the sector). */
    CONTRACTS_MAJOR_SECTOR_COUNT("contracts.major.sector.count", FigureSection.CONTRACTS, FigureUnit.COUNT, Argument.SECTOR,
            contract("sector")),
    /** Their amount, yuan (argument: the sector). */
    CONTRACTS_MAJOR_SECTOR_AMOUNT("contracts.major.sector.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.SECTOR,
            contract("sector")),
    /** Those in a district (argument: the district). */
    CONTRACTS_MAJOR_DISTRICT_COUNT("contracts.major.district.count", FigureSection.CONTRACTS, FigureUnit.COUNT, Argument.DISTRICT,
            contract("district")),
    /** Their amount, yuan (argument: the district). */
    CONTRACTS_MAJOR_DISTRICT_AMOUNT("contracts.major.district.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.DISTRICT,
            contract("district")),

    // ---- investors' origin, signed contracts
    /** Signed contracts by the investor's origin (argument: DOMESTIC, HONG_KONG_MACAO_TAIWAN, FOREIGN; "" not recorded). */
    CONTRACTS_ORIGIN_COUNT("contracts.origin.count", FigureSection.CONTRACTS, FigureUnit.COUNT, Argument.ORIGIN,
            contract("investorOrigin")),
    /** Their CNY amount, yuan. */
    CONTRACTS_ORIGIN_AMOUNT("contracts.origin.amount", FigureSection.CONTRACTS, FigureUnit.YUAN, Argument.ORIGIN,
            contract("investorOrigin"));

    /** What the argument of a figure names. */
    public enum Argument {
        /** A sector as written ("" for contracts with none). */
        SECTOR,
        /** A district as written ("" for none). */
        DISTRICT,
        /** A hall's code as written. */
        HALL,
        /** A signing session's Chinese name (sessions other than the closing ceremony). */
        SESSION,
        /** An investor origin's name ({@code DOMESTIC} …; "" for not recorded). */
        ORIGIN,
        /** A place of the signing order ("1", "2" …). */
        SIGNING_ORDER
    }

    /** Pseudo-field of a sign-off or reopening of an award category (the audit actions SIGNED_OFF, REOPENED). */
    static final String SIGN_OFF = "signOff";

    private final String key;
    private final FigureSection section;
    private final FigureUnit unit;
    private final Argument argument;
    private final Map<String, Set<String>> changedBy;

    FigureName(String key, FigureSection section, FigureUnit unit, Argument argument, Map<String, Set<String>> changedBy) {
        this.key = key;
        this.section = section;
        this.unit = unit;
        this.argument = argument;
        this.changedBy = changedBy;
    }

    /** The stable key of the figure, without argument ({@code "guests.academicians"}, {@code "contracts.sector"}). */
    public String key() {
        return key;
    }

    /** The part of the figures it belongs to. */
    public FigureSection section() {
        return section;
    }

    /** What it counts: records, yuan or m². */
    public FigureUnit unit() {
        return unit;
    }

    /** What its argument names, or null for a figure without argument. */
    public Argument argument() {
        return argument;
    }

    /** True if the figure is kept per sector, district, hall, session, origin or place ({@link #argument()} not null). */
    public boolean hasArgument() {
        return argument != null;
    }

    /** The name whose {@link #key()} is {@code key}, if any. */
    public static Optional<FigureName> ofKey(String key) {
        return Arrays.stream(values()).filter(n -> n.key.equals(key)).findFirst();
    }

    /**
     * True if this audit entry may have changed the figure: an entry of a record type the figure counts
     * that adds, deletes, imports, merges or unmerges records, or edits a field the figure depends on (a
     * sign-off or reopening edits the award's "signOff"). Marking guests as different people changes no figure.
     */
    public boolean touchedBy(AuditEntry entry) {
        Set<String> fields = changedBy.get(entry.recordType());
        if (fields == null) {
            return false;
        }
        AuditAction action = entry.action();
        return switch (action) {
            case MARKED_DISTINCT, UNMARKED_DISTINCT -> false;
            case UPDATED -> entry.changes().stream().anyMatch(c -> fields.contains(c.field()));
            case SIGNED_OFF, REOPENED -> fields.contains(SIGN_OFF);
            default -> true;
        };
    }

    /**
     * The figure's name for a reader, in {@code locale}'s language (bundle {@code dashboard},
     * {@code figure.KEY}), the argument filled in ({@code "签约金额（集成电路）"}).
     *
     * @param argumentText the argument as the reader should see it (a hall code, a sector, an origin's
     *        name in that language), or null for a figure without argument
     */
    public String label(Locale locale, String argumentText) {
        Messages messages = Messages.of("dashboard", locale);
        if (argument == null) {
            return messages.get("figure." + key);
        }
        String shown = argumentText == null || argumentText.isEmpty() ? messages.get("figure.unspecified") : argumentText;
        return messages.get("figure." + key, shown);
    }

    private static Map<String, Set<String>> contract(String... more) {
        Set<String> fields = new java.util.HashSet<>(Set.of("status", "amount", "currency"));
        fields.addAll(Arrays.asList(more));
        return Map.of("contract", Set.copyOf(fields));
    }

    private static Map<String, Set<String>> session(String... fields) {
        Set<String> f = new java.util.HashSet<>(Set.of("signingSession", "status", "amount", "currency"));
        f.addAll(Arrays.asList(fields));
        return Map.of("contract", Set.copyOf(f), "signingSession", Set.of("kind", "nameZh"));
    }
}
