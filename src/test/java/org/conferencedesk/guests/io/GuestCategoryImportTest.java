package org.conferencedesk.guests.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ValueAnswers;
import org.junit.jupiter.api.Test;

/** Guest categories are the event's own list: a file's new categories are mapped or added once per file. */
class GuestCategoryImportTest extends GuestImportFixture {

    private Path speakers() throws IOException {
        return csv("speakers.csv", StandardCharsets.UTF_8, true,
                "姓名,类别,单位",
                "周济,院士,中国工程院",
                "李开复,VIP,创新工场",
                "王坚,演讲嘉宾,阿里云",
                "马化腾,vip ,腾讯",
                "张三,VIP,南京大学",
                "李四,,");
    }

    private Guest only(String name) {
        return guests.list(eventId).stream().filter(g -> g.fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aFileWithCategoriesTheEventDoesNotKnowIsRefusedNamingEachValueOnceWithItsRows() throws IOException {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(speakers(), ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "类别"), org.assertj.core.groups.Tuple.tuple(4, "类别"));
        assertThat(rejected.problems().get(0).reason()).isEqualTo("The 类别 “VIP” is not one of the event’s values "
                + "(rows 3, 5, 6). Map it to one of them (Academician, Expert, Enterprise representative, Government "
                + "official, Media, Other) or add it as a new value: in the preview, or on the command line with "
                + "--map-value \"类别:VIP=…\" or --add-values.");
        assertThat(rejected.problems().get(1).reason()).contains("“演讲嘉宾”", "(rows 4)");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void thePreviewListsEachNewValueOnceWithItsRowsAndTheEventsValues() throws IOException {
        ImportPreview<Guest> preview = importer.preview(eventId, speakers(), ImportOptions.DETECT, Locale.SIMPLIFIED_CHINESE);

        assertThat(preview.newValues()).extracting(ImportPreview.NewValue::written, ImportPreview.NewValue::rows,
                ImportPreview.NewValue::lines, ImportPreview.NewValue::waiting).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VIP", 3, java.util.List.of(3, 5, 6), true),
                org.assertj.core.groups.Tuple.tuple("演讲嘉宾", 1, java.util.List.of(4), true));
        assertThat(preview.newValues().get(0).choices()).containsExactly("院士", "专家", "企业代表", "政府官员", "媒体", "其他");
        assertThat(preview.readyCount()).isEqualTo(2);
        assertThat(preview.canImport()).isFalse();

        ImportPreview<Guest> answered = importer.preview(eventId, speakers(), ImportOptions.DETECT.withValues(
                ValueAnswers.NONE.with("类别", "VIP", "院士").with("类别", "演讲嘉宾", "演讲嘉宾")), Locale.SIMPLIFIED_CHINESE);
        assertThat(answered.problems()).isEmpty();
        assertThat(answered.readyCount()).isEqualTo(6);
        assertThat(answered.newValues()).extracting(ImportPreview.NewValue::answer).containsExactly("院士", "演讲嘉宾");
    }

    @Test
    void mappedValuesTakeTheEventsValueAndAddedOnesJoinTheEventsListWithTotalsThatAddUp() throws IOException {
        ImportOptions options = ImportOptions.DETECT.withValues(ValueAnswers.NONE.withAddNew(true)
                .withParsed("category:演讲嘉宾=演讲嘉宾").withParsed("类别:vip=院士"));

        assertThat(importFile(speakers(), options).added()).isEqualTo(6);

        assertThat(only("李开复").category()).isEqualTo(GuestCategory.ACADEMICIAN);
        assertThat(only("马化腾").category()).isEqualTo(GuestCategory.ACADEMICIAN);
        assertThat(only("王坚").category()).isEqualTo(GuestCategory.of("演讲嘉宾"));
        assertThat(only("王坚").category().label(Locale.ENGLISH)).isEqualTo("演讲嘉宾");
        assertThat(only("李四").category()).isEqualTo(GuestCategory.OTHER);
        GuestTotals totals = guests.totals(eventId);
        assertThat(totals.byCategory()).containsExactly(Map.entry(GuestCategory.ACADEMICIAN, 4),
                Map.entry(GuestCategory.EXPERT, 0), Map.entry(GuestCategory.ENTERPRISE_REPRESENTATIVE, 0),
                Map.entry(GuestCategory.GOVERNMENT_OFFICIAL, 0), Map.entry(GuestCategory.MEDIA, 0),
                Map.entry(GuestCategory.OTHER, 1), Map.entry(GuestCategory.of("演讲嘉宾"), 1));
        assertThat(totals.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(totals.total());
        assertThat(GuestTotals.of(guests.list(eventId))).isEqualTo(totals);
        assertThat(guests.categories(eventId)).endsWith(GuestCategory.OTHER, GuestCategory.of("演讲嘉宾"));
    }

    @Test
    void addValuesAddsEveryNewCategoryAsFirstWrittenAndTheNextFileKnowsThem() throws IOException {
        importFile(speakers(), ImportOptions.DETECT.withValues(ValueAnswers.NONE.withAddNew(true)));

        assertThat(only("马化腾").category()).isEqualTo(GuestCategory.of("VIP"));
        assertThat(guests.totals(eventId).byCategory().get(GuestCategory.of("VIP"))).isEqualTo(3);
        Path next = csv("next.csv", StandardCharsets.UTF_8, true, "姓名,类别", "赵六,ｖｉｐ", "钱七,演讲嘉宾");
        assertThat(importFile(next, ImportOptions.DETECT).added()).isEqualTo(2);
        assertThat(only("赵六").category()).isEqualTo(GuestCategory.of("VIP"));
        assertThat(guests.categories(eventId)).containsExactly(GuestCategory.ACADEMICIAN, GuestCategory.EXPERT,
                GuestCategory.ENTERPRISE_REPRESENTATIVE, GuestCategory.GOVERNMENT_OFFICIAL, GuestCategory.MEDIA,
                GuestCategory.OTHER, GuestCategory.of("VIP"), GuestCategory.of("演讲嘉宾"));
    }

    @Test
    void aMapValueForAColumnTheFileDoesNotHaveIsRefusedAsATypo() throws IOException {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(speakers(), ImportOptions.DETECT.withValues(ValueAnswers.NONE.withAddNew(true)
                        .withParsed("类型:VIP=院士"))));

        assertThat(rejected.problems()).extracting(ImportProblem::reason).containsExactly(
                "No column is headed “类型”, so its values cannot be mapped (--map-value). The headers found are: 姓名 | 类别 | 单位.");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void aNewCategoryLongerThanTheColumnIsRefusedNotCut() throws IOException {
        String longName = "非常非常非常非常非常非常非常非常长的类别名称超过三十个字符了吧";
        Path file = csv("long.csv", StandardCharsets.UTF_8, true, "姓名,类别", "周济," + longName);

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT.withValues(ValueAnswers.NONE.withAddNew(true))));

        assertThat(rejected.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "类别"));
        assertThat(rejected.problems().get(0).reason()).startsWith("The Category has " + longName.length() + " characters; at most 30 fit.");
    }
}
