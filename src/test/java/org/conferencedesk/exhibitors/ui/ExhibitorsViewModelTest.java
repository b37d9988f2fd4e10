package org.conferencedesk.exhibitors.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorException;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.exhibitors.ExhibitorRow;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.LiveExhibitors;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.storage.AuditFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exhibitors screen's model without a window: search, filters, live rows, bulk mark paid, the form. */
class ExhibitorsViewModelTest {

    private ExhibitorFixture f;
    private LiveExhibitors live;
    private ExhibitorsViewModel model;
    private ExhibitorFormViewModel form;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Exhibitor estun;
    private Exhibitor siemens;
    private Booth a101;
    private Booth a102;

    @BeforeEach
    void open() {
        f = new ExhibitorFixture();
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
        Hall hall = f.hall5();
        a101 = f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A101", BoothKind.STANDARD, new BigDecimal("9")));
        a102 = f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A102", BoothKind.STANDARD, new BigDecimal("18")));
        estun = save(new Exhibitor(null, f.eventId, "南京埃斯顿自动化股份有限公司", "Estun Automation", "中国", "工业机器人",
                ExhibitionMode.ON_SITE, "吴波", null, null, null, null, null, PaymentStatus.UNPAID, null, null));
        siemens = save(new Exhibitor(null, f.eventId, "西门子（中国）有限公司", "Siemens China", "德国", "工业软件",
                ExhibitionMode.BOTH, null, null, null, null, null, null, PaymentStatus.INVOICED, null, null));
        save(new Exhibitor(null, f.eventId, "云上智造科技", null, null, "工业软件", ExhibitionMode.CLOUD, null, null, null,
                null, null, null, PaymentStatus.UNPAID, null, null));
        save(new Exhibitor(null, f.eventId, "Acme Robotics", null, "USA", null, ExhibitionMode.ON_SITE, null, null, null,
                null, null, null, PaymentStatus.PAID, null, null));
        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        live = new LiveExhibitors(f.service, executor);
        ExhibitorWords words = new ExhibitorWords(Locale.SIMPLIFIED_CHINESE);
        model = new ExhibitorsViewModel(live, f.service, executor, dialogs, words);
        form = new ExhibitorFormViewModel(f.service, executor, dialogs, words, model::knownSectors);
        live.show(f.eventId);
        model.attach();
        form.startNew(f.eventId);
    }

    @AfterEach
    void close() {
        model.detach();
        live.close();
        f.close();
    }

    private Exhibitor save(Exhibitor e) {
        return f.service.save(e);
    }

    private List<String> shown() {
        return model.exhibitors().stream().map(r -> r.exhibitor().companyName()).toList();
    }

    private ExhibitorRow row(String name) {
        return live.rows().stream().filter(r -> r.exhibitor().companyName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rowsCarryTheBoothsTheirAreaAndTheFeeDue() {
        ExhibitorRow r = row("南京埃斯顿自动化股份有限公司");
        assertThat(r.listed().booths()).containsExactly("A101");
        assertThat(r.listed().hall()).isEqualTo("5");
        assertThat(r.listed().areaM2()).isEqualByComparingTo("9");
        assertThat(r.listed().fee().get("CNY")).isEqualByComparingTo("11520.00");
        assertThat(model.shownTextProperty().get()).isEqualTo("显示 4 / 4 家展商");
    }

    @Test
    void searchFindsByPinyinInitialsOtherNameContactAndBoothCode() {
        model.filterTextProperty().set("aisidun");
        assertThat(shown()).containsExactly("南京埃斯顿自动化股份有限公司");
        model.filterTextProperty().set("xmz");
        assertThat(shown()).containsExactly("西门子（中国）有限公司");
        model.filterTextProperty().set("siemens");
        assertThat(shown()).containsExactly("西门子（中国）有限公司");
        model.filterTextProperty().set("吴波");
        assertThat(shown()).containsExactly("南京埃斯顿自动化股份有限公司");
        model.filterTextProperty().set("a101");
        assertThat(shown()).containsExactly("南京埃斯顿自动化股份有限公司");
        assertThat(model.shownTextProperty().get()).isEqualTo("显示 1 / 4 家展商");
    }

    @Test
    void filtersByModeHallSectorAndPaymentStatus() {
        model.modeFilter().chosenProperty().set(model.modeFilter().choices().stream()
                .filter(c -> c.value() == ExhibitionMode.CLOUD).findFirst().orElseThrow());
        assertThat(shown()).containsExactly("云上智造科技");
        model.modeFilter().chosenProperty().set(model.modeFilter().choices().get(0));

        assertThat(model.hallFilter().choices()).extracting(Choice::label).containsExactly("全部展馆", "5", "无展位");
        model.hallFilter().chosenProperty().set(model.hallFilter().choices().get(1));
        assertThat(shown()).containsExactly("南京埃斯顿自动化股份有限公司");
        model.hallFilter().chosenProperty().set(model.hallFilter().choices().get(2));
        assertThat(shown()).containsExactly("西门子（中国）有限公司", "云上智造科技", "Acme Robotics");
        model.hallFilter().chosenProperty().set(model.hallFilter().choices().get(0));

        model.sectorFilter().chosenProperty().set(model.sectorFilter().choices().stream()
                .filter(c -> "工业软件".equals(c.value())).findFirst().orElseThrow());
        assertThat(shown()).containsExactly("西门子（中国）有限公司", "云上智造科技");
        model.sectorFilter().chosenProperty().set(model.sectorFilter().choices().get(0));

        model.paymentFilter().chosenProperty().set(model.paymentFilter().choices().stream()
                .filter(c -> c.value() == PaymentStatus.PAID).findFirst().orElseThrow());
        assertThat(shown()).containsExactly("Acme Robotics");
    }

    @Test
    void aBookingOnThePlanChangesTheRowAndTheFigures() {
        assertThat(live.totals().boothsHeld()).isEqualTo(1);
        f.booths.bookForEvent(f.eventId, a102.id(), siemens.id());
        ExhibitorRow r = row("西门子（中国）有限公司");
        assertThat(r.listed().booths()).containsExactly("A102");
        assertThat(r.listed().fee().get("CNY")).isEqualByComparingTo("23040.00");
        assertThat(live.totals().boothsHeld()).isEqualTo(2);
        assertThat(live.totals().heldAreaM2()).isEqualByComparingTo("27");
        assertThat(new ExhibitorFigures(live, Locale.SIMPLIFIED_CHINESE).text().get())
                .isEqualTo("展商 4 家 · 现场 2 · 云展 1 · 现场+云展 1 · 已付款 1 · 展位 2 个 27 m²");
    }

    @Test
    void markPaidChangesEverySelectedExhibitorInOneAuditedStep() {
        model.selection().setAll(row("南京埃斯顿自动化股份有限公司"), row("西门子（中国）有限公司"));
        assertThat(model.markSelectionPaid()).isTrue();
        assertThat(dialogs.questions).singleElement().asString().contains("2 家展商");
        assertThat(row("南京埃斯顿自动化股份有限公司").exhibitor().paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(row("西门子（中国）有限公司").exhibitor().paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(live.totals().withStatus(PaymentStatus.PAID)).isEqualTo(3);
        assertThat(f.audit.list(f.eventId, new AuditFilter("exhibitor", null), 100).stream()
                .filter(e -> e.action() == org.conferencedesk.storage.AuditAction.UPDATED
                        && e.changes().toString().contains("PAID")).count()).isEqualTo(2);
    }

    @Test
    void markPaidIsRefusedWholeWhenOneExhibitorWasDeletedMeanwhile() {
        Exhibitor gone = save(Exhibitor.named(f.eventId, "临时展商"));
        f.service.delete(f.eventId, gone.id());
        assertThatThrownBy(() -> f.service.setPaymentStatus(f.eventId, List.of(estun.id(), gone.id()), PaymentStatus.PAID))
                .isInstanceOf(ExhibitorException.class)
                .satisfies(e -> assertThat(((ExhibitorException) e).sentence(Locale.SIMPLIFIED_CHINESE))
                        .contains("有 1 家已被删除"));
        assertThat(f.service.find(estun.id()).orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.UNPAID);
    }

    @Test
    void aSectorWrittenAnotherWayTakesTheEventsSpellingAndANewOneIsAskedOnce() {
        assertThat(form.sectorSuggestions("工业")).containsExactly("工业机器人", "工业软件");
        form.textProperty(ExhibitorField.COMPANY_NAME).set("新松机器人");
        form.textProperty(ExhibitorField.SECTOR).set("工业 机器人");
        form.save();
        assertThat(dialogs.questions).isEmpty();
        assertThat(row("新松机器人").exhibitor().sector()).isEqualTo("工业机器人");

        form.startNew(f.eventId);
        form.textProperty(ExhibitorField.COMPANY_NAME).set("汇川技术");
        form.textProperty(ExhibitorField.SECTOR).set("伺服系统");
        dialogs.answer = false;
        form.save();
        assertThat(dialogs.questions).singleElement().asString().contains("伺服系统");
        assertThat(live.rows()).noneMatch(r -> r.exhibitor().companyName().equals("汇川技术"));
        dialogs.answer = true;
        form.save();
        assertThat(row("汇川技术").exhibitor().sector()).isEqualTo("伺服系统");
    }

    @Test
    void anAgreedFeeIsReadInAnyNotationAndNeedsAReason() {
        form.edit(row("Acme Robotics").exhibitor());
        form.textProperty(ExhibitorField.FEE_OVERRIDE).set("1.28万元");
        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.messageProperty(ExhibitorField.FEE_OVERRIDE_REASON).get()).isNull();
        form.save();
        assertThat(form.messageProperty(ExhibitorField.FEE_OVERRIDE_REASON).get()).contains("原因");
        form.textProperty(ExhibitorField.FEE_OVERRIDE_REASON).set("老展商优惠");
        form.save();
        assertThat(row("Acme Robotics").exhibitor().feeOverride().value()).isEqualByComparingTo("12800.00");
        assertThat(row("Acme Robotics").listed().fee().get("CNY")).isEqualByComparingTo("12800.00");
    }
}
