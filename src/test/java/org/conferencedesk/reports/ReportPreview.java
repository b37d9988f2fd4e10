package org.conferencedesk.reports;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;

/**
 * Writes the press-release report in Chinese and English to a folder, to look at; not a test.
 * Run after {@code mvn -q -o test-compile} and
 * {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.conferencedesk.reports.ReportPreview OUT [special|many]},
 * then {@code pdftoppm -png -r 80 OUT/report-zh.pdf OUT/zh}.
 *
 * <p>The screenshots in {@code docs/screenshots/report-*-page1.png} are made from the real sample
 * instead, with the packaged application: {@code mvn -B -q package -DskipTests}, then
 * {@code target/dist/bin/conferencedesk --db DB events create --name "2020 World Intelligent
 * Manufacturing Conference" --city 南京 --venue 南京国际博览中心 --start 2020-11-26 --end 2020-11-28},
 * {@code ... --event "2020 World Intelligent Manufacturing Conference" import contracts
 * docs/samples/wimc-2020-signing-ceremony.csv}, {@code ... report --out zh.pdf --lang zh} (and
 * {@code en}), {@code pdftoppm -png -r 80 -f 1 -l 1}.
 */
public final class ReportPreview {

    private ReportPreview() {
    }

    /**
     * Writes report-zh.pdf and report-en.pdf to args[0]: the 30 press-release contracts; with
     * {@code special} also a foreign-currency, a planned and a withdrawn one; with {@code many} 120
     * contracts instead. The 326 guests of the press release (127 checked in) are always added.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/report-preview");
        Files.createDirectories(folder);
        boolean special = args.length > 1 && "special".equals(args[1]);
        boolean many = args.length > 1 && "many".equals(args[1]);
        try (ReportFixture fixture = new ReportFixture()) {
            List<Contract> contracts = new ArrayList<>(many ? fixture.manyContracts(120) : fixture.pressReleaseContracts());
            if (special) {
                contracts.add(fixture.contract("海外智能工厂", "美方", "江北新区管委会", "智能装备", "江北新区",
                        new BigDecimal("620000000"), "USD", ContractStatus.SIGNED));
                contracts.add(fixture.contract("计划中的项目", "甲方", "乙方", "集成电路", "江宁区",
                        new BigDecimal("350000000"), "CNY", ContractStatus.PLANNED));
                contracts.add(fixture.contract("已撤回的项目", "甲方", "乙方", "集成电路", "江宁区",
                        new BigDecimal("999999999.99"), "CNY", ContractStatus.WITHDRAWN));
            }
            fixture.contracts.addAll(fixture.eventId(), contracts);
            fixture.addPressReleaseGuests(127);
            fixture.reports.writePdf(fixture.eventId(), Locale.SIMPLIFIED_CHINESE, folder.resolve("report-zh.pdf"));
            fixture.reports.writePdf(fixture.eventId(), Locale.ENGLISH, folder.resolve("report-en.pdf"));
        }
    }
}
