package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The trail reads each record type with the words its feature registered, and knows no type itself. */
class AuditTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<AuditVocabulary> WIDGETS = List.of(AuditVocabulary.of("widget", "auditkit"));

    private static AuditEntry entry(String type, AuditAction action, String summary, FieldChange... changes) {
        return new AuditEntry(1L, 1L, Instant.parse("2020-11-26T04:00:00Z"), "wang.li", type, 7L, action, summary, List.of(changes));
    }

    @Test
    void aRegisteredTypeReadsWithItsFeaturesWordsInBothLanguages() {
        AuditEntry edit = entry("widget", AuditAction.UPDATED, "Gear", new FieldChange("colour", null, "RED"));
        AuditEntry imported = entry("widget", AuditAction.IMPORTED, "widgets.csv", new FieldChange("count", null, "3"));

        AuditText zh = new AuditText(Locale.SIMPLIFIED_CHINESE, SHANGHAI, WIDGETS);
        assertThat(zh.record(edit)).isEqualTo("部件：Gear");
        assertThat(zh.changes(edit)).isEqualTo("颜色：（空） → 红色");
        assertThat(zh.record(imported)).isEqualTo("从 widgets.csv 导入的部件");
        assertThat(zh.changes(imported)).isEqualTo("新增部件：3");
        assertThat(zh.time(edit)).isEqualTo("2020-11-26 12:00:00");

        AuditText en = new AuditText(Locale.ENGLISH, SHANGHAI, WIDGETS);
        assertThat(en.record(edit)).isEqualTo("Widget: Gear");
        assertThat(en.changes(edit)).isEqualTo("Colour: (empty) → Red");
        assertThat(en.record(imported)).isEqualTo("Widgets from widgets.csv");
    }

    @Test
    void aTypeWithoutWordsIsShownAsStoredNeverHidden() {
        AuditEntry edit = entry("gadget", AuditAction.CREATED, "Sprocket", new FieldChange("size", null, "XL"));

        AuditText en = new AuditText(Locale.ENGLISH, SHANGHAI, WIDGETS);

        assertThat(en.record(edit)).isEqualTo("gadget: Sprocket");
        assertThat(en.changes(edit)).isEqualTo("size: XL");
    }
}
