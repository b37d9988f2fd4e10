package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duplicates guests [--json]}, {@code merge guests} and {@code unmerge guests}, run in-process. */
class DuplicatesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;
    private long eventId;
    private List<Long> ids;

    @BeforeEach
    void setUp() {
        db = folder.resolve("data").resolve("test");
        try (AppContext context = AppContext.openFile(db)) {
            eventId = context.events().create(Event.named("WIMC 2020")).id();
            ids = List.of(
                    save(context, "张三", "南京智能制造研究院", "zhangsan@nj-institute.example", null),
                    save(context, "王芳", "江苏省工业和信息化厅", null, "025-8888-0000"),
                    save(context, "张 三", null, "ZhangSan@NJ-Institute.example", "13800138000"),
                    save(context, "汪芳", null, null, null),
                    save(context, "約翰・史密斯", "Acme Robotics", null, null),
                    save(context, "約翰·史密斯", "Acme", null, null),
                    save(context, "Wang Fang", null, null, "+86 25 8888 0000"));
        }
    }

    private long save(AppContext context, String name, String organisation, String email, String phone) {
        return context.guests().save(new Guest(null, eventId, name, null, null, organisation, null, GuestCategory.OTHER, null,
                Attendance.ON_SITE, InvitationStatus.INVITED, null, email, phone, null, null)).id();
    }

    private CliRunner.Result run(Locale locale, String... args) {
        return new CliRunner(Map.of(), locale, folder.resolve("logs/conferencedesk.log")).run(args);
    }

    private int listed() {
        try (AppContext context = AppContext.openFile(db)) {
            return context.guests().list(eventId).size();
        }
    }

    @Test
    void jsonGivesEachGroupWhyItsGuestsMatchAsTheTextDoes() throws Exception {
        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("[ {\n"
                + "  \"reasons\" : [ \"SAME_NAME\", \"SAME_EMAIL\" ],\n"
                + "  \"nameOnly\" : false,\n"
                + "  \"guests\" : [ {\n"
                + "    \"id\" : " + ids.get(0) + ",\n"
                + "    \"fullName\" : \"张三\",\n"
                + "    \"reasons\" : [ \"SAME_NAME\", \"SAME_EMAIL\" ]\n"
                + "  }, {\n"
                + "    \"id\" : " + ids.get(2) + ",\n"
                + "    \"fullName\" : \"张 三\",\n"
                + "    \"reasons\" : [ \"SAME_NAME\", \"SAME_EMAIL\" ]\n"
                + "  } ],\n"
                + "  \"setAside\" : [ ]\n"
                + "}, {\n"
                + "  \"reasons\" : [ \"SAME_PHONE\" ],\n"
                + "  \"nameOnly\" : false,\n"
                + "  \"guests\" : [ {\n"
                + "    \"id\" : " + ids.get(1) + ",\n"
                + "    \"fullName\" : \"王芳\",\n"
                + "    \"reasons\" : [ \"SAME_PHONE\" ]\n"
                + "  }, {\n"
                + "    \"id\" : " + ids.get(6) + ",\n"
                + "    \"fullName\" : \"Wang Fang\",\n"
                + "    \"reasons\" : [ \"SAME_PHONE\" ]\n"
                + "  } ],\n"
                + "  \"setAside\" : [ ]\n"
                + "}, {\n"
                + "  \"reasons\" : [ \"SAME_NAME\" ],\n"
                + "  \"nameOnly\" : true,\n"
                + "  \"guests\" : [ {\n"
                + "    \"id\" : " + ids.get(4) + ",\n"
                + "    \"fullName\" : \"約翰・史密斯\",\n"
                + "    \"reasons\" : [ \"SAME_NAME\" ]\n"
                + "  }, {\n"
                + "    \"id\" : " + ids.get(5) + ",\n"
                + "    \"fullName\" : \"約翰·史密斯\",\n"
                + "    \"reasons\" : [ \"SAME_NAME\" ]\n"
                + "  } ],\n"
                + "  \"setAside\" : [ ]\n"
                + "} ]\n");
        assertThat(listed()).as("finding merges nothing").isEqualTo(7);
    }

    @Test
    void jsonGivesEachGuestItsOwnReasonsInAGroupOfMixedLinks() throws Exception {
        // 张三 and 张 三 share a name and an e-mail; 张叁 shares only the phone of 张 三.
        long third;
        try (AppContext context = AppContext.openFile(db)) {
            third = save(context, "张叁", null, null, "+86 138 0013 8000");
        }

        JsonNode group = JSON.readTree(run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests", "--json").out()).get(0);

        assertThat(group.get("reasons").toString()).isEqualTo("[\"SAME_NAME\",\"SAME_EMAIL\",\"SAME_PHONE\"]");
        assertThat(group.get("nameOnly").asBoolean()).isFalse();
        assertThat(group.get("guests").findValuesAsText("id")).containsExactly(ids.get(0).toString(), ids.get(2).toString(),
                String.valueOf(third));
        assertThat(group.get("guests").get(0).get("reasons").toString()).isEqualTo("[\"SAME_NAME\",\"SAME_EMAIL\"]");
        assertThat(group.get("guests").get(1).get("reasons").toString()).isEqualTo("[\"SAME_NAME\",\"SAME_EMAIL\",\"SAME_PHONE\"]");
        assertThat(group.get("guests").get(2).get("reasons").toString()).isEqualTo("[\"SAME_PHONE\"]");
    }

    @Test
    void jsonOfAnEventWithoutDuplicatesIsAnEmptyArray() {
        try (AppContext context = AppContext.openFile(db)) {
            context.events().create(Event.named("WIMC 2021"));
        }

        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "--event", "WIMC 2021", "duplicates", "guests", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("[ ]\n");
    }

    @Test
    void textListsEachGroupWithWhyItsGuestsMatchInEnglish() {
        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(String.join("\n",
                "Group 1 — same name, same e-mail",
                "ID  Name   Organisation        E-mail                         Phone        Why",
                "--  -----  ------------------  -----------------------------  -----------  ----------------------",
                String.format("%2d  张三   南京智能制造研究院  zhangsan@nj-institute.example               same name, same e-mail", ids.get(0)),
                String.format("%2d  张 三                      ZhangSan@NJ-Institute.example  13800138000  same name, same e-mail", ids.get(2)),
                "",
                "Group 2 — same phone",
                "ID  Name       Organisation          E-mail  Phone             Why",
                "--  ---------  --------------------  ------  ----------------  ----------",
                String.format("%2d  王芳       江苏省工业和信息化厅          025-8888-0000     same phone", ids.get(1)),
                String.format("%2d  Wang Fang                                +86 25 8888 0000  same phone", ids.get(6)),
                "",
                "Group 3 — same name (same name only — check before merging)",
                "ID  Name          Organisation   E-mail  Phone  Why",
                "--  ------------  -------------  ------  -----  ---------",
                String.format("%2d  約翰・史密斯  Acme Robotics                 same name", ids.get(4)),
                String.format("%2d  約翰·史密斯   Acme                          same name", ids.get(5)),
                "",
                "3 groups (1 with the same name only) among 7 guests. Nothing was merged: merge with \"conferencedesk merge guests KEEP_ID ID...\" or in the window (Guests › Find duplicates…).",
                ""));
    }

    @Test
    void textIsInChineseForAChineseUser() {
        CliRunner.Result result = run(Locale.SIMPLIFIED_CHINESE, "--db", db.toString(), "duplicates", "guests");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("第 1 组 — 姓名相同、邮箱相同\n编号  姓名");
        assertThat(result.out()).contains("第 3 组 — 姓名相同（仅姓名相同 — 合并前请核实）\n");
        assertThat(result.out()).endsWith("7 位嘉宾中有 3 组疑似重复（其中 1 组仅姓名相同）。未合并任何嘉宾：合并请用“conferencedesk merge guests 保留的编号 编号...”，或在窗口中合并（嘉宾 › 查找重复嘉宾…）。\n");
    }

    @Test
    void langChoosesTheLanguageOfTheTextLikeTheOtherCommands() {
        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests", "--lang", "zh");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("第 1 组 — 姓名相同、邮箱相同\n编号  姓名");
    }

    @Test
    void mergeThenUnmergeByHand() {
        CliRunner.Result merged = run(Locale.ENGLISH, "--db", db.toString(), "merge", "guests", ids.get(0).toString(), ids.get(2).toString());

        assertThat(merged.err()).isEmpty();
        assertThat(merged.exitCode()).isZero();
        assertThat(merged.out()).matches("Merged 2 guests into one: 张三 \\(#" + ids.get(0) + "\\)\\. To undo: conferencedesk unmerge guests \\d+\n");
        assertThat(listed()).isEqualTo(6);
        String mergeId = merged.out().strip().replaceAll(".* ", "");

        CliRunner.Result undone = run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", mergeId);

        assertThat(undone.exitCode()).isZero();
        assertThat(undone.out()).isEqualTo("Merge " + mergeId + " undone: the merged guests are back on the list, "
                + "and the guest they were merged into no longer has what they brought (other merges into it and changes made "
                + "since stay).\n");
        assertThat(listed()).isEqualTo(7);
        CliRunner.Result again = run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", mergeId);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("There is no merge " + mergeId + " to undo (it was already undone, or the number is wrong; "
                + "the audit trail lists merges).\n");
    }

    private long mergeByHand(long keep, long other) {
        CliRunner.Result merged = run(Locale.ENGLISH, "--db", db.toString(), "merge", "guests", String.valueOf(keep), String.valueOf(other));
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        return Long.parseLong(merged.out().strip().replaceAll(".* ", ""));
    }

    private JsonNode listedGuest(long id) throws Exception {
        for (JsonNode g : JSON.readTree(run(Locale.ENGLISH, "--db", db.toString(), "list", "guests", "--json").out())) {
            if (g.get("id").asLong() == id) {
                return g;
            }
        }
        return null;
    }

    @Test
    void unmergingTheFirstOfTwoMergesKeepsTheSecondAndThenTheSecondGivesEveryGuestBack() throws Exception {
        // The issue's case: merge guests 1 2; merge guests 1 3; unmerge guests 1; unmerge guests 2.
        long one;
        long two;
        long three;
        try (AppContext context = AppContext.openFile(db)) {
            one = save(context, "李娜", null, null, null);
            two = context.guests().save(new Guest(null, eventId, "李 娜", null, null, "南京智能制造研究院", null, GuestCategory.EXPERT,
                    null, Attendance.ON_SITE, InvitationStatus.INVITED, null, "office@nj-institute.example", null, null, "需要翻译")).id();
            three = context.guests().save(new Guest(null, eventId, "李娜", null, null, null, null, GuestCategory.OTHER, null,
                    Attendance.ON_SITE, InvitationStatus.INVITED, null, "lina@example.com", "13800138000", null, "随行一人")).id();
        }
        JsonNode oneBefore = listedGuest(one);
        JsonNode twoBefore = listedGuest(two);
        JsonNode threeBefore = listedGuest(three);
        long first = mergeByHand(one, two);
        long second = mergeByHand(one, three);
        assertThat(listedGuest(one).get("email").asText()).isEqualTo("office@nj-institute.example");

        CliRunner.Result undone = run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", String.valueOf(first));

        assertThat(undone.exitCode()).isZero();
        assertThat(listed()).isEqualTo(7 + 2);
        assertThat(listedGuest(two)).isEqualTo(twoBefore);
        assertThat(listedGuest(three)).as("still merged into #%d", one).isNull();
        JsonNode kept = listedGuest(one);
        assertThat(kept.get("email").asText()).isEqualTo("lina@example.com");
        assertThat(kept.get("phone").asText()).isEqualTo("13800138000");
        assertThat(kept.get("notes").asText()).isEqualTo("随行一人");
        assertThat(kept.get("organisation").isNull()).isTrue();
        assertThat(kept.get("category").asText()).isEqualTo("OTHER");

        CliRunner.Result undoneToo = run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", String.valueOf(second));

        assertThat(undoneToo.exitCode()).isZero();
        assertThat(listed()).isEqualTo(7 + 3);
        assertThat(listedGuest(one)).isEqualTo(oneBefore);
        assertThat(listedGuest(two)).isEqualTo(twoBefore);
        assertThat(listedGuest(three)).isEqualTo(threeBefore);
    }

    @Test
    void unmergingAMergeIntoAGuestMergedAwaySinceSaysWhichMergeToUndoFirst() throws Exception {
        long first = mergeByHand(ids.get(2), ids.get(0));
        long second = mergeByHand(ids.get(6), ids.get(2));
        JsonNode kept = listedGuest(ids.get(6));

        CliRunner.Result refused = run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", String.valueOf(first));
        CliRunner.Result chinese = run(Locale.SIMPLIFIED_CHINESE, "--db", db.toString(), "unmerge", "guests", String.valueOf(first));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("Guest #" + ids.get(2) + " was itself merged into #" + ids.get(6) + " after this merge (merge "
                + second + "). Undo merge " + second + " first, then this one.\n");
        assertThat(chinese.err()).isEqualTo("嘉宾 #" + ids.get(2) + " 在这次合并之后又被并入 #" + ids.get(6) + "（合并 " + second
                + "）。请先撤销合并 " + second + "，再撤销这一次。\n");
        assertThat(listed()).isEqualTo(5);
        assertThat(listedGuest(ids.get(6))).isEqualTo(kept);

        assertThat(run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", String.valueOf(second)).exitCode()).isZero();
        assertThat(run(Locale.ENGLISH, "--db", db.toString(), "unmerge", "guests", String.valueOf(first)).exitCode()).isZero();
        assertThat(listed()).isEqualTo(7);
    }

    @Test
    void mergeRefusesAGuestNotOnTheListAndChangesNothing() {
        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "merge", "guests", ids.get(0).toString(), "99999");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("There is no guest #99999 on the list of WIMC 2020 (deleted, merged into another, or of "
                + "another event); run \"conferencedesk duplicates guests\" to see the ids.\n");
        assertThat(listed()).isEqualTo(7);
    }

    @Test
    void guestsMarkedAsDifferentPeopleAreLeftOutAndTheTextSaysHowManyPairs() throws Exception {
        CliRunner.Result marked = run(Locale.ENGLISH, "--db", db.toString(), "distinct", "guests", ids.get(5).toString(),
                ids.get(4).toString());

        assertThat(marked.err()).isEmpty();
        assertThat(marked.exitCode()).isZero();
        assertThat(marked.out()).isEqualTo("Marked 2 guests as different people (1 new pair): 約翰・史密斯 (#" + ids.get(4)
                + ") ≠ 約翰·史密斯 (#" + ids.get(5) + "). \"duplicates guests\" no longer shows them together. "
                + "To undo: conferencedesk undistinct guests " + ids.get(4) + " " + ids.get(5) + "\n");

        JsonNode json = JSON.readTree(run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests", "--json").out());
        assertThat(json.findValuesAsText("fullName")).containsExactly("张三", "张 三", "王芳", "Wang Fang");

        CliRunner.Result text = run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests");
        assertThat(text.out()).doesNotContain("約翰").endsWith("\n\n"
                + "2 groups (0 with the same name only) among 7 guests. Nothing was merged: merge with \"conferencedesk merge guests KEEP_ID ID...\" or in the window (Guests › Find duplicates…).\n"
                + "1 pair marked as different people was set aside (conferencedesk undistinct guests ID ID... shows them again).\n");
        CliRunner.Result chinese = run(Locale.SIMPLIFIED_CHINESE, "--db", db.toString(), "duplicates", "guests");
        assertThat(chinese.out()).endsWith("另有 1 对嘉宾已标记为不同的人，未列出（conferencedesk undistinct guests 编号 编号... 可重新列出）。\n");
        assertThat(listed()).isEqualTo(7);
    }

    @Test
    void aThirdMatchingGuestBringsTheGroupBackWithAllThreeAndNamesThePairMarked() throws Exception {
        run(Locale.ENGLISH, "--db", db.toString(), "distinct", "guests", ids.get(4).toString(), ids.get(5).toString());
        long third;
        try (AppContext context = AppContext.openFile(db)) {
            third = save(context, "約翰 史密斯", "新华社", null, null);
        }

        JsonNode third3 = JSON.readTree(run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests", "--json").out()).get(2);
        assertThat(third3.get("nameOnly").asBoolean()).isTrue();
        assertThat(third3.get("guests").findValuesAsText("id")).containsExactly(ids.get(4).toString(), ids.get(5).toString(),
                String.valueOf(third));
        assertThat(third3.get("setAside").toString()).isEqualTo("[[" + ids.get(4) + "," + ids.get(5) + "]]");

        CliRunner.Result text = run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests");
        assertThat(text.out()).contains(String.join("\n",
                "Group 3 — same name (same name only — check before merging)",
                "ID  Name          Organisation   E-mail  Phone  Why",
                "--  ------------  -------------  ------  -----  ---------",
                String.format("%2d  約翰・史密斯  Acme Robotics                 same name", ids.get(4)),
                String.format("%2d  約翰·史密斯   Acme                          same name", ids.get(5)),
                String.format("%2d  約翰 史密斯   新华社                        same name", third),
                "Already marked as different people: " + ids.get(4) + " ≠ " + ids.get(5),
                "",
                "3 groups (1 with the same name only) among 8 guests."));
        assertThat(text.out()).doesNotContain("were set aside");
    }

    @Test
    void undistinctShowsThemTogetherAgainAndRefusesWhenNothingWasMarked() {
        run(Locale.ENGLISH, "--db", db.toString(), "distinct", "guests", ids.get(4).toString(), ids.get(5).toString());
        CliRunner.Result again = run(Locale.ENGLISH, "--db", db.toString(), "distinct", "guests", ids.get(4).toString(),
                ids.get(5).toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("These guests were already marked as different people; nothing changed.\n");

        CliRunner.Result undone = run(Locale.ENGLISH, "--db", db.toString(), "undistinct", "guests", ids.get(5).toString(),
                ids.get(4).toString());

        assertThat(undone.exitCode()).isZero();
        assertThat(undone.out()).isEqualTo("1 pairs of different people taken back: " + ids.get(4) + " " + ids.get(5)
                + " are shown together again by \"duplicates guests\".\n");
        assertThat(run(Locale.ENGLISH, "--db", db.toString(), "duplicates", "guests").out()).contains("約翰・史密斯");
        CliRunner.Result nothing = run(Locale.ENGLISH, "--db", db.toString(), "undistinct", "guests", ids.get(5).toString(),
                ids.get(4).toString());
        assertThat(nothing.exitCode()).isEqualTo(1);
        assertThat(nothing.err()).isEqualTo("None of these guests were marked as different people from each other; nothing changed.\n");
    }

    @Test
    void distinctRefusesAGuestNotOnTheListAndMarksNothing() {
        CliRunner.Result result = run(Locale.ENGLISH, "--db", db.toString(), "distinct", "guests", ids.get(4).toString(), "99999");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("There is no guest #99999 on the list of WIMC 2020");
        try (AppContext context = AppContext.openFile(db)) {
            assertThat(context.guests().distinctPairs(eventId)).isEmpty();
        }
    }

    @Test
    void helpNamesTheCommands() {
        CliRunner.Result help = run(Locale.ENGLISH, "duplicates", "guests", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: conferencedesk duplicates guests", "--json",
                "List groups of guests that look like the same person");
    }

    @Test
    void helpOfTheDuplicateCommandsIsInChineseForAChineseUser() {
        CliRunner.Result all = run(Locale.SIMPLIFIED_CHINESE, "--help");
        CliRunner.Result merge = run(Locale.SIMPLIFIED_CHINESE, "merge", "guests", "--help");
        CliRunner.Result unmerge = run(Locale.SIMPLIFIED_CHINESE, "unmerge", "guests", "--help");

        // The column of command names is as wide as the longest name (certificates): compare single spaces.
        assertThat(all.out().replaceAll(" +", " ")).contains("duplicates 查找疑似同一人或同一事物的记录，供核对（不会合并任何记录）。",
                "merge 合并您已核实为同一人的记录。", "unmerge 撤销一次合并。");
        assertThat(merge.out()).contains("把嘉宾 ID... 合并到 KEEP_ID：保留所有非空信息", "KEEP_ID        要保留的嘉宾编号（“duplicates guests”中的编号列）。",
                "ID...          要并入的嘉宾编号。");
        assertThat(unmerge.out()).contains("撤销合并 MERGE_ID（merge guests 输出的编号）", "MERGE_ID       合并编号");
        assertThat(all.out() + merge.out() + unmerge.out()).doesNotContain("Merge", "Undo", "Find likely");
    }
}
