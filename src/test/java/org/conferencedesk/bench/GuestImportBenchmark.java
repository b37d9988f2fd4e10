package org.conferencedesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.guests.io.GuestImportSpec;
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
 * Import of a 100,000-row guest list (CSV, UTF-8 with BOM, Chinese headers and words, generated
 * once with a fixed seed: realistic Chinese names, organisations, titles, e-mails, phones, some
 * check-in times) into a fresh database: the real import (detection, header recognition, every
 * field checked by GuestRules, the duplicate check over the file's rows and the event's guests,
 * one transaction; same-name rows added with {@code --duplicates add}) against the floor of a
 * plain JDBC batch insert of the same rows (Commons CSV, values already as stored, batches of
 * 1,000, one transaction, no checks), in the same run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GuestImportBenchmark {

    static final int ROWS = 100_000;

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
            .split("");
    private static final String[] GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强志明晓东晓明海燕文博宇航子涵浩然欣怡梓轩一鸣思远雨桐嘉怡俊杰晨曦天佑")
            .split("");
    private static final String[] CITIES = {"南京", "苏州", "无锡", "常州", "上海", "杭州", "合肥", "北京", "深圳", "广州",
        "成都", "武汉", "西安", "青岛", "宁波"};
    private static final String[] TRADES = {"智能制造", "工业机器人", "数控系统", "传感器", "工业互联网", "新能源汽车", "集成电路",
        "高端装备", "智能家电", "软件"};
    private static final String[] SUFFIXES = {"有限公司", "股份有限公司", "研究院", "科技有限公司", "集团有限公司"};
    private static final String[] UNIVERSITIES = {"东南大学", "南京大学", "清华大学", "上海交通大学", "浙江大学", "南京航空航天大学",
        "中国科学技术大学", "哈尔滨工业大学"};
    private static final String[] TITLES = {"总经理", "董事长", "教授", "研究员", "总工程师", "副总裁", "主任", "处长", "记者", "院长"};
    private static final String[] CATEGORIES = {"院士", "专家", "企业代表", "企业代表", "企业代表", "政府官员", "媒体", "其他"};
    private static final String[] CATEGORY_NAMES = {"ACADEMICIAN", "EXPERT", "ENTERPRISE_REPRESENTATIVE",
        "ENTERPRISE_REPRESENTATIVE", "ENTERPRISE_REPRESENTATIVE", "GOVERNMENT_OFFICIAL", "MEDIA", "OTHER"};
    private static final String[] STATUSES = {"未邀请", "已邀请", "已确认", "已谢绝"};
    private static final String[] STATUS_NAMES = {"NOT_INVITED", "INVITED", "CONFIRMED", "DECLINED"};
    private static final String[] HOSTS = {"刘干事", "周主任", "陈秘书", "王处长", ""};
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Path folder;
    private Path importFile;
    private Path plainFile;
    private Database database;
    private long eventId;
    private ImportService<?, ?> importService;
    private final ImportOptions options = ImportOptions.DETECT.withDuplicates(DuplicateAction.ADD);

    /** Writes the organisers' file and the floor's plain file once (seed 2020). */
    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        folder = Files.createTempDirectory("guest-import-bench");
        importFile = folder.resolve("guests.csv");
        plainFile = folder.resolve("guests-plain.csv");
        writeFiles(importFile, plainFile, ROWS, new Random(2020));
    }

    /** Writes {@code rows} generated guests as organisers write them and as the database stores them. */
    static void writeFiles(Path organisers, Path plain, int rows, Random random) throws IOException {
        StringBuilder o = new StringBuilder(rows * 160);
        StringBuilder p = new StringBuilder(rows * 160);
        o.append("\uFEFF姓名,英文名,职务,单位,国家或地区,类别,贵宾级别,参会方式,邀请状态,签到时间,电子邮箱,电话,对接人,备注\r\n");
        p.append("full_name,title,organisation,country,category,vip_level,attendance,invitation_status,checked_in_at,email,phone,host,notes\r\n");
        for (int i = 0; i < rows; i++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                    + (random.nextInt(3) == 0 ? "" : GIVEN[random.nextInt(GIVEN.length)]);
            String organisation = random.nextInt(5) == 0 ? UNIVERSITIES[random.nextInt(UNIVERSITIES.length)]
                    : CITIES[random.nextInt(CITIES.length)] + TRADES[random.nextInt(TRADES.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
            String title = TITLES[random.nextInt(TITLES.length)];
            int c = random.nextInt(CATEGORIES.length);
            String vip = String.valueOf((char) ('A' + random.nextInt(3)));
            boolean online = random.nextInt(10) == 0;
            int s = random.nextInt(STATUSES.length);
            LocalDateTime checkIn = s == 2 && random.nextBoolean()
                    ? LocalDateTime.of(2020, 11, 26, 8 + random.nextInt(4), random.nextInt(60)) : null;
            String email = random.nextInt(4) == 0 ? "" : "guest" + i + "@example.com";
            String phone = "139" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
            String host = HOSTS[random.nextInt(HOSTS.length)];
            String notes = random.nextInt(8) == 0 ? "需安排接站" : "";
            String checkInText = checkIn == null ? "" : checkIn.toLocalDate() + " " + checkIn.toLocalTime();
            o.append(name).append(",,").append(title).append(',').append(organisation).append(",中国,")
                    .append(CATEGORIES[c]).append(',').append(vip).append(',').append(online ? "线上" : "线下").append(',')
                    .append(STATUSES[s]).append(',').append(checkInText).append(',').append(email).append(',')
                    .append(phone).append(',').append(host).append(',').append(notes).append("\r\n");
            p.append(name).append(',').append(title).append(',').append(organisation).append(",中国,")
                    .append(CATEGORY_NAMES[c]).append(',').append(vip).append(',').append(online ? "ONLINE" : "ON_SITE")
                    .append(',').append(STATUS_NAMES[s]).append(',')
                    .append(checkIn == null ? "" : checkIn.atZone(SHANGHAI).toOffsetDateTime().toString()).append(',')
                    .append(email).append(',').append(phone).append(',').append(host).append(',').append(notes).append("\r\n");
        }
        Files.writeString(organisers, o, StandardCharsets.UTF_8);
        Files.writeString(plain, p, StandardCharsets.UTF_8);
    }

    @Setup(Level.Invocation)
    public void freshDatabase() {
        database = Database.openInMemory("guest-import-bench-" + UUID.randomUUID());
        EventRepository events = new EventRepository(database.dsl());
        eventId = events.insert(Event.named("Bench")).id();
        importService = new ImportService<>(new GuestImportSpec(new GuestService(database), new EventService(events)));
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        database.close();
    }

    /** The real import, as the window and the command line run it (validation and duplicate check included). */
    @Benchmark
    public int importGuests() {
        return importService.importFile(eventId, importFile, options, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE).added();
    }

    /** Floor: Commons CSV and a plain JDBC batch insert of the same rows. */
    @Benchmark
    public int plainJdbcBatchInsert() throws IOException, SQLException {
        String url = "jdbc:h2:mem:" + database.description().substring("memory:".length());
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Reader reader = Files.newBufferedReader(plainFile, StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO guest (event_id, full_name, title, "
                     + "organisation, country, category, vip_level, attendance, invitation_status, checked_in_at, email, "
                     + "phone, host, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setLong(1, eventId);
                for (int c = 0; c < 8; c++) {
                    insert.setString(c + 2, emptyAsNull(r.get(c)));
                }
                if (r.get(8).isEmpty()) {
                    insert.setNull(10, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    insert.setObject(10, OffsetDateTime.parse(r.get(8)));
                }
                for (int c = 9; c < 13; c++) {
                    insert.setString(c + 2, emptyAsNull(r.get(c)));
                }
                insert.addBatch();
                if (++rows % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    private static String emptyAsNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
