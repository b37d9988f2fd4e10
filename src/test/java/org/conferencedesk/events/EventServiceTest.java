package org.conferencedesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventServiceTest {

    private Database database;
    private EventService events;

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        events = new EventService(new EventRepository(database.dsl()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createdEventIsStoredWithItsDatesAndShanghaiTimeZone() {
        Event created = events.create(new Event(null, "2020 World Intelligent Manufacturing Conference", "WIMC 2020",
                "南京", "南京国际博览中心", LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), null));

        Event read = events.find(created.id()).orElseThrow();
        assertThat(read.shortName()).isEqualTo("WIMC 2020");
        assertThat(read.city()).isEqualTo("南京");
        assertThat(read.endDate()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(read.timeZone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(events.findByName("WIMC 2020")).contains(read);
    }

    @Test
    void secondEventWithTheSameNameIsRefused() {
        events.create(Event.named("WIMC 2020"));

        assertThatThrownBy(() -> events.create(Event.named(" WIMC 2020 ")))
                .isInstanceOf(EventException.class)
                .hasMessageContaining("exists already");
        assertThat(events.list()).hasSize(1);
    }

    @Test
    void eventEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Event(null, "X", null, null, null,
                LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 26), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void chooseCreatesDefaultEventOnlyWhenAskedTo() {
        assertThatThrownBy(() -> events.choose(null, false)).hasMessageContaining("no event yet");

        Event chosen = events.choose(null, true);

        assertThat(chosen.name()).isEqualTo(EventService.DEFAULT_EVENT_NAME);
        assertThat(events.choose(null, false)).isEqualTo(chosen);
    }

    @Test
    void chooseNeedsANameWhenThereAreSeveralEvents() {
        events.create(Event.named("WIMC 2020"));
        events.create(Event.named("WIMC 2021"));

        assertThatThrownBy(() -> events.choose(null, false))
                .hasMessageContaining("--event")
                .hasMessageContaining("\"WIMC 2021\"");
        assertThatThrownBy(() -> events.choose("WIMC 1999", false)).hasMessageContaining("no event named \"WIMC 1999\"");
        assertThat(events.choose("WIMC 2021", false).name()).isEqualTo("WIMC 2021");
    }
}
