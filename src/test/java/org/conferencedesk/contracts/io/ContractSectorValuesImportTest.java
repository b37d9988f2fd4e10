package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ValueAnswers;
import org.junit.jupiter.api.Test;

/** Sector and district are the event's lists too: another spelling takes the event's, new values are shown and mapped. */
class ContractSectorValuesImportTest extends ContractImportFixture {

    private String sectorOf(String project) {
        return contracts.list(eventId).stream().filter(c -> c.projectName().equals(project)).findFirst()
                .map(Contract::sector).orElseThrow();
    }

    @Test
    void anotherSpellingOfAKnownSectorTakesTheEventsAndANewOneIsShownAddedOrMapped() throws IOException {
        importFile(csv("first.csv", "项目名称,金额,行业,区域", "新能源汽车项目,5亿元,新能源汽车,江宁区"), ImportOptions.DETECT);
        Path second = csv("second.csv", "项目名称,金额,行业,区域",
                "电池项目,3亿元,新能源 汽车,江宁区",
                "芯片项目,2亿元,集成电路,江北新区",
                "封装项目,1亿元,集成 电路,江宁区",
                "软件项目,1亿元,软件和信息服务,江宁区");

        ImportPreview<Contract> preview = importer.preview(eventId, second, ImportOptions.DETECT, Locale.ENGLISH);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newValues()).extracting(ImportPreview.NewValue::header, ImportPreview.NewValue::written,
                ImportPreview.NewValue::rows, ImportPreview.NewValue::waiting).containsExactly(
                org.assertj.core.groups.Tuple.tuple("行业", "集成电路", 2, false),
                org.assertj.core.groups.Tuple.tuple("区域", "江北新区", 1, false),
                org.assertj.core.groups.Tuple.tuple("行业", "软件和信息服务", 1, false));
        assertThat(preview.newValues().get(0).choices()).containsExactly("新能源汽车");

        importFile(second, ImportOptions.DETECT.withValues(ValueAnswers.NONE.withParsed("sector:软件和信息服务=集成电路")));

        assertThat(sectorOf("电池项目")).isEqualTo("新能源汽车");
        assertThat(sectorOf("芯片项目")).isEqualTo("集成电路");
        assertThat(sectorOf("封装项目")).isEqualTo("集成电路");
        assertThat(sectorOf("软件项目")).isEqualTo("集成电路");
    }
}
