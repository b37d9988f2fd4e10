package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guests' part of the summary report counts an event's own categories, and its counts add up. */
class GuestReportSectionCategoriesTest {

    private Database database;
    private GuestService guests;
    private long eventId;

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        guests = new GuestService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void guest(String name, GuestCategory category) {
        Guest g = Guest.named(eventId, name);
        guests.save(new Guest(null, eventId, g.fullName(), null, null, null, null, category, null, g.attendance(),
                g.invitationStatus(), null, null, null, null, null));
    }

    @Test
    void anEventsOwnCategoryIsCountedUnderItsNameInTheLineAndTheTable() {
        guest("周济", GuestCategory.ACADEMICIAN);
        guest("李开复", GuestCategory.of("演讲嘉宾"));
        guest("王坚", GuestCategory.of("演讲嘉宾"));

        ReportSection.Part part = new GuestReportSection(guests).read(eventId, Locale.SIMPLIFIED_CHINESE);

        assertThat(((ReportBlock.Text) part.headline().get(0)).text()).startsWith("嘉宾 3 位，其中院士 1 位、演讲嘉宾 2 位；");
        ReportBlock.Table table = part.body().stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).findFirst().orElseThrow();
        List<String> rows = table.rows().stream().map(r -> r.cells().get(0).text() + " " + r.cells().get(1).text()).toList();
        assertThat(rows).contains("院士 1", "专家 0", "其他 0", "演讲嘉宾 2");
        assertThat(rows.get(rows.size() - 1)).endsWith(" 3");
    }
}
