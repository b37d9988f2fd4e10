package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aCellOnSeveralLinesPrintsOnOneLineSoTheRowsStayAligned() {
        TextTable table = new TextTable("Record", "Changes");
        table.row("Guest: 约翰·史密斯", "Notes: 远程致辞\n补报名单 → 远程致辞");
        table.row("Guest: 孟斌", "Notes: a\r\nb\tc");
        StringWriter text = new StringWriter();

        table.print(new PrintWriter(text));

        assertThat(text.toString()).isEqualTo(String.join("\n",
                "Record              Changes",
                "------------------  -------------------------------------",
                "Guest: 约翰·史密斯  Notes: 远程致辞 / 补报名单 → 远程致辞",
                "Guest: 孟斌         Notes: a / b c",
                ""));
    }

    @Test
    void widthCountsAChineseCharacterAsTwoColumns() {
        assertThat(TextTable.width("约翰·史密斯")).isEqualTo(11);
        assertThat(TextTable.width("Guest")).isEqualTo(5);
    }
}
