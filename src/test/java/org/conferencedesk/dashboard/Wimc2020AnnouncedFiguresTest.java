package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 2020 press release's figures against the organisers' own sample files (docs/samples). */
class Wimc2020AnnouncedFiguresTest {

    private DashboardFixture f;

    @BeforeEach
    void sample() {
        f = new DashboardFixture();
        f.importSampleContracts();
        f.importSampleGuests();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theSampleFilesGiveThePressReleaseFigures() {
        EventFigures figures = f.dashboard.figures(f.eventId);
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_SIGNED_COUNT))).isEqualTo(d("30"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_SIGNED_AMOUNT))).isEqualTo(d("53630000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_CLOSING_COUNT))).isEqualTo(d("30"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_CLOSING_AMOUNT))).isEqualTo(d("53630000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "30"))).isEqualTo(d("53630000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "1"))).isEqualTo(d("6000000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "4"))).isEqualTo(d("17850000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_TOTAL))).isEqualTo(d("326"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_ACADEMICIANS))).isEqualTo(d("24"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_EXPERTS))).isEqualTo(d("102"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_ENTERPRISE_REPRESENTATIVES))).isEqualTo(d("200"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_ON_SITE))).isEqualTo(d("200"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_ONLINE))).isEqualTo(d("126"));
        assertThat(figures.value(FigureKey.of(FigureName.GUESTS_CHECKED_IN))).isEqualTo(d("127"));
        assertThat(figures.value(FigureKey.of(FigureName.EXHIBITORS_CLOUD))).isEqualTo(d("0"));
        // Every sample contract is over 1 亿元 (the smallest is 1.8 亿元).
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_COUNT))).isEqualTo(d("30"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_AMOUNT))).isEqualTo(d("53630000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_SECTOR, "集成电路"))).isEqualTo(d("11000000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_DISTRICT, "江宁区"))).isEqualTo(d("13510000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_ORIGIN_COUNT, CeremonyFigures.NOT_RECORDED))).isEqualTo(d("30"));
    }

    @Test
    void everyAnnouncedFigureAgreesExceptTheCloudExhibitorsTheSampleDoesNotHold() throws Exception {
        List<AnnouncedFigure> announced = f.announceSampleFigures();
        assertThat(announced).extracting(AnnouncedFigure::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        List<FigureComparison> comparisons = f.dashboard.compare(f.eventId);

        assertThat(comparisons).extracting(c -> c.announced().statement(), FigureComparison::agrees, c -> c.difference())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("30个", true, d("0")),
                        org.assertj.core.groups.Tuple.tuple("536.3亿元", true, d("0.00")),
                        org.assertj.core.groups.Tuple.tuple("RMB 53.63 billion", true, d("0.00")),
                        org.assertj.core.groups.Tuple.tuple("320+", true, d("6")),
                        org.assertj.core.groups.Tuple.tuple("24", true, d("0")),
                        org.assertj.core.groups.Tuple.tuple("100+", true, d("2")),
                        org.assertj.core.groups.Tuple.tuple("200+", true, d("0")),
                        org.assertj.core.groups.Tuple.tuple("3,200+", false, d("-3200")));

        assertThat(comparisons.get(1).sentence(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("闭幕式签约金额：公布“536.3亿元”，数据为536.3 亿元，相符。");
        assertThat(comparisons.get(2).sentence(Locale.ENGLISH))
                .isEqualTo("Amount signed at the closing ceremony: announced “RMB 53.63 billion”; the data say RMB 53.63 billion. They agree.");
        assertThat(comparisons.get(3).sentence(Locale.ENGLISH))
                .isEqualTo("Guests: announced “320+”; the data say 326, 6 more than announced. They agree.");
        assertThat(comparisons.get(7).sentence(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("云展商：公布“3,200+”，数据为0，比公布的少3,200，不符。");
    }

    @Test
    void theReleaseWordingOver200IsStrictAndTheSampleHoldsExactly200() {
        // "over 200 representatives of leading enterprises": more than 200 (超过, Civil Code art. 1259), not 200 itself.
        FigureComparison c = FigureComparison.of(AnnouncedFigure.of(f.eventId,
                FigureKey.of(FigureName.GUESTS_ENTERPRISE_REPRESENTATIVES), "over 200 representatives", null),
                f.dashboard.figures(f.eventId));
        assertThat(c.statement().bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(c.agrees()).isFalse();
        assertThat(c.difference()).isEqualTo(d("0"));
    }

    @Test
    void aChangeInTheDataChangesTheComparison() throws Exception {
        f.announceSampleFigures();
        long firstContract = f.contracts.list(f.eventId).get(0).id();
        f.contracts.save(f.contracts.list(f.eventId).get(0).withStatus(org.conferencedesk.contracts.ContractStatus.WITHDRAWN));
        assertThat(firstContract).isPositive();

        List<FigureComparison> comparisons = f.dashboard.compare(f.eventId);
        assertThat(comparisons.get(0).agrees()).isFalse();
        assertThat(comparisons.get(0).difference()).isEqualTo(d("-1"));
        assertThat(comparisons.get(1).actual()).isEqualTo(d("47630000000.00"));
        assertThat(comparisons.get(1).difference()).isEqualTo(d("-6000000000.00"));
        assertThat(comparisons.get(1).sentence(Locale.ENGLISH)).isEqualTo("Amount signed at the closing ceremony: announced "
                + "“536.3亿元”; the data say RMB 47.63 billion, RMB 6 billion less than announced. They do not agree.");
    }

    @Test
    void announcingIsAuditedAndRefusesWhatCannotBeCompared() {
        AnnouncedFigure a = f.dashboard.announce(AnnouncedFigure.of(f.eventId, FigureKey.of(FigureName.GUESTS_TOTAL), "320+",
                "press release"));
        var entry = f.audit.list(f.eventId, org.conferencedesk.storage.AuditFilter.ALL, 1).get(0);
        assertThat(entry.recordType()).isEqualTo("announcedFigure");
        assertThat(entry.recordId()).isEqualTo(a.id());
        assertThat(entry.change("statement").after()).isEqualTo("320+");
        assertThat(entry.change("figure").after()).isEqualTo("guests.total");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.dashboard.announce(
                AnnouncedFigure.of(f.eventId, FigureKey.of(FigureName.GUESTS_TOTAL), "320+", null)))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.key()).isEqualTo("announced.duplicate"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.dashboard.announce(
                AnnouncedFigure.of(f.eventId, FigureKey.of(FigureName.GUESTS_TOTAL), "536.3亿元", null)))
                .isInstanceOfSatisfying(DashboardException.class, e -> assertThat(e.key()).isEqualTo("statement.amountForCount"));
        assertThat(f.dashboard.announced(f.eventId)).containsExactly(a);

        assertThat(f.dashboard.withdraw(f.eventId, a.id())).isTrue();
        assertThat(f.dashboard.announced(f.eventId)).isEmpty();
        assertThat(f.audit.list(f.eventId, org.conferencedesk.storage.AuditFilter.ALL, 1).get(0).action())
                .isEqualTo(org.conferencedesk.storage.AuditAction.DELETED);
    }
}
