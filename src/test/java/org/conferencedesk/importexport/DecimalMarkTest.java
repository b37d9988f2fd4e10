package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.conferencedesk.importexport.DecimalMark.Evidence;
import org.junit.jupiter.api.Test;

/** What single cells say about a file's decimal mark, and numbers rewritten for the readers. */
class DecimalMarkTest {

    @Test
    void cellsThatOnlyOneMarkReadsDecideTheOthersAreAmbiguousOrSayNothing() {
        assertThat(DecimalMark.of("12,5")).isEqualTo(Evidence.COMMA);
        assertThat(DecimalMark.of("1.234,56 €")).isEqualTo(Evidence.COMMA);
        assertThat(DecimalMark.of("1.500.000")).isEqualTo(Evidence.COMMA);
        assertThat(DecimalMark.of("12.5")).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.of("1,234.56")).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.of("1,500,000")).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.of("1.500")).isEqualTo(Evidence.AMBIGUOUS);
        assertThat(DecimalMark.of("１，５００")).isEqualTo(Evidence.AMBIGUOUS);
        assertThat(DecimalMark.of("1500")).isEqualTo(Evidence.NONE);
        assertThat(DecimalMark.of("")).isEqualTo(Evidence.NONE);
        assertThat(DecimalMark.of("伍亿元整")).isEqualTo(Evidence.NONE);
        assertThat(DecimalMark.of("3,500万元")).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.of("¥1,500")).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.of("5000万元")).isEqualTo(Evidence.NONE);
    }

    @Test
    void evidenceCombinesAcrossAFile() {
        assertThat(DecimalMark.combine(Evidence.AMBIGUOUS, Evidence.COMMA)).isEqualTo(Evidence.COMMA);
        assertThat(DecimalMark.combine(Evidence.POINT, Evidence.AMBIGUOUS)).isEqualTo(Evidence.POINT);
        assertThat(DecimalMark.combine(Evidence.POINT, Evidence.COMMA)).isEqualTo(Evidence.MIXED);
        assertThat(DecimalMark.combine(Evidence.NONE, Evidence.AMBIGUOUS)).isEqualTo(Evidence.AMBIGUOUS);
        assertThat(DecimalMark.combine(Evidence.MIXED, Evidence.NONE)).isEqualTo(Evidence.MIXED);
    }

    @Test
    void numbersAreRewrittenWithAPointAndTextAroundThemIsKept() {
        assertThat(DecimalMark.COMMA.normalise("1.500")).isEqualTo("1500");
        assertThat(DecimalMark.COMMA.normalise("20.000,50")).isEqualTo("20000.50");
        assertThat(DecimalMark.COMMA.normalise("€ 1 234,5")).isEqualTo("€ 1234.5");
        assertThat(DecimalMark.COMMA.normalise("1.50,3")).isEqualTo("1.50,3");
        assertThat(DecimalMark.POINT.normalise("1,500.25")).isEqualTo("1,500.25");
        assertThat(DecimalMark.POINT.normalise("5000万元")).isEqualTo("5000万元");
        assertThat(DecimalMark.COMMA.normalise("")).isEqualTo("");
    }
}
