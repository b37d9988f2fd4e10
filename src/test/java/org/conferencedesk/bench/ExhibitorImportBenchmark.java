package org.conferencedesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.io.ExhibitorImportSpec;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of a 10,000-row exhibitor list (CSV, UTF-8 with BOM, Chinese headers and words, seed 2020):
 * 9,500 enterprises of the cloud exhibition (no booth) and 500 on site, each holding one or two of
 * the 800 booths of hall 5 (written "5A001/5A002"), every row with sector, country, contact, e-mail,
 * phone and payment status, into a fresh database holding the event (26–28 November 2020) and
 * hall 5. The real import (detection, headers, every cell read and checked by ExhibitorRules, the
 * company checked against the event and the earlier rows, each booth looked up and checked free,
 * one transaction through BoothService.importExhibitors with the bookings for every day) against
 * the floor: Commons CSV and plain JDBC batch inserts of the same exhibitors (values already as
 * stored) and of their booking days, one transaction, no checks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class ExhibitorImportBenchmark {

    static final int ROWS = 10_000;
    static final int ON_SITE = 500;
    static final int BOOTHS = 800;

    private static final String[] CITIES = {"南京", "苏州", "无锡", "常州", "上海", "杭州", "合肥", "北京", "深圳", "广州"};
    private static final String[] TRADES = {"智能制造", "工业机器人", "数控系统", "传感器", "工业互联网", "新能源汽车", "集成电路",
        "高端装备", "智能家电", "工业软件"};
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "科技有限公司", "集团有限公司"};
    private static final String[] PAYMENT = {"未付款", "已开票", "已付款"};
    private static final String[] PAYMENT_NAMES = {"UNPAID", "INVOICED", "PAID"};
    private static final LocalDate[] DAYS = {LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 27), LocalDate.of(2020, 11, 28)};

    private Path importFile;
    private Path plainFile;
    private Database database;
    private long eventId;
    private Map<String, Long> boothIds;
    private ImportService<?, ?> importService;

    /** Writes the organisers' file and the floor's plain file once (seed 2020). */
    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        Path folder = Files.createTempDirectory("exhibitor-import-bench");
        importFile = folder.resolve("exhibitors.csv");
        plainFile = folder.resolve("exhibitors-plain.csv");
        Random random = new Random(2020);
        StringBuilder o = new StringBuilder(ROWS * 160);
        StringBuilder p = new StringBuilder(ROWS * 160);
        o.append("\uFEFF企业名称,英文名称,国家/地区,行业,参展方式,展馆,展位号,付款状态,联系人,邮箱,电话,网址\r\n");
        p.append("company_name,country,sector,mode,payment_status,contact_person,email,phone,website,booths\r\n");
        int nextBooth = 1;
        for (int i = 0; i < ROWS; i++) {
            String name = CITIES[random.nextInt(CITIES.length)] + TRADES[random.nextInt(TRADES.length)] + i
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
            String sector = TRADES[random.nextInt(TRADES.length)];
            boolean onSite = i % (ROWS / ON_SITE) == 0;
            StringBuilder booths = new StringBuilder();
            if (onSite) {
                int count = nextBooth + 1 <= BOOTHS && random.nextInt(4) == 0 ? 2 : 1;
                for (int b = 0; b < count; b++) {
                    booths.append(b == 0 ? "" : "/").append(String.format(Locale.ROOT, "5A%03d", nextBooth++));
                }
            }
            int pay = random.nextInt(PAYMENT.length);
            String contact = "联系人" + i;
            String email = "info" + i + "@example.cn";
            String phone = "025-" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
            String web = "www.example" + i + ".cn";
            o.append(name).append(",,中国,").append(sector).append(',').append(onSite ? "现场" : "云展").append(',')
                    .append(onSite ? "5" : "").append(',').append(booths).append(',').append(PAYMENT[pay]).append(',')
                    .append(contact).append(',').append(email).append(',').append(phone).append(',').append(web).append("\r\n");
            p.append(name).append(",中国,").append(sector).append(',').append(onSite ? "ON_SITE" : "CLOUD").append(',')
                    .append(PAYMENT_NAMES[pay]).append(',').append(contact).append(',').append(email).append(',')
                    .append(phone).append(',').append(web).append(',').append(booths).append("\r\n");
        }
        Files.writeString(importFile, o, StandardCharsets.UTF_8);
        Files.writeString(plainFile, p, StandardCharsets.UTF_8);
    }

    /** A fresh database with the event and hall 5's 800 standard booths (not timed). */
    @Setup(Level.Invocation)
    public void freshDatabase() {
        database = Database.openInMemory("exhibitor-import-bench-" + UUID.randomUUID());
        EventRepository eventRepository = new EventRepository(database.dsl());
        EventService events = new EventService(eventRepository);
        eventId = eventRepository.insert(new Event(null, "Bench", null, "Nanjing", null, DAYS[0], DAYS[2], null)).id();
        ExhibitorService exhibitors = new ExhibitorService(database, new GuestService(database));
        BoothService booths = new BoothService(database, events, exhibitors);
        Hall hall = booths.saveHall(Hall.of(eventId, "5", "5号馆"));
        boothIds = new HashMap<>();
        for (int b = 1; b <= BOOTHS; b++) {
            String code = String.format(Locale.ROOT, "5A%03d", b);
            boothIds.put(code, booths.saveBooth(Booth.of(eventId, hall.id(), code, BoothKind.STANDARD, new BigDecimal("9"))).id());
        }
        importService = new ImportService<>(new ExhibitorImportSpec(exhibitors, booths, events));
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        database.close();
    }

    /** The real import, as the window and {@code import exhibitors} run it. */
    @Benchmark
    public int importExhibitors() {
        return importService.importFile(eventId, importFile, ImportOptions.DETECT, ProgressMonitor.NONE,
                Locale.SIMPLIFIED_CHINESE).added();
    }

    /** Floor: Commons CSV and plain JDBC batch inserts of the same exhibitors and booking days. */
    @Benchmark
    public int plainJdbcBatchInsert() throws IOException, SQLException {
        String url = "jdbc:h2:mem:" + database.description().substring("memory:".length());
        int rows = 0;
        Map<String, String> boothsOf = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Reader reader = Files.newBufferedReader(plainFile, StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO exhibitor (event_id, company_name, "
                     + "country, sector, mode, payment_status, contact_person, email, phone, website) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement day = connection.prepareStatement("INSERT INTO booking_day (event_id, booth_id, held_on, "
                     + "exhibitor_id, booked_at) VALUES (?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setLong(1, eventId);
                for (int c = 0; c < 9; c++) {
                    insert.setString(c + 2, r.get(c));
                }
                if (!r.get(9).isEmpty()) {
                    boothsOf.put(r.get(0), r.get(9));
                }
                insert.addBatch();
                if (++rows % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            OffsetDateTime now = OffsetDateTime.now();
            try (PreparedStatement ids = connection.prepareStatement("SELECT id, company_name FROM exhibitor WHERE event_id = ?")) {
                ids.setLong(1, eventId);
                try (ResultSet rs = ids.executeQuery()) {
                    while (rs.next()) {
                        String booths = boothsOf.get(rs.getString(2));
                        if (booths == null) {
                            continue;
                        }
                        for (String code : booths.split("/")) {
                            for (LocalDate d : DAYS) {
                                day.setLong(1, eventId);
                                day.setLong(2, boothIds.get(code));
                                day.setObject(3, d);
                                day.setLong(4, rs.getLong(1));
                                day.setObject(5, now);
                                day.addBatch();
                            }
                        }
                    }
                }
            }
            day.executeBatch();
            connection.commit();
        }
        return rows;
    }
}
