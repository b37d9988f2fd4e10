package org.conferencedesk.contracts.ui;

import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.LiveContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractsViewModelTest {

    private Database database;
    private ContractService service;
    private LiveContracts live;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
        service.addAll(eventId, List.of(
                contract("智能制造产业园", "5200000000.00", "CNY", ContractStatus.SIGNED, "智能制造", "江宁区"),
                contract("Robot plant", "35000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "浦口区"),
                contract("Chip fab", "100.01", "CNY", ContractStatus.PLANNED, "Chips", "浦口区"),
                contract("US lab", "620000000.00", "USD", ContractStatus.SIGNED, "Chips", "浦口区"),
                contract("Gone", "999.99", "CNY", ContractStatus.WITHDRAWN, "Chips", null)));
        live = new LiveContracts(service, new CurrentThreadTaskExecutor());
        live.show(eventId);
    }

    @AfterEach
    void closeDatabase() {
        live.close();
        database.close();
    }

    private Contract contract(String name, String amount, String currency, ContractStatus status, String sector, String district) {
        return new Contract(null, eventId, name, "Ｉｎｖｅｓｔｏｒ Co.", "Partner", sector, district, new BigDecimal(amount),
                currency, null, status, null, "note " + name);
    }

    private ContractsViewModel model(Locale locale) {
        ContractsViewModel model = new ContractsViewModel(live, service, new CurrentThreadTaskExecutor(), dialogs,
                Messages.of("contracts", locale));
        model.attach();
        return model;
    }

    private static List<String> names(ContractsViewModel model) {
        return model.contracts().stream().map(Contract::projectName).toList();
    }

    @Test
    void showsTheEventsContractsInSigningOrder() {
        ContractsViewModel model = model(Locale.ENGLISH);

        assertThat(names(model)).containsExactly("智能制造产业园", "Robot plant", "Chip fab", "US lab", "Gone");
        assertThat(model.shownTextProperty().get()).isEqualTo("Showing 5 of 5 contracts");
    }

    @Test
    void textFilterIgnoresCaseAndWidthAndLooksInEveryTextField() {
        ContractsViewModel model = model(Locale.ENGLISH);

        model.filterTextProperty().set("ROBOT");
        assertThat(names(model)).containsExactly("Robot plant");

        model.filterTextProperty().set("investor co");  // typed half-width, stored full-width
        assertThat(names(model)).hasSize(5);

        model.filterTextProperty().set("江宁");
        assertThat(names(model)).containsExactly("智能制造产业园");

        model.filterTextProperty().set("note fab");
        assertThat(names(model)).containsExactly("Chip fab");
        assertThat(model.shownTextProperty().get()).isEqualTo("Showing 1 of 5 contracts");
    }

    @Test
    void filtersBySectorDistrictAndStatusFromChoicesDerivedFromTheData() {
        ContractsViewModel model = model(Locale.ENGLISH);

        assertThat(model.sectorChoices()).extracting(RecordTableViewModel.Choice::label)
                .containsExactly("All sectors", "Chips", "Robotics", "智能制造");
        assertThat(model.districtChoices()).extracting(RecordTableViewModel.Choice::label)
                .containsExactly("All districts", "(no district)", "江宁区", "浦口区");

        model.sectorFilterProperty().set(model.sectorChoices().get(1));
        assertThat(names(model)).containsExactly("Chip fab", "US lab", "Gone");

        model.statusFilterProperty().set(model.statusChoices().stream()
                .filter(c -> c.value() == ContractStatus.PLANNED).findFirst().orElseThrow());
        assertThat(names(model)).containsExactly("Chip fab");

        model.sectorFilterProperty().set(model.sectorChoices().get(0));
        model.statusFilterProperty().set(model.statusChoices().get(0));
        model.districtFilterProperty().set(model.districtChoices().get(3));
        assertThat(names(model)).containsExactly("Robot plant", "Chip fab", "US lab");
    }

    @Test
    void newSectorAppearsInTheChoicesWhenAContractIsSaved() {
        ContractsViewModel model = model(Locale.ENGLISH);

        service.save(contract("Battery", "1.00", "CNY", ContractStatus.SIGNED, "Batteries", "溧水区"));

        assertThat(model.sectorChoices()).extracting(RecordTableViewModel.Choice::label).contains("Batteries");
        assertThat(model.districtChoices()).extracting(RecordTableViewModel.Choice::label).contains("溧水区");
    }

    @Test
    void deleteAsksNamingTheProjectAndRemovesItOnlyIfTheUserAgrees() {
        ContractsViewModel model = model(Locale.SIMPLIFIED_CHINESE);
        Contract robot = model.contracts().get(1);
        model.selectedProperty().set(robot);

        dialogs.answer = false;
        assertThat(model.deleteSelected()).isFalse();
        assertThat(service.list(eventId)).hasSize(5);

        dialogs.answer = true;
        assertThat(model.deleteSelected()).isTrue();

        assertThat(dialogs.destructiveQuestions).containsExactly(
                "删除签约项目“Robot plant”吗？删除后无法恢复。", "删除签约项目“Robot plant”吗？删除后无法恢复。");
        assertThat(dialogs.destructiveActions).containsOnly("删除");
        assertThat(service.list(eventId)).extracting(Contract::projectName).doesNotContain("Robot plant").hasSize(4);
        assertThat(names(model)).doesNotContain("Robot plant");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("52 亿元");
    }

    @Test
    void totalsReadInChinese() {
        ContractsViewModel model = model(Locale.SIMPLIFIED_CHINESE);

        assertThat(model.totals().signedTextProperty().get()).isEqualTo("已签约 3 个");
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("52.35 亿元");
        assertThat(model.totals().plannedTextProperty().get()).isEqualTo("计划 1 个，100.01 元");
        assertThat(model.totals().totalTextProperty().get()).isEqualTo("全部（不含撤回）4 个，52.3500010001 亿元");
        assertThat(model.totals().otherCurrenciesTextProperty().get()).isEqualTo("其他币种（未计入人民币合计）：6.2 亿美元");
        assertThat(model.totals().bySector()).containsExactly(
                new RunningTotalsViewModel.NamedAmount("智能制造", "智能制造", "52 亿元"),
                new RunningTotalsViewModel.NamedAmount("Robotics", "Robotics", "3,500 万元"));
        assertThat(model.totals().byDistrict()).containsExactly(
                new RunningTotalsViewModel.NamedAmount("江宁区", "江宁区", "52 亿元"),
                new RunningTotalsViewModel.NamedAmount("浦口区", "浦口区", "3,500 万元"));
    }

    @Test
    void totalsReadInEnglish() {
        ContractsViewModel model = model(Locale.ENGLISH);

        assertThat(model.totals().signedTextProperty().get()).isEqualTo("Signed: 3 contracts");
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("RMB 5.235 billion");
        assertThat(model.totals().plannedTextProperty().get()).isEqualTo("Planned: 1 contract, RMB 100.01");
        assertThat(model.totals().otherCurrenciesTextProperty().get()).isEqualTo("Other currencies, not in the RMB figures: USD 620 million");
    }

    @Test
    void totalsFollowSavesWhileAttachedAndStopWhenDetached() {
        ContractsViewModel model = model(Locale.SIMPLIFIED_CHINESE);

        service.save(contract("新项目", "4800000000.00", "CNY", ContractStatus.SIGNED, "智能制造", "江宁区"));
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("100.35 亿元");

        model.detach();
        service.save(contract("Later", "1.00", "CNY", ContractStatus.SIGNED, null, null));
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("100.35 亿元");

        model.attach();
        assertThat(model.totals().signedAmountTextProperty().get()).isEqualTo("100.35000001 亿元");
    }

    @Test
    void runningTotalFollowsEditsOfEarlierRows() {
        ContractsViewModel model = model(Locale.ENGLISH);
        Contract robot = model.contracts().get(1);
        var running = model.runningTotal(robot);
        assertThat(running.getValue()).isEqualTo(new BigDecimal("5235000000.00"));

        Contract first = model.contracts().get(0);
        service.save(new Contract(first.id(), eventId, first.projectName(), first.investor(), first.partner(), first.sector(),
                first.district(), new BigDecimal("1.00"), "CNY", first.signingOrder(), first.status(), null, null));

        assertThat(running.getValue()).isEqualTo(new BigDecimal("35000001.00"));
        assertThat(model.formatAmount(running.getValue())).isEqualTo("35,000,001.00");
    }

    @Test
    void chineseTextSortsInPinyinOrder() {
        ContractsViewModel model = model(Locale.SIMPLIFIED_CHINESE);

        List<String> sorted = new java.util.ArrayList<>(List.of("浦口区", "江宁区", "安徽", "溧水区"));
        sorted.sort(model.textOrder());

        assertThat(sorted).containsExactly("安徽", "江宁区", "溧水区", "浦口区");
    }

    @Test
    void thirtySampleProjectsShowThePressReleaseHeadlineInBothLanguages() {
        Database other = Database.openInMemory(UUID.randomUUID().toString());
        try {
            long event = new EventRepository(other.dsl()).insert(Event.named("2020 世界智能制造大会")).id();
            ContractService otherService = new ContractService(other, new ContractRepository(other.dsl()));
            ContractsScreenPreview.importSample(otherService, event);
            LiveContracts otherLive = new LiveContracts(otherService, new CurrentThreadTaskExecutor());
            otherLive.show(event);

            RunningTotalsViewModel zh = new RunningTotalsViewModel(otherLive, Messages.of("contracts", Locale.SIMPLIFIED_CHINESE));
            RunningTotalsViewModel en = new RunningTotalsViewModel(otherLive, Messages.of("contracts", Locale.ENGLISH));

            assertThat(zh.signedTextProperty().get()).isEqualTo("已签约 30 个");
            assertThat(zh.signedAmountTextProperty().get()).isEqualTo("536.3 亿元");
            assertThat(en.signedTextProperty().get()).isEqualTo("Signed: 30 contracts");
            assertThat(en.signedAmountTextProperty().get()).isEqualTo("RMB 53.63 billion");
            assertThat(otherLive.runningTotal(otherLive.contracts().get(29).id())).isEqualTo(new BigDecimal("53630000000.00"));
            otherLive.close();
        } finally {
            other.close();
        }
    }

    @Test
    void renamingASectorToOneTheEventUsesJoinsTheTotalsAfterADestructiveQuestion() {
        ContractsViewModel model = model(Locale.ENGLISH);
        assertThat(model.countWith(org.conferencedesk.contracts.ContractField.SECTOR, "Chips")).isEqualTo(3);

        dialogs.answer = false;
        assertThat(model.renameValue(org.conferencedesk.contracts.ContractField.SECTOR, "Chips", "robotics")).isFalse();
        assertThat(model.sectors()).containsExactly("Chips", "Robotics", "智能制造");

        dialogs.answer = true;
        assertThat(model.renameValue(org.conferencedesk.contracts.ContractField.SECTOR, "Chips", "robotics")).isTrue();

        assertThat(dialogs.destructiveQuestions).containsExactly(
                "“Chips” becomes “Robotics”, which this event already uses: the two totals become one (3 contracts change). "
                        + "They cannot be told apart again afterwards.",
                "“Chips” becomes “Robotics”, which this event already uses: the two totals become one (3 contracts change). "
                        + "They cannot be told apart again afterwards.");
        assertThat(dialogs.destructiveActions).containsOnly("Join");
        assertThat(model.sectors()).containsExactly("Robotics", "智能制造");
        assertThat(model.sectorChoices()).extracting(RecordTableViewModel.Choice::label).containsExactly("All sectors", "Robotics", "智能制造");
    }

    @Test
    void renamingADistrictToANewNameAsksNothingMoreAndLeavesBlankOnesAlone() {
        ContractsViewModel model = model(Locale.SIMPLIFIED_CHINESE);

        assertThat(model.renameValue(org.conferencedesk.contracts.ContractField.DISTRICT, "浦口区", "江北新区")).isTrue();
        assertThat(model.renameValue(org.conferencedesk.contracts.ContractField.DISTRICT, "", "江北新区")).isFalse();

        assertThat(dialogs.destructiveQuestions).isEmpty();
        assertThat(model.districts()).containsExactly("江北新区", "江宁区");
        assertThat(service.list(eventId)).filteredOn(c -> c.district() == null).hasSize(1);
    }
}
