package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Test
    void fileDatabaseIsCreatedMigratedAndKeepsDataAcrossRestarts(@TempDir Path folder) {
        Path file = folder.resolve("nested/data/conferencedesk");

        try (Database database = Database.openFile(file)) {
            new EventRepository(database.dsl()).insert(Event.named("WIMC 2020"));
        }
        assertThat(Files.exists(folder.resolve("nested/data/conferencedesk.mv.db"))).isTrue();

        try (Database reopened = Database.openFile(folder.resolve("nested/data/conferencedesk.mv.db"))) {
            assertThat(new EventRepository(reopened.dsl()).findAll()).extracting(Event::name).containsExactly("WIMC 2020");
        }
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database database = Database.openInMemory("rollback-test")) {
            EventRepository events = new EventRepository(database.dsl());
            try {
                database.inTransaction(tx -> {
                    events.within(tx).insert(Event.named("Half"));
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                assertThat(expected).hasMessage("boom");
            }
            assertThat(events.count()).isZero();
        }
    }

    @Test
    void dataFolderFollowsEachPlatformsConvention() {
        assertThat(DataFolder.forPlatform("Linux", "/home/li", Map.of()))
                .isEqualTo(Path.of("/home/li/.local/share/ConferenceDesk"));
        assertThat(DataFolder.forPlatform("Linux", "/home/li", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/ConferenceDesk"));
        assertThat(DataFolder.forPlatform("Windows 11", "C:\\Users\\li", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/ConferenceDesk"));
        assertThat(DataFolder.forPlatform("Mac OS X", "/Users/li", Map.of()))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/ConferenceDesk"));
    }

    @Test
    void databaseChoiceIsCommandLineThenEnvironmentThenDataFolder() {
        assertThat(DataFolder.resolveDatabase("/tmp/a", Map.of("CONFERENCEDESK_DB", "/tmp/b"))).isEqualTo(Path.of("/tmp/a"));
        assertThat(DataFolder.resolveDatabase(null, Map.of("CONFERENCEDESK_DB", "/tmp/b"))).isEqualTo(Path.of("/tmp/b"));
        assertThat(DataFolder.resolveDatabase(null, Map.of()).getFileName().toString()).isEqualTo("conferencedesk");
    }
}
