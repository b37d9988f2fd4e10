package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void aPostgreSqlAddressNamesHostPortAndDatabase() {
        assertThat(DatabaseLocation.parse("postgresql://db.example.org:6543/wimc"))
                .isEqualTo(new DatabaseLocation.PostgreSql("db.example.org", 6543, "wimc", Optional.empty()));
        DatabaseLocation.PostgreSql withUser = (DatabaseLocation.PostgreSql) DatabaseLocation.parse("postgres://secretariat@10.0.0.5/wimc_2020");
        assertThat(withUser).isEqualTo(new DatabaseLocation.PostgreSql("10.0.0.5", 5432, "wimc_2020", Optional.of("secretariat")));
        assertThat(withUser.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/wimc_2020");
        assertThat(withUser.display()).isEqualTo("postgresql://secretariat@10.0.0.5:5432/wimc_2020");
        assertThat(((DatabaseLocation.PostgreSql) DatabaseLocation.parse("postgresql://[::1]:5433/wimc")).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/wimc");
    }

    @Test
    void anythingElseIsAFile() {
        assertThat(DatabaseLocation.parse("/data/wimc.mv.db")).isEqualTo(new DatabaseLocation.H2File(Path.of("/data/wimc.mv.db")));
        assertThat(DatabaseLocation.parse("wimc")).isEqualTo(new DatabaseLocation.H2File(Path.of("wimc")));
    }

    @Test
    void theLoginIsTheAddresssElsePgUserElseTheSystemUser() {
        DatabaseLocation.PostgreSql noUser = (DatabaseLocation.PostgreSql) DatabaseLocation.parse("postgresql://h/d");
        assertThat(noUser.login(Map.of("PGUSER", "desk1"))).isEqualTo("desk1");
        assertThat(noUser.login(Map.of())).isEqualTo(System.getProperty("user.name"));
        assertThat(((DatabaseLocation.PostgreSql) DatabaseLocation.parse("postgresql://me@h/d")).login(Map.of("PGUSER", "desk1")))
                .isEqualTo("me");
    }

    @Test
    void aMalformedAddressIsRefusedSayingHowToWriteIt() {
        for (String bad : new String[] {"postgresql://", "postgresql://host", "postgresql://host/", "postgresql:///wimc",
                "postgresql://host:99999/wimc", "postgresql://host/a/b", "postgresql://host/wimc?ssl=true"}) {
            assertThatThrownBy(() -> DatabaseLocation.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                            .contains("is not a PostgreSQL database address", "postgresql://HOST[:PORT]/DATABASE"));
        }
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://host/wimc?ssl=true"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .startsWith("“postgresql://host/wimc?ssl=true”不是 PostgreSQL 数据库地址"));
    }

    @Test
    void aPasswordInTheAddressIsRefused() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://me:secret@host/wimc"))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.sentence(Locale.ENGLISH)).contains("PGPASSWORD", "~/.pgpass");
                });
    }

    @Test
    void dbOptionBeforeVariableBeforeDefault() {
        assertThat(DatabaseLocation.resolve("postgresql://a/b", Map.of("CONFERENCEDESK_DB", "/x/y")))
                .isInstanceOf(DatabaseLocation.PostgreSql.class);
        assertThat(DatabaseLocation.resolve(null, Map.of("CONFERENCEDESK_DB", "postgresql://a/b")))
                .isEqualTo(new DatabaseLocation.PostgreSql("a", 5432, "b", Optional.empty()));
        assertThat(DatabaseLocation.resolve(null, Map.of())).isInstanceOf(DatabaseLocation.H2File.class);
    }
}
