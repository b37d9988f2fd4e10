package org.conferencedesk.reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractReportSection;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestReportSection;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.storage.Database;

/**
 * A fresh in-memory database with the 2020 edition and a report service whose clock stands at
 * 2026-11-29 06:05 UTC (14:05 in Asia/Shanghai).
 */
final class ReportFixture implements AutoCloseable {

    /** 2026-11-29 14:05 in Asia/Shanghai. */
    static final Instant GENERATED_AT = Instant.parse("2026-11-29T06:05:00Z");

    /**
     * The 30 signed amounts of the press release, in 亿元; they add up to exactly 536.3 亿元
     * (53,630,000,000.00 yuan).
     */
    static final List<String> PRESS_RELEASE_AMOUNTS_YI = List.of(
            "18", "25.6", "12", "30", "8.5", "15", "22.3", "10", "40", "6.8",
            "19", "27.5", "9", "14.2", "33", "11", "20", "7.6", "16", "24",
            "13.5", "28", "5.2", "21", "17.3", "35", "12.8", "10.5", "0.35", "23.15");

    static final String MIDDLE_DOT_PROJECT = "约翰·史密斯研发中心";
    static final String EXTENSION_B_PROJECT = "𠮷野家智能中央厨房项目";

    private static final String[] SECTORS = {"智能装备", "工业互联网", "集成电路", "新能源汽车", "生物医药"};
    private static final String[] DISTRICTS = {"江宁区", "浦口区", "栖霞区", "雨花台区", "江北新区", "溧水区"};
    private static final BigDecimal YI = new BigDecimal("100000000");

    final Database database;
    final EventService events;
    final ContractService contracts;
    final GuestService guests;
    final SummaryReportService reports;
    final Event event;

    ReportFixture() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        events = new EventService(new EventRepository(database.dsl()));
        contracts = new ContractService(database, new ContractRepository(database.dsl()));
        guests = new GuestService(database);
        reports = new SummaryReportService(events, List.of(new ContractReportSection(contracts), new GuestReportSection(guests)),
                Clock.fixed(GENERATED_AT, ZoneOffset.UTC));
        event = events.create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
    }

    /** The 30 signed projects of the press release, 536.3 亿元 in all; two have names with rare characters. */
    List<Contract> pressReleaseContracts() {
        List<Contract> list = new ArrayList<>();
        for (int i = 0; i < PRESS_RELEASE_AMOUNTS_YI.size(); i++) {
            String name = switch (i) {
                case 2 -> MIDDLE_DOT_PROJECT;
                case 6 -> EXTENSION_B_PROJECT;
                default -> "智能制造重大项目" + (i + 1);
            };
            list.add(signed(name, "投资方" + (i + 1) + "有限公司", DISTRICTS[i % DISTRICTS.length] + "人民政府",
                    SECTORS[i % SECTORS.length], DISTRICTS[i % DISTRICTS.length],
                    new BigDecimal(PRESS_RELEASE_AMOUNTS_YI.get(i)).multiply(YI)));
        }
        return list;
    }

    /** {@code count} signed projects of 1 亿元 each, for multi-page reports. */
    List<Contract> manyContracts(int count) {
        List<Contract> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(signed("项目" + (i + 1), "投资方" + (i + 1), "合作方" + (i + 1),
                    SECTORS[i % SECTORS.length], DISTRICTS[i % DISTRICTS.length], YI));
        }
        return list;
    }

    Contract signed(String name, String investor, String partner, String sector, String district, BigDecimal yuan) {
        return contract(name, investor, partner, sector, district, yuan, "CNY", ContractStatus.SIGNED);
    }

    Contract contract(String name, String investor, String partner, String sector, String district,
                      BigDecimal amount, String currency, ContractStatus status) {
        return new Contract(null, event.id(), name, investor, partner, sector, district,
                amount.setScale(2), currency, null, status, LocalDate.of(2020, 11, 28), null);
    }

    /**
     * The guests of the press release: 24 academicians, 102 experts, 200 enterprise
     * representatives (326, "more than 320"); the first 126 online, the rest on site; the first
     * {@code checkedIn} checked in.
     */
    void addPressReleaseGuests(int checkedIn) {
        List<Guest> list = new ArrayList<>();
        for (int i = 0; i < 326; i++) {
            GuestCategory category = i < 24 ? GuestCategory.ACADEMICIAN
                    : i < 126 ? GuestCategory.EXPERT : GuestCategory.ENTERPRISE_REPRESENTATIVE;
            list.add(new Guest(null, event.id(), "嘉宾" + (i + 1), null, null, null, null, category, null,
                    i < 126 ? Attendance.ONLINE : Attendance.ON_SITE, InvitationStatus.CONFIRMED,
                    i < checkedIn ? GENERATED_AT : null, null, null, null, null));
        }
        guests.addAll(event.id(), list, null);
    }

    long eventId() {
        return event.id();
    }

    @Override
    public void close() {
        database.close();
    }
}
