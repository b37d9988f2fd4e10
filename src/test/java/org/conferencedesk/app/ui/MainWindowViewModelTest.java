package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private LiveContracts live;
    private final CurrentEvent current = new CurrentEvent();
    private Settings settings;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

    @BeforeEach
    void open() {
        context = new AppContext(Database.openInMemory("main-" + UUID.randomUUID()));
        live = new LiveContracts(context.contracts(), executor);
        // As the window wires them (Shell): the live lists follow the current event.
        current.idProperty().addListener((o, was, id) -> {
            if (id != null) {
                live.show(id);
            }
        });
        settings = Settings.load(dir.resolve(Settings.FILE_NAME));
    }

    @AfterEach
    void close() {
        live.close();
        context.close();
    }

    private MainWindowViewModel model(Locale locale) {
        return new MainWindowViewModel(context.events(), current, settings, executor, dialogs, Messages.of("ui", locale));
    }

    private Event wimc2020() {
        return context.events().create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
    }

    @Test
    void emptyDatabaseAsksForTheFirstEvent() {
        MainWindowViewModel model = model(Locale.ENGLISH);

        model.start(List.of());

        assertThat(model.firstEventNeededProperty().get()).isTrue();
        assertThat(model.headerTitleProperty().get()).isEqualTo("No event yet");
        assertThat(model.windowTitleProperty().get()).isEqualTo("ConferenceDesk");
    }

    @Test
    void headerShowsNameDatesCityAndVenueInTheWindowsLanguage() {
        Event event = wimc2020();

        MainWindowViewModel zh = model(Locale.SIMPLIFIED_CHINESE);
        zh.start(List.of(event));
        assertThat(zh.headerTitleProperty().get()).isEqualTo("2020世界智能制造大会");
        assertThat(zh.headerDetailsProperty().get()).isEqualTo("2020年11月26日 – 2020年11月28日 · 南京 · 南京国际博览中心");
        assertThat(zh.windowTitleProperty().get()).isEqualTo("ConferenceDesk 会务通 — WIMC 2020");

        MainWindowViewModel en = model(Locale.ENGLISH);
        en.start(List.of(event));
        assertThat(en.headerDetailsProperty().get()).isEqualTo("November 26, 2020 – November 28, 2020 · 南京 · 南京国际博览中心");
    }

    @Test
    void creatingTheFirstEventShowsItAndRemembersIt() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.start(List.of());
        List<String> refusals = new ArrayList<>();

        model.createEvent(Event.named("WIMC 2021"), refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(model.firstEventNeededProperty().get()).isFalse();
        assertThat(model.currentEventProperty().get().name()).isEqualTo("WIMC 2021");
        assertThat(current.id()).isEqualTo(model.currentEventProperty().get().id());
        assertThat(live.eventIdProperty().get()).isEqualTo(current.id());
        assertThat(Settings.load(settings.file()).lastEventId()).hasValue(model.currentEventProperty().get().id());
    }

    @Test
    void aTakenNameIsRefusedWithASentenceAndNothingChanges() {
        Event existing = wimc2020();
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.start(List.of(existing));
        List<String> refusals = new ArrayList<>();

        model.createEvent(Event.named("2020世界智能制造大会"), refusals::add);

        assertThat(refusals).containsExactly(
                "An event named \"2020世界智能制造大会\" exists already; choose another name.");
        assertThat(model.currentEventProperty().get().id()).isEqualTo(existing.id());
        assertThat(context.events().list()).hasSize(1);
    }

    @Test
    void theRememberedEventIsShownAtStartAndSwitchingRepointsTheLiveContracts() throws IOException {
        Event first = wimc2020();
        Event second = context.events().create(Event.named("WIMC 2021"));
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "项目名称,金额\n智能装备产业园,5.2亿\n机器人小镇,3500万\n", StandardCharsets.UTF_8);
        context.contractImport().importFile(second.id(), csv, ImportOptions.DETECT, ProgressMonitor.NONE, java.util.Locale.ENGLISH).added();
        settings.setLastEventId(second.id());

        MainWindowViewModel model = model(Locale.SIMPLIFIED_CHINESE);
        model.start(context.events().list());
        assertThat(model.currentEventProperty().get().name()).isEqualTo("WIMC 2021");
        assertThat(live.contracts()).hasSize(2);

        model.switchTo(first);

        assertThat(current.get()).isEqualTo(first);
        assertThat(current.zone()).isEqualTo(Event.DEFAULT_TIME_ZONE);
        assertThat(live.eventIdProperty().get()).isEqualTo(first.id());
        assertThat(live.contracts()).isEmpty();
        assertThat(Settings.load(settings.file()).lastEventId()).hasValue(first.id());
    }
}
