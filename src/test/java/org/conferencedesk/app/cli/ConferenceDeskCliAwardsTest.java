package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.CommitteeMember;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The awards under "awards" in totals --json, counted from the same service the window will use. */
class ConferenceDeskCliAwardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void totalsJsonCountsCategoriesPlacesWinnersAndSignOffs() throws Exception {
        Path db = folder.resolve("test");
        try (AppContext context = AppContext.openFile(db, Actor.named("秘书处"))) {
            long event = context.events().create(Event.named("WIMC 2020")).id();
            AwardService awards = context.awards();
            AwardCategory forum = awards.createCategory(AwardCategory.of(event, "最受关注论坛奖", "Most Concerned Forum Award",
                    AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1)));
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
}
