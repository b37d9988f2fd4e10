package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.CommitteeMember;
import org.conferencedesk.awards.Criterion;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The awards under "awards" in totals --json, counted from the same service the window will use; the
 * audit trail without open scores; the composition root's wiring of nominees to the guests they are.
 */
class ConferenceDeskCliAwardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** The Most Concerned Forum Award of the event, decided by committee vote, one place. */
    private static AwardCategory mostConcernedForum(AwardService awards, long event) {
        return awards.createCategory(AwardCategory.of(event, "最受关注论坛奖", "Most Concerned Forum Award",
                AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1)));
    }

    @Test
    void totalsJsonCountsCategoriesPlacesWinnersAndSignOffs() throws Exception {
        Path db = folder.resolve("test");
        try (AppContext context = AppContext.openFile(db, Actor.named("秘书处"))) {
            long event = context.events().create(Event.named("WIMC 2020")).id();
            AwardService awards = context.awards();
            AwardCategory forum = mostConcernedForum(awards, event);
            awards.createCategory(AwardCategory.of(event, "第五届智能制造大赛", "The 5th Smart Manufacturing Contest",
                    AwardKind.CONTEST_PRIZE, 0, TieRule.SHARED_PLACE), List.of(Prize.of(0, 1, "一等奖", "First prize", 1),
                    Prize.of(0, 2, "二等奖", "Second prize", 2), Prize.of(0, 3, "三等奖", "Third prize", 3)));
            long nominee = awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", null)).id();
            long member = awards.saveMember(CommitteeMember.of(forum.id(), "王建国")).id();
            awards.recordWinner(forum.id(), awards.content(forum.id()).prizes().get(0).id(), nominee);
            awards.signOff(forum.id(), member);
        }

        CliRunner cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        CliRunner.Result result = cli.run("--db", db.toString(), "totals", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode awards = JSON.readTree(result.out()).at("/awards");
        assertThat(awards.toString()).isEqualTo("{\"categories\":2,\"places\":7,\"winnersRecorded\":1,\"signedOff\":1,\"open\":1}");
    }

    @Test
    void theAuditTrailLeavesOutTheScoresOfAnOpenCategoryInTextAndJson() throws Exception {
        Path db = folder.resolve("test");
        try (AppContext context = AppContext.openFile(db, Actor.named("秘书处"))) {
            AwardService awards = context.awards();
            AwardCategory forum = mostConcernedForum(awards, context.events().create(Event.named("WIMC 2020")).id());
            long nominee = awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", null)).id();
            long member = awards.saveMember(CommitteeMember.of(forum.id(), "王建国")).id();
            long overall = awards.saveCriterion(Criterion.of(forum.id(), "综合", "Overall", BigDecimal.ONE, 0)).id();
            awards.saveScores(forum.id(), member, nominee, Map.of(overall, new BigDecimal("87.50")));
        }
        CliRunner cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));

        CliRunner.Result json = cli.run("--db", db.toString(), "audit", "--json");
        CliRunner.Result text = cli.run("--db", db.toString(), "audit", "--lang", "en");

        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode score = JSON.readTree(json.out()).get(0);
        assertThat(score.get("recordType").asText()).isEqualTo("awardScore");
        assertThat(score.get("changes").toString()).isEqualTo("[{\"field\":\"综合\",\"before\":null,\"after\":null,\"withheld\":true}]");
        assertThat(json.out()).doesNotContain("87.5");
        assertThat(text.out()).contains("综合: (not shown until the category is signed off)").doesNotContain("87.5");
    }

    @Test
    void theApplicationLetsGoOfANominatedGuestItDeletesAndTheNomineeKeepsTheName() {
        try (AppContext context = new AppContext(Database.openInMemory(java.util.UUID.randomUUID().toString()), Actor.named("秘书处"))) {
            long event = context.events().create(Event.named("WIMC 2020")).id();
            AwardCategory people = context.awards().createCategory(AwardCategory.of(event, "优秀组织奖（个人）",
                    "Excellent Organization Award (individuals)", AwardKind.PERSONAL_AWARD, 0, TieRule.SHARED_PLACE), List.of());
            Guest sun = context.guests().save(Guest.named(event, "孙丽华"));
            long nominee = context.awards().saveNominee(Nominee.guest(people.id(), sun.id())).id();

            assertThat(context.guests().delete(event, sun.id())).isTrue();

            Nominee kept = context.awards().content(people.id()).nominee(nominee).orElseThrow();
            assertThat(kept.name()).isEqualTo("孙丽华");
            assertThat(kept.guestId()).isNull();
        }
    }

    @Test
    void certificatesArePrintedForOneCategoryAndANameTheFontsCannotDrawStopsThePrint() throws Exception {
        Path db = folder.resolve("test");
        String undrawable = "张" + new String(Character.toChars(0x2A6D6));
        try (AppContext context = AppContext.openFile(db, Actor.named("秘书处"))) {
            long event = context.events().create(Event.named("WIMC 2020")).id();
            AwardService awards = context.awards();
            AwardCategory forum = mostConcernedForum(awards, event);
            awards.recordWinner(forum.id(), awards.content(forum.id()).prizes().get(0).id(),
                    awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", null)).id());
            AwardCategory people = awards.createCategory(AwardCategory.of(event, "优秀组织奖（个人）",
                    "Excellent Organization Award (individuals)", AwardKind.PERSONAL_AWARD, 0, TieRule.SHARED_PLACE),
                    List.of(Prize.of(0, 1, "优秀组织奖", "Excellent Organization Award", 2)));
            long prize = awards.content(people.id()).prizes().get(0).id();
            awards.recordWinner(people.id(), prize, awards.saveNominee(Nominee.person(people.id(), "王堃", null)).id());
            awards.recordWinner(people.id(), prize, awards.saveNominee(Nominee.person(people.id(), undrawable, null)).id());
        }
        CliRunner cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        Path forumPdf = folder.resolve("forum.pdf");
        Path allPdf = folder.resolve("all.pdf");

        CliRunner.Result forum = cli.run("--db", db.toString(), "certificates", "--out", forumPdf.toString(),
                "--category", "most concerned forum award", "--lang", "zh");
        CliRunner.Result refused = cli.run("--db", db.toString(), "certificates", "--out", allPdf.toString());

        assertThat(forum.exitCode()).as(forum.err()).isZero();
        assertThat(forum.out()).contains("Wrote 1 certificate to " + forumPdf);
        assertThat(org.conferencedesk.shared.pdf.PdfReadBack.pageTexts(java.nio.file.Files.readAllBytes(forumPdf)))
                .singleElement().asString().contains("荣誉证书", "工业互联网创新发展论坛", "最受关注论坛奖");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("1 text on the certificates cannot be drawn", undrawable + " (U+2A6D6");
        assertThat(allPdf).doesNotExist();

        CliRunner.Result boxes = cli.run("--db", db.toString(), "certificates", "--out", allPdf.toString(), "--print-boxes");

        assertThat(boxes.exitCode()).as(boxes.err()).isZero();
        assertThat(boxes.out()).contains("Wrote 3 certificates to " + allPdf);
        assertThat(org.conferencedesk.shared.pdf.PdfReadBack.pageTexts(java.nio.file.Files.readAllBytes(allPdf)))
                .hasSize(3).last().asString().contains("张\u25A1", "Certificate of Award");
    }

    @Test
    void importListAndExportAwardsFromTheCommandLine() throws Exception {
        Path db = folder.resolve("test");
        CliRunner cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        assertThat(cli.run("--db", db.toString(), "events", "create", "--name", "WIMC 2020").exitCode()).isZero();

        CliRunner.Result imported = cli.run("--db", db.toString(), "import", "awards", "docs/samples/wimc-2020-awards.csv");
        CliRunner.Result list = cli.run("--db", db.toString(), "list", "awards", "--json");
        Path pdf = folder.resolve("running-order.pdf");
        Path csv = folder.resolve("awards.csv");
        CliRunner.Result exportPdf = cli.run("--db", db.toString(), "export", "awards", "--out", pdf.toString());
        CliRunner.Result exportCsv = cli.run("--db", db.toString(), "export", "awards", "--out", csv.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("13 nominees", "6 award categories with 22 places: 9 winners recorded, 0 signed off, 6 open.");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode categories = JSON.readTree(list.out());
        assertThat(categories).hasSize(6);
        JsonNode contest = categories.get(3);
        assertThat(contest.get("nameZh").asText()).isEqualTo("第五届智能制造大赛");
        assertThat(contest.get("order").asInt()).isEqualTo(4);
        assertThat(contest.get("tieRule").asText()).isEqualTo("SEEDED_DRAW");
        assertThat(contest.get("signedOffBy").isNull()).isTrue();
        assertThat(contest.get("prizes").get(1).toString()).isEqualTo("{\"rank\":2,\"nameZh\":\"二等奖\",\"nameEn\":\"Second prize\","
                + "\"places\":2,\"winners\":[\"协作机器人柔性装配单元\",\"工业视觉缺陷检测平台\"]}");
        assertThat(contest.get("nominees")).hasSize(4);
        assertThat(categories.get(5).get("nominees").get(1).get("name").asText()).isEqualTo("吉田𠮷子");
        assertThat(exportPdf.exitCode()).as(exportPdf.err()).isZero();
        assertThat(org.conferencedesk.shared.pdf.PdfReadBack.text(java.nio.file.Files.readAllBytes(pdf)))
                .contains("Award ceremony running order", "4. The 5th Smart Manufacturing Contest", "吉田𠮷子");
        assertThat(exportCsv.exitCode()).as(exportCsv.err()).isZero();
        assertThat(exportCsv.out()).contains("13 nominees");
        assertThat(java.nio.file.Files.readString(csv)).startsWith("\uFEFFAward,English name,Kind,Running order,Tie rule,Draw seed,"
                + "Prizes,Committee,Nominee,Nominee kind,Organisation,Prize won,Scores,Recusals,Signed off by,Signed off at,Result hash (SHA-256)");
    }

    @Test
    void aBadAwardsFileIsRefusedRowByRowOnTheCommandLine() throws Exception {
        Path db = folder.resolve("test");
        Path bad = folder.resolve("bad.csv");
        // Line 2's committee is a quoted cell over two lines, so the next row starts on line 4.
        java.nio.file.Files.writeString(bad, "奖项,奖项类型,评委,候选,获奖\r\n"
                + "最受关注论坛奖,论坛奖,\"王建国\r\n李梅\",工业互联网创新发展论坛,最受关注论坛奖\r\n"
                + "最受关注论坛奖,,,智能制造标准化论坛,最受关注论坛奖\r\n"
                + ",,,,\r\n\r\n");
        CliRunner cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        assertThat(cli.run("--db", db.toString(), "events", "create", "--name", "WIMC 2020").exitCode()).isZero();

        CliRunner.Result result = cli.run("--db", db.toString(), "import", "awards", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("line 4", "获奖", "“最受关注论坛奖” has 1 place, all taken by earlier rows, so 智能制造标准化论坛 cannot win it too.");
        assertThat(cli.run("--db", db.toString(), "list", "awards", "--json").out().strip()).isEqualTo("[ ]");
    }
}
