package org.conferencedesk.guests.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10 for guests: the attendance and category columns organisers head in their own words are
 * read (every guest used to count as on site and "Other"), a column nobody recognises refuses the
 * import naming what it could be, and a total row is left out.
 */
class GuestImportColumnsTest extends GuestImportFixture {

    private Path csv(String name, String... lines) throws IOException {
        return csv(name, StandardCharsets.UTF_8, false, lines);
    }

    private ImportResult<Guest> importFile(Path file) {
        return importer.importFile(eventId, file, ImportOptions.DETECT.withDuplicates(null), ProgressMonitor.NONE,
                Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"线上/线下", "参会方式", "参会类型"})
    void anAttendanceColumnAsOrganisersHeadItCountsOnlineGuests(String header) throws IOException {
        importFile(csv("a.csv", "姓名," + header, "周济,线上", "李四,线下", "王五,线上"));

        GuestTotals totals = guests.totals(eventId);
        assertThat(totals.byAttendance()).containsEntry(Attendance.ONLINE, 2).containsEntry(Attendance.ON_SITE, 1);
    }

    @Test
    void aYesOrNoColumnAskingOnlineReadsItsAnswers() throws IOException {
        importFile(csv("q.csv", "姓名,是否线上", "周济,是", "李四,否", "王五,"));

        assertThat(guests.list(eventId)).extracting(Guest::attendance)
                .containsExactly(Attendance.ONLINE, Attendance.ON_SITE, Attendance.ON_SITE);
    }

    @Test
    void anAnswerThatIsNoYesOrNoIsRefusedNamingTheColumn() throws IOException {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(csv("q.csv", "姓名,是否线上", "周济,线上吧")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("“线上吧”", "“是否线上”", "是 / yes");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"人员类别", "嘉宾身份", "身份类别", "分类"})
    void aCategoryColumnAsOrganisersHeadItCountsAcademiciansAndExperts(String header) throws IOException {
        importFile(csv("c.csv", "姓名," + header, "周济,院士", "李四,专家", "王五,企业代表"));

        assertThat(guests.totals(eventId).byCategory()).containsEntry(GuestCategory.ACADEMICIAN, 1)
                .containsEntry(GuestCategory.EXPERT, 1).containsEntry(GuestCategory.ENTERPRISE_REPRESENTATIVE, 1);
    }

    @Test
    void anUnknownColumnRefusesTheImportUntilMappedOrIgnored() throws IOException {
        Path file = csv("u.csv", "姓名,工作单位,座位号", "周济,中国工程院,A-12");

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> importFile(file));
        assertThat(e.problems()).extracting(ImportProblem::column).containsExactly("座位号");
        assertThat(guests.list(eventId)).isEmpty();

        importer.importFile(eventId, file, ImportOptions.mapping(Map.of("座位号", GuestField.NOTES), java.util.Set.of()),
                ProgressMonitor.NONE, Locale.ENGLISH);
        assertThat(guests.list(eventId)).singleElement().satisfies(g -> assertThat(g.notes()).isEqualTo("A-12"));
    }

    @Test
    void aTotalRowInAGuestListIsLeftOut() throws IOException {
        ImportResult<Guest> result = importFile(csv("t.csv", "姓名,类别", "周济,院士", "李四,专家", "合计：2人,"));

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.line()).isEqualTo(4));
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("周济", "李四");
    }

    @Test
    void aLeadingTabInANameIsRefusedNotTrimmed() throws IOException {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(csv("tab.csv", "姓名,单位", "\"\t王建华\",东南大学")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("姓名");
            assertThat(p.reason()).startsWith("The text starts with a TAB character");
        });
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void aFileBrokenMidwayNamesEveryProblemBeforeTheBreakAndTheBreak() throws IOException {
        Path file = csv("broken.csv", "姓名,单位,类别", "周济,中国工程院,院士", "李四,东南大学", "王五,南京大学,神仙",
                "赵六,河海大学,专家,多出来的", "钱七,南京理工大学,专家", "孙八,\"没有结束的引号,专家", "周九,南京邮电大学,专家");

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> importFile(file));

        assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(3, 4, 5, 7);
        assertThat(e.problems().get(1).reason()).contains("神仙");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void aCheckInOnTheFirstOfJanuary1900IsNoted() throws IOException {
        ImportResult<Guest> result = importFile(csv("t.csv", "姓名,签到时间", "周济,1900-01-01 00:00"));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("1900-01-01"));
        List<Guest> list = guests.list(eventId);
        assertThat(list.get(0).checkedInAt()).isNotNull();
    }
}
