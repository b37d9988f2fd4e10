package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class ExhibitorServiceTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private ExhibitorFixture f;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture(backend);
    }

    @AfterEach
    void tearDown() {
        if (f != null) { // null when the PostgreSQL variant was skipped before opening
            f.close();
        }
    }

    @Test
    void keepsCompanyNamesExactlyAsWrittenInAnyScript() {
        List<String> names = List.of("南京埃斯顿自动化股份有限公司", "ABB (中国) 有限公司", "Festo AG & Co. KG",
                "株式会社安川電機", "𠮷野家智能装备有限公司", "شركة الروبوتات");
        names.forEach(f::exhibitor);

        assertThat(f.service.list(f.eventId)).extracting(Exhibitor::companyName).containsExactlyElementsOf(names);
    }

    @Test
    void refusesValuesOverTheirLengthWithoutCuttingThemAndBadEmailsAndPhones() {
        Exhibitor bad = new Exhibitor(null, f.eventId, "公".repeat(301), null, null, null, ExhibitionMode.ON_SITE, null, null,
                "sales@estun", "无", "w".repeat(501), null, PaymentStatus.UNPAID, null, null);

        assertThatThrownBy(() -> f.service.save(bad)).isInstanceOfSatisfying(ExhibitorException.class, e -> {
            assertThat(e.fieldProblems()).extracting(p -> (Object) p.field()).containsExactly(ExhibitorField.COMPANY_NAME,
                    ExhibitorField.WEBSITE, ExhibitorField.EMAIL, ExhibitorField.PHONE);
            assertThat(e.fieldProblems().get(0).sentence(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("企业名称有 301 个字符，最多 300 个。请缩短（系统不会替您截断）。");
            assertThat(e.fieldProblems().get(2).sentence(Locale.ENGLISH)).isEqualTo(
                    "The E-mail “sales@estun” is not an e-mail address (it needs a name, @ and a domain, like sales@example.com).");
        });
        assertThat(f.service.list(f.eventId)).isEmpty();
    }

    @Test
    void theSameCompanyWrittenAgainWithOtherSpacingOrWidthIsRefused() {
        Exhibitor abb = f.exhibitor("ABB (中国) 有限公司");

        assertThatThrownBy(() -> f.exhibitor("ＡＢＢ（中国）有限公司"))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("“ＡＢＢ（中国）有限公司”已是本届展商（“ABB (中国) 有限公司”，编号 " + abb.id()
                                + "）；请打开该展商，不要重复添加。"));
        // Saving the same exhibitor again is not a duplicate of itself.
        assertThat(f.service.save(abb.withPaymentStatus(PaymentStatus.INVOICED)).paymentStatus()).isEqualTo(PaymentStatus.INVOICED);
    }

    @Test
    void anAgreedFeeNeedsAReasonAndIsAuditedAsMoney() {
        Exhibitor startup = f.exhibitor("南京初创机器人有限公司");
        assertThatThrownBy(() -> f.service.save(startup.withFeeOverride(Amount.cny("8000.00"), " ")))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::key).containsExactly("rule.overrideNeedsReason"));

        f.service.save(startup.withFeeOverride(Amount.cny("8000.00"), "初创企业扶持"));
        f.service.save(f.service.find(startup.id()).orElseThrow().withFeeOverride(new Amount(new BigDecimal("1200"), "USD"), "外资初创"));

        List<AuditEntry> entries = f.auditOf(ExhibitorAudit.EXHIBITOR);
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.UPDATED);
        assertThat(entries.get(1).change("feeOverrideAmount").after()).isEqualTo("8000.00");
        assertThat(entries.get(2).change("feeOverrideAmount").after()).isEqualTo("1200.00 USD");
        assertThat(new AuditText(Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai")).changes(entries.get(1)))
                .isEqualTo("约定费用：（空） → 8,000.00 元；约定费用原因：（空） → 初创企业扶持");
    }

    @Test
    void bulkMarkPaidChangesOnlyThoseNotPaidAndRecordsEach() {
        Exhibitor a = f.exhibitor("徐工集团工程机械股份有限公司");
        Exhibitor b = f.service.save(Exhibitor.named(f.eventId, "沈阳新松机器人自动化股份有限公司").withPaymentStatus(PaymentStatus.PAID));
        f.forgetChanges();

        List<Exhibitor> changed = f.service.setPaymentStatus(f.eventId, List.of(a.id(), b.id()), PaymentStatus.PAID);

        assertThat(changed).extracting(Exhibitor::id).containsExactly(a.id());
        assertThat(f.exhibitorChanges).containsExactly(new RecordChange.Saved<>(f.eventId, changed));
        AuditEntry last = f.auditOf(ExhibitorAudit.EXHIBITOR).get(2);
        assertThat(last.changes()).extracting(c -> c.field() + ":" + c.before() + "→" + c.after())
                .containsExactly("paymentStatus:UNPAID→PAID");
    }

    @Test
    void depositsAreRecordedAuditedAndKeepTheirExhibitorFromBeingDeleted() {
        Exhibitor festo = f.exhibitor("Festo AG & Co. KG");
        Deposit deposit = f.service.addDeposit(new Deposit(null, f.eventId, festo.id(), new Amount(new BigDecimal("2500"), "EUR"),
                LocalDate.of(2020, 10, 12), "SWIFT FESTO-2020-1012"));

        assertThatThrownBy(() -> f.service.delete(f.eventId, festo.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "Festo AG & Co. KG has 1 deposit(s) recorded. Remove them first (give the money back), then delete the exhibitor."));
        assertThat(f.service.fee(f.eventId, festo.id()).deposits().sums()).containsExactly(Map.entry("EUR", new BigDecimal("2500.00")));

        assertThat(f.service.removeDeposit(f.eventId, deposit.id())).isTrue();
        assertThat(f.service.delete(f.eventId, festo.id())).isTrue();
        assertThat(f.auditOf(ExhibitorAudit.DEPOSIT)).extracting(e -> e.action() + " " + e.summary() + " "
                        + (e.action() == AuditAction.CREATED ? e.change("depositAmount").after() : e.change("depositAmount").before()))
                .containsExactly("CREATED Festo AG & Co. KG 2500.00 EUR", "DELETED Festo AG & Co. KG 2500.00 EUR");
        assertThat(f.auditOf(ExhibitorAudit.EXHIBITOR)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.DELETED);
    }

    @Test
    void aDepositOfNothingOrForAnotherEventsExhibitorIsRefused() {
        Exhibitor festo = f.exhibitor("Festo AG & Co. KG");
        assertThatThrownBy(() -> f.service.addDeposit(new Deposit(null, f.eventId, festo.id(), Amount.cny("0"), null, null)))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("定金必须大于 0（现为 0）。"));
        assertThatThrownBy(() -> f.service.addDeposit(new Deposit(null, f.eventId + 1, festo.id(), Amount.cny("100"), null, null)))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("exhibitor.gone"));
    }

    @Test
    void ratesAreAuditedAndAnUnchangedRateRecordsNothing() {
        BoothRate standard = BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY").withCornerPremium(new BigDecimal("10"));
        f.service.setRate(f.eventId, standard);
        f.service.setRate(f.eventId, standard);
        f.service.setRate(f.eventId, standard.withCornerPremium(new BigDecimal("12.5")));
        assertThat(f.service.removeRate(f.eventId, BoothKind.STANDARD)).isTrue();

        assertThat(f.auditOf(ExhibitorAudit.RATE)).extracting(e -> e.action() + " " + e.changes().size())
                .containsExactly("CREATED 4", "UPDATED 1", "DELETED 4");
        assertThat(f.auditOf(ExhibitorAudit.RATE).get(1).change("cornerPremiumPercent"))
                .extracting(c -> c.before() + "→" + c.after()).isEqualTo("10→12.5");
    }

    @Test
    void aRateFinerThanAFenOrAPremiumOver100PercentIsRefusedNotRounded() {
        BoothRate bad = new BoothRate(BoothKind.RAW_SPACE, new BigDecimal("1050.505"), "RMB", new BigDecimal("0"), new BigDecimal("150"));

        assertThatThrownBy(() -> f.service.setRate(f.eventId, bad)).isInstanceOfSatisfying(ExhibitorException.class, e ->
                assertThat(e.fieldProblems()).extracting(p -> p.sentence(Locale.ENGLISH)).containsExactly(
                        "The Rate per m² 1050.505 is finer than a fen; write it with two decimals at most (nothing is rounded for you).",
                        "The Currency “RMB” is not a three-letter currency code such as CNY, USD or EUR.",
                        "The Minimum area charged (m²) must be more than 0 (it is 0).",
                        "The Corner premium (%) 150 must be between 0 and 100, with two decimals at most (10 for +10 %)."));
        assertThat(f.service.rates(f.eventId).rates()).isEmpty();
    }

    @Test
    void hallAndBoothCodesAreUniqueAsWrittenInAnyWidthOrCaseAndKeepTheirZeros() {
        Hall hall = f.hall5();
        assertThatThrownBy(() -> f.booths.saveHall(Hall.of(f.eventId, "５", "Hall 5")))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("hall.duplicate"));

        Booth zeros = f.booth(hall, "0012", BoothKind.RAW_SPACE, "36", false);
        f.booth(hall, "12", BoothKind.RAW_SPACE, "36", false);
        f.booth(hall, "A-101", BoothKind.STANDARD, "9", false);
        assertThatThrownBy(() -> f.booth(hall, "ａ-１０１", BoothKind.STANDARD, "9", false))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("Hall 5 already has a booth “A-101”; give booth “ａ-１０１” another number."));

        assertThat(zeros.code()).isEqualTo("0012");
        assertThat(f.booths.findBooths(f.eventId, null, "0012")).extracting(Booth::id).containsExactly(zeros.id());
        assertThat(f.booths.findBooths(f.eventId, "5", "a-101")).extracting(Booth::code).containsExactly("A-101");
        // The same number in another hall is another booth.
        Hall six = f.booths.saveHall(Hall.of(f.eventId, "6", "6号馆"));
        f.booth(six, "0012", BoothKind.STANDARD, "9", false);
        assertThat(f.booths.findBooths(f.eventId, null, "0012")).hasSize(2);
        assertThat(f.booths.findBooths(f.eventId, "6", "0012")).extracting(Booth::kind).containsExactly(BoothKind.STANDARD);
    }

    @Test
    void boothsOnThePlanMustNotOverlapNorLeaveTheirHall() {
        Hall hall = f.hall5();
        f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A-101", BoothKind.STANDARD, new BigDecimal("9"))
                .withPlace(BoothPlace.of("0", "0", "3", "3")));
        // Side by side is fine.
        f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A-102", BoothKind.STANDARD, new BigDecimal("9"))
                .withPlace(BoothPlace.of("3", "0", "3", "3")));

        assertThatThrownBy(() -> f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A-103", BoothKind.STANDARD,
                new BigDecimal("9")).withPlace(BoothPlace.of("4.5", "1.5", "3", "3"))))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("展位 A-103 会与展馆 5 的展位 A-102 重叠；请移到空闲位置。"));
        assertThatThrownBy(() -> f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "Z-1", BoothKind.RAW_SPACE,
                new BigDecimal("54")).withPlace(BoothPlace.of("115", "77.5", "6", "9"))))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("Booth Z-1 does not fit in hall 5, which is 120 m × 80 m: move it or make it smaller."));
        assertThatThrownBy(() -> f.booths.saveHall(hall.withSize(new BigDecimal("5"), new BigDecimal("80"))))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("Hall 5 would be too small for booth(s) A-102; move those booths first, or keep the hall larger."));
    }

    @Test
    void anAreaWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        Hall hall = f.hall5();
        assertThatThrownBy(() -> f.booth(hall, "B-1", BoothKind.STANDARD, "12.345", false))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "The Booth area (m²) 12.345 has more than two decimals; write it to the centimetre or 0.01 m²"
                                + " (nothing is rounded for you)."));
    }

    @Test
    void boothsAndHallsAreAuditedWithTheirHallsCode() {
        Hall hall = f.hall5();
        Booth booth = f.booth(hall, "9.2B29", BoothKind.RAW_SPACE, "54", true);
        f.booths.saveBooth(booth.withPlace(BoothPlace.of("12", "24.5", "9", "6")));
        f.booths.deleteBooth(f.eventId, booth.id());
        f.booths.deleteHall(f.eventId, hall.id());

        List<AuditEntry> booths = f.auditOf(ExhibitorAudit.BOOTH);
        assertThat(booths).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.UPDATED, AuditAction.DELETED);
        assertThat(booths.get(0).changes()).extracting(c -> c.field() + "=" + c.after())
                .containsExactly("hall=5", "code=9.2B29", "kind=RAW_SPACE", "areaM2=54", "corner=true");
        assertThat(booths.get(1).changes()).extracting(c -> c.field() + "=" + c.after())
                .containsExactly("x=12", "y=24.5", "width=9", "depth=6");
        assertThat(new AuditText(Locale.SIMPLIFIED_CHINESE, java.time.ZoneId.of("Asia/Shanghai")).changes(booths.get(0)))
                .isEqualTo("展馆：5；展位号：9.2B29；类型：光地（特装）；面积（平方米）：54；角位：是");
        assertThat(f.auditOf(ExhibitorAudit.HALL)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        assertThat(f.auditOf(ExhibitorAudit.HALL).get(1).change("booths").before()).isEqualTo("0");
    }

    @Test
    void aChangeThatFailsItsAuditEntryIsNotKept() {
        f.database.dsl().execute("ALTER TABLE audit_entry ADD CONSTRAINT no_exhibitors CHECK (record_type <> 'exhibitor')");

        assertThatThrownBy(() -> f.exhibitor("南京埃斯顿自动化股份有限公司")).isInstanceOf(RuntimeException.class);
        assertThat(f.service.list(f.eventId)).isEmpty();
    }

    @Test
    void deletingTheEventTakesItsExhibitorsHallsBoothsBookingsRatesAndDepositsWithIt() {
        Hall hall = f.hall5();
        Booth booth = f.booth(hall, "A-101", BoothKind.STANDARD, "9", false);
        org.conferencedesk.guests.Guest wu = f.guests.save(org.conferencedesk.guests.Guest.named(f.eventId, "吴波"));
        Exhibitor estun = f.service.save(Exhibitor.named(f.eventId, "南京埃斯顿自动化股份有限公司").withContact(null, wu.id()));
        f.booths.bookForEvent(f.eventId, booth.id(), estun.id());
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
        f.service.addDeposit(new Deposit(null, f.eventId, estun.id(), Amount.cny("1000"), null, null));

        assertThat(f.events.delete(f.eventId)).isTrue();

        for (String table : List.of("exhibitor", "hall", "booth", "booking_day", "booth_rate", "exhibitor_deposit", "guest")) {
            assertThat(f.database.dsl().fetchCount(org.jooq.impl.DSL.table(table))).as(table).isZero();
        }
    }
}
