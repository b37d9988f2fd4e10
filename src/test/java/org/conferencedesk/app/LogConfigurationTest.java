package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogConfigurationTest {

    @Test
    void ourInfoAndTheLibrariesWarningsGoToTheLogFileInUtf8() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("日志"));
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's service provider does
        LogConfiguration.configure(context, folder);

        context.getLogger("org.conferencedesk.guests.GuestService").info("导入 326 位嘉宾");
        context.getLogger("org.conferencedesk.guests.GuestService").debug("not at INFO");
        context.getLogger("org.flywaydb.core.Flyway").info("Migrating schema");
        context.getLogger("org.h2.engine.Database").info("not at WARN");
        context.getLogger("org.h2.engine.Database").warn("H2 warns");
        context.getLogger("org.jooq.Constants").error("banner");
        context.stop();

        java.util.List<String> lines = Files.readAllLines(folder.resolve("conferencedesk.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  \\[.+\\] o\\.conferencedesk\\.guests\\.GuestService - 导入 326 位嘉宾");
        assertThat(lines.get(1)).endsWith("Migrating schema");
        assertThat(lines.get(2)).contains("WARN ").endsWith("H2 warns");
    }

    @TempDir
    Path temp;
}
