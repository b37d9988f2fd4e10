package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.LiveContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractFormViewModelTest {

    private Database database;
    private ContractService service;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private ContractFormViewModel form(Locale locale) {
        return new ContractFormViewModel(service, new CurrentThreadTaskExecutor(), dialogs, Messages.of("contracts", locale));
    }

    private Contract stored(String name, String amount, int order) {
        return service.save(new Contract(null, eventId, name, "Investor", "Partner", "Robotics", "Jiangning",
                new BigDecimal(amount), "CNY", order, ContractStatus.SIGNED, LocalDate.of(2020, 11, 28), null));
    }

    @Test
    void newContractIsSignedInCnyAfterTheLastSigningOrderAndNotDirty() {
        stored("A", "1.00", 1);
        stored("B", "2.00", 7);
        ContractFormViewModel form = form(Locale.ENGLISH);

        form.startNew(eventId);

        assertThat(form.signingOrderProperty().get()).isEqualTo("8");
        assertThat(form.statusProperty().get()).isEqualTo(ContractStatus.SIGNED);
        assertThat(form.currencyProperty().get()).isEqualTo("CNY");
        assertThat(form.amountProperty().get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.canSaveProperty().get()).isFalse();
        assertThat(form.newProperty().get()).isTrue();
    }

    private List<Contract> unnumbered(int count) {
        List<Contract> list = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(new Contract(null, eventId, "Project " + i, "Investor", "Partner", "Robotics", "Jiangning",
                    new BigDecimal("1000000.00"), "CNY", null, ContractStatus.SIGNED, LocalDate.of(2020, 11, 28), null));
        }
        return list;
    }

    @Test
    void untouchedNewFormFollowsAnImportAndADeletionOfTheLastContract() {
        LiveContracts live = new LiveContracts(service, new CurrentThreadTaskExecutor());
        live.show(eventId);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.follow(live);
        form.startNew(eventId);
        assertThat(form.signingOrderProperty().get()).isEqualTo("1");

        service.addAll(eventId, unnumbered(30));
        assertThat(form.signingOrderProperty().get()).isEqualTo("31");

        Contract last = stored("Last", "2.00", 31);
        assertThat(form.signingOrderProperty().get()).isEqualTo("32");
        service.delete(eventId, last.id());
        assertThat(form.signingOrderProperty().get()).isEqualTo("31");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.messageProperty(ContractField.SIGNING_ORDER).get()).isNull();
        live.close();
    }

    @Test
    void savingTheSuggestedNewContractKeepsItsNumberAndLeavesTheFormClean() {
        LiveContracts live = new LiveContracts(service, new CurrentThreadTaskExecutor());
        live.show(eventId);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.follow(live);
        service.addAll(eventId, unnumbered(30));
        form.startNew(eventId);
        form.projectNameProperty().set("Test robot line");
        form.amountProperty().set("3,500万元");

        form.save();

        assertThat(service.list(eventId)).filteredOn(c -> c.projectName().equals("Test robot line"))
                .singleElement().satisfies(c -> assertThat(c.signingOrder()).isEqualTo(31));
        assertThat(form.signingOrderProperty().get()).isEqualTo("31");
        assertThat(form.dirtyProperty().get()).isFalse();
        live.close();
    }

    @Test
    void aTypedSigningOrderIsKeptWhenTheContractsChange() {
        LiveContracts live = new LiveContracts(service, new CurrentThreadTaskExecutor());
        live.show(eventId);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.follow(live);
        form.startNew(eventId);
        form.signingOrderProperty().set("7");

        service.addAll(eventId, unnumbered(3));

        assertThat(form.signingOrderProperty().get()).isEqualTo("7");
        form.stopFollowing();
        live.close();
    }

    @Test
    void typingFivepoint2YiPreviewsTheExactYuanAndSavesThem() {
        ContractFormViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        form.startNew(eventId);

        form.projectNameProperty().set("智能制造产业园");
        form.amountProperty().set("5.2亿");

        assertThat(form.amountPreviewProperty().get()).isEqualTo("= 520,000,000.00 元（5.2 亿元）");
        assertThat(form.messageProperty(ContractField.AMOUNT).get()).isNull();
        assertThat(form.canSaveProperty().get()).isTrue();

        form.save();

        assertThat(service.list(eventId)).singleElement().satisfies(c -> {
            assertThat(c.projectName()).isEqualTo("智能制造产业园");
            assertThat(c.amount()).isEqualTo(new BigDecimal("520000000.00"));
            assertThat(c.currency()).isEqualTo("CNY");
            assertThat(c.signingOrder()).isEqualTo(1);
            assertThat(c.status()).isEqualTo(ContractStatus.SIGNED);
        });
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.newProperty().get()).isFalse();
        assertThat(form.amountProperty().get()).isEqualTo("520,000,000.00");
    }

    @Test
    void chineseCapitalNumeralsPreviewWhatWasUnderstoodAndSaveExactly() {
        ContractFormViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        form.startNew(eventId);
        form.projectNameProperty().set("智能装备产业基地");

        form.amountProperty().set("叁亿伍仟万元");
        assertThat(form.amountPreviewProperty().get()).isEqualTo("= 350,000,000.00 元（3.5 亿元）");
        form.amountProperty().set("壹佰元伍角陆分");
        assertThat(form.amountPreviewProperty().get()).startsWith("= 100.56 元");
        form.amountProperty().set("叁亿伍仟");
        assertThat(form.amountPreviewProperty().get()).isEmpty();
        assertThat(form.messageProperty(ContractField.AMOUNT).get()).contains("叁亿零伍仟", "叁亿伍仟万");
        form.amountProperty().set("伍亿元整");
        assertThat(form.amountPreviewProperty().get()).isEqualTo("= 500,000,000.00 元（5 亿元）");

        form.save();

        assertThat(service.list(eventId)).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualTo(new BigDecimal("500000000.00")));
    }

    @Test
    void englishPreviewShowsTheFigureAndTheHeadline() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);

        form.amountProperty().set("3,500万元");

        assertThat(form.amountPreviewProperty().get()).isEqualTo("= 35,000,000.00 yuan (RMB 35 million)");
    }

    @Test
    void unknownUnitIsNamedInTheMessageAndTheTypedTextStays() {
        ContractFormViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        form.startNew(eventId);
        form.projectNameProperty().set("项目");

        form.amountProperty().set("5亿欧");

        assertThat(form.messageProperty(ContractField.AMOUNT).get()).contains("“欧”");
        assertThat(form.amountProperty().get()).isEqualTo("5亿欧");
        assertThat(form.amountPreviewProperty().get()).isEmpty();
        assertThat(form.canSaveProperty().get()).isFalse();

        form.save();

        assertThat(service.list(eventId)).isEmpty();
        assertThat(form.amountProperty().get()).isEqualTo("5亿欧");
    }

    @Test
    void englishMessageNamesTheFragmentToo() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);

        form.amountProperty().set("5亿欧");

        assertThat(form.messageProperty(ContractField.AMOUNT).get())
                .startsWith("\u201c欧\u201d is not a unit or currency");
    }

    @Test
    void aCurrencyNamedInTheAmountBecomesTheContractsCurrency() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);
        form.projectNameProperty().set("Chips");

        form.amountProperty().set("6.2亿美元");
        form.save();

        assertThat(form.currencyProperty().get()).isEqualTo("USD");
        assertThat(service.list(eventId)).singleElement().satisfies(c -> {
            assertThat(c.amount()).isEqualTo(new BigDecimal("620000000.00"));
            assertThat(c.currency()).isEqualTo("USD");
        });
    }

    @Test
    void badSigningOrderDateAndBlankNameAreRefusedFieldByField() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);
        form.amountProperty().set("1亿");

        form.signingOrderProperty().set("0");
        form.signedOnProperty().set("2020-02-30");
        form.projectNameProperty().set("   ");

        assertThat(form.messageProperty(ContractField.SIGNING_ORDER).get()).contains("\u201c0\u201d", "1 or more");
        assertThat(form.messageProperty(ContractField.SIGNED_ON).get()).contains("\u201c2020-02-30\u201d");
        assertThat(form.messageProperty(ContractField.PROJECT_NAME).get()).isEqualTo("The project name is empty; every contract needs one.");
        assertThat(form.canSaveProperty().get()).isFalse();

        form.signingOrderProperty().set("３");
        form.signedOnProperty().set("2020年11月28日");
        form.projectNameProperty().set("Robots");

        assertThat(form.messageProperty(ContractField.SIGNING_ORDER).get()).isNull();
        assertThat(form.messageProperty(ContractField.SIGNED_ON).get()).isNull();
        assertThat(form.canSaveProperty().get()).isTrue();
        form.save();
        assertThat(service.list(eventId)).singleElement().satisfies(c -> {
            assertThat(c.signingOrder()).isEqualTo(3);
            assertThat(c.signedOn()).isEqualTo(LocalDate.of(2020, 11, 28));
        });
    }

    @Test
    void datesAreReadInTheThreeNotationsOrganisersWrite() {
        assertThat(ContractDraft.parseDate("2020-11-28")).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(ContractDraft.parseDate("2020/11/28")).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(ContractDraft.parseDate("2020年11月28日")).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(ContractDraft.parseDate("２０２０年１月５日")).isEqualTo(LocalDate.of(2020, 1, 5));
        assertThat(ContractDraft.parseDate("28.11.2020")).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(ContractDraft.parseDate("二〇二〇年十一月二十八日")).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(ContractDraft.parseDate("03.04.2020")).isNull();
        assertThat(ContractDraft.parseDate("2020年11月")).isNull();
        assertThat(ContractDraft.parseDate("2021-02-29")).isNull();
    }

    @Test
    void tooLongTextIsRefusedNotCut() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);
        form.projectNameProperty().set("x");
        form.amountProperty().set("1");

        form.sectorProperty().set("s".repeat(101));

        assertThat(form.messageProperty(ContractField.SECTOR).get()).isEqualTo("This text has 101 characters; at most 100 fit. Shorten it.");
        assertThat(form.canSaveProperty().get()).isFalse();
    }

    @Test
    void failedSaveKeepsEveryTypedTextAndShowsTheReason() {
        Contract original = stored("Old name", "100.00", 1);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.edit(original);
        service.delete(eventId, original.id()); // deleted by someone else meanwhile

        form.projectNameProperty().set("New name");
        form.amountProperty().set("3,500万元");
        form.save();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("deleted meanwhile").contains("Your typing is still in the form");
        assertThat(form.projectNameProperty().get()).isEqualTo("New name");
        assertThat(form.amountProperty().get()).isEqualTo("3,500万元");
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(service.list(eventId)).isEmpty();
    }

    @Test
    void resetGoesBackToTheStoredValues() {
        Contract original = stored("Robot plant", "5200000000.00", 4);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.edit(original);

        form.projectNameProperty().set("Typo");
        form.amountProperty().set("5亿欧");
        form.statusProperty().set(ContractStatus.WITHDRAWN);
        assertThat(form.dirtyProperty().get()).isTrue();

        form.reset();

        assertThat(form.projectNameProperty().get()).isEqualTo("Robot plant");
        assertThat(form.amountProperty().get()).isEqualTo("5,200,000,000.00");
        assertThat(form.signingOrderProperty().get()).isEqualTo("4");
        assertThat(form.signedOnProperty().get()).isEqualTo("2020-11-28");
        assertThat(form.statusProperty().get()).isEqualTo(ContractStatus.SIGNED);
        assertThat(form.messageProperty(ContractField.AMOUNT).get()).isNull();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(service.list(eventId)).containsExactly(original);
    }

    @Test
    void editingSavesTheChangeOnly() {
        Contract original = stored("Robot plant", "100.00", 1);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.edit(original);
        assertThat(form.canSaveProperty().get()).isFalse();

        form.amountProperty().set("RMB 1.2 billion");
        form.save();

        assertThat(service.list(eventId)).containsExactly(new Contract(original.id(), eventId, "Robot plant", "Investor",
                "Partner", "Robotics", "Jiangning", new BigDecimal("1200000000.00"), "CNY", 1, ContractStatus.SIGNED,
                LocalDate.of(2020, 11, 28), null).withVersion(1));
        assertThat(form.lastSavedProperty().get().amount()).isEqualTo(new BigDecimal("1200000000.00"));
    }

    @Test
    void switchingContractsAsksBeforeDiscardingTyping() {
        Contract a = stored("A", "1.00", 1);
        Contract b = stored("B", "2.00", 2);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.edit(a);
        form.projectNameProperty().set("A typed");

        dialogs.answer = false;
        assertThat(form.requestEdit(b)).isFalse();
        assertThat(form.projectNameProperty().get()).isEqualTo("A typed");
        assertThat(dialogs.questions).containsExactly("The form has changes that are not saved. Throw them away?");

        dialogs.answer = true;
        assertThat(form.requestEdit(b)).isTrue();
        assertThat(form.projectNameProperty().get()).isEqualTo("B");
    }

    @Test
    void theSameContractArrivingAgainKeepsTheTyping() {
        Contract a = stored("A", "1.00", 1);
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.edit(a);
        form.noteProperty().set("typing");

        assertThat(form.requestEdit(a)).isTrue();

        assertThat(form.noteProperty().get()).isEqualTo("typing");
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void everyRefusalReasonAndStatusHasASentenceInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.of("contracts", locale);
            for (AmountFormatException.Reason reason : AmountFormatException.Reason.values()) {
                assertThat(messages.get("form.error.amount." + reason.name(), "x")).doesNotStartWith("!");
            }
            for (ContractStatus status : ContractStatus.values()) {
                assertThat(messages.get("status." + status.name())).doesNotStartWith("!");
            }
        }
    }

    @Test
    void blankNewFormShowsNoMessageUntilTypedInOrSaveIsTried() {
        ContractFormViewModel form = form(Locale.ENGLISH);
        form.startNew(eventId);

        assertThat(form.messageProperty(ContractField.PROJECT_NAME).get()).isNull();
        assertThat(form.messageProperty(ContractField.AMOUNT).get()).isNull();

        form.amountProperty().set("5亿欧");

        assertThat(form.messageProperty(ContractField.AMOUNT).get()).contains("欧");
        assertThat(form.messageProperty(ContractField.PROJECT_NAME).get()).isNull();

        form.save();

        assertThat(form.messageProperty(ContractField.PROJECT_NAME).get()).isNotNull();
        assertThat(form.amountProperty().get()).isEqualTo("5亿欧");
        assertThat(service.list(eventId)).isEmpty();

        form.reset();

        assertThat(form.messageProperty(ContractField.PROJECT_NAME).get()).isNull();
        assertThat(form.messageProperty(ContractField.AMOUNT).get()).isNull();
    }

    @Test
    void aNewSectorIsAskedAboutOnceAndAnotherSpellingOfAKnownOneTakesItsSpelling() {
        stored("A", "1.00", 1);
        LiveContracts live = new LiveContracts(service, new CurrentThreadTaskExecutor());
        live.show(eventId);
        ContractFormViewModel form = form(Locale.SIMPLIFIED_CHINESE);
        form.follow(live);
        assertThat(form.knownValues(ContractField.SECTOR)).containsExactly("Robotics");
        assertThat(form.suggestions(ContractField.DISTRICT, "jiang")).containsExactly("Jiangning");

        form.startNew(eventId);
        form.projectNameProperty().set("B");
        form.amountProperty().set("5亿");
        form.sectorProperty().set("Ｒｏｂｏｔｉｃｓ ");
        form.districtProperty().set("Jiangnin");
        dialogs.answer = false;
        form.save();

        assertThat(form.sectorProperty().get()).isEqualTo("Robotics");
        assertThat(dialogs.questions).containsExactly(
                "“Jiangnin”还不是本活动的区域（已有：Jiangning）。添加为新区域吗？选“否”可改正：写法不同的区域会单独合计。");
        assertThat(service.list(eventId)).hasSize(1);

        dialogs.answer = true;
        form.save();
        form.districtProperty().set("Jiangnin ");
        assertThat(service.list(eventId)).extracting(Contract::district).containsExactly("Jiangning", "Jiangnin");
        assertThat(dialogs.questions).hasSize(2);
        live.close();
    }
}
