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
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.contracts.io.ContractImportSpec;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.importexport.ImportOptions;
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
 * Import of a 10,000-contract CSV file (UTF-8 with BOM, Chinese headers, amounts in 万元 and 亿元)
 * into a fresh database: the real import (detection, header recognition, amount parsing, checks,
 * one transaction) against the floor of a plain JDBC batch insert of the same rows (Commons CSV,
 * amounts already in yuan, batches of 1,000, one transaction, no checks).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class ContractImportBenchmark {

    private static final int ROWS = 10_000;

    private Path folder;
    private Path importFile;
    private Path plainFile;
    private Database database;
    private long eventId;
    private ImportService<?, ?> importService;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        folder = Files.createTempDirectory("import-bench");
        importFile = folder.resolve("contracts.csv");
        plainFile = folder.resolve("contracts-plain.csv");
        writeFiles(importFile, plainFile, ROWS);
    }

    /**
     * Writes {@code rows} contracts as organisers write them (Chinese headers, amounts in 亿元 and 万元,
     * dates 2020年11月28日) and as the database stores them (the floor's file), line by line.
     */
    static void writeFiles(Path organisers, Path plainFile, int rows) throws IOException {
        try (java.io.BufferedWriter organiser = Files.newBufferedWriter(organisers, StandardCharsets.UTF_8);
             java.io.BufferedWriter plain = Files.newBufferedWriter(plainFile, StandardCharsets.UTF_8)) {
            organiser.write("\uFEFF序号,项目名称,投资方,合作方,产业领域,落户区域,签约金额,状态,签约日期\r\n");
            plain.write("signing_order,project_name,investor,partner,sector,district,amount,status,signed_on\r\n");
            for (int i = 1; i <= rows; i++) {
                String written = i % 2 == 0 ? (i % 1000) + "." + (i % 10) + "亿元" : String.format("%,d万元", 1000 + i);
                BigDecimal yuan = i % 2 == 0
                        ? new BigDecimal((i % 1000) + "." + (i % 10)).multiply(new BigDecimal("100000000"))
                        : new BigDecimal(1000 + i).multiply(new BigDecimal("10000"));
                String rest = ",南京某智能科技有限公司" + i + ",江宁经济技术开发区管委会,智能装备,江宁区,";
                organiser.write(i + ",智能制造项目" + i + rest + '"' + written + '"' + ",已签约,2020年11月28日\r\n");
                plain.write(i + ",智能制造项目" + i + rest + yuan.setScale(2).toPlainString() + ",SIGNED,2020-11-28\r\n");
            }
        }
    }

    @Setup(Level.Invocation)
    public void freshDatabase() {
        database = Database.openInMemory("import-bench-" + UUID.randomUUID());
        eventId = new EventRepository(database.dsl()).insert(Event.named("Bench")).id();
        importService = new ImportService<>(new ContractImportSpec(new ContractService(database, new ContractRepository(database.dsl()))));
    }

    @TearDown(Level.Invocation)
    public void closeDatabase() {
        database.close();
    }

    /** The real import, as the window and the command line run it. */
    @Benchmark
    public int importContracts() {
        return importService.importFile(eventId, importFile, ImportOptions.DETECT, ProgressMonitor.NONE, java.util.Locale.ENGLISH).added();
    }

    /** Floor: Commons CSV and a plain JDBC batch insert of the same rows. */
    @Benchmark
    public int plainJdbcBatchInsert() throws IOException, SQLException {
        String url = "jdbc:h2:mem:" + database.description().substring("memory:".length());
        int rows = 0;
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Reader reader = Files.newBufferedReader(plainFile, StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO contract (event_id, signing_order, "
                     + "project_name, investor, partner, sector, district, amount, currency, status, signed_on) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?)")) {
            connection.setAutoCommit(false);
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                insert.setLong(1, eventId);
                insert.setInt(2, Integer.parseInt(r.get(0)));
                for (int c = 1; c <= 5; c++) {
                    insert.setString(c + 2, r.get(c));
                }
                insert.setBigDecimal(8, new BigDecimal(r.get(6)));
                insert.setString(9, r.get(7));
                insert.setObject(10, java.time.LocalDate.parse(r.get(8)));
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
}
