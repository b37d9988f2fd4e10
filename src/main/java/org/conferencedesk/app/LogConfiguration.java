package org.conferencedesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The application's logging, set up in code (logback's {@link Configurator} service, found through
 * {@code META-INF/services}) instead of a {@code logback.xml}: reading the XML loaded ~120 XML-parser
 * and ~200 more logback classes and parsed the file at every start of the window and every command
 * (issue 15, docs/BENCHMARKS.md "Commands").
 *
 * <p>Logs go to a rotating file in the data folder ({@code logs/conferencedesk.log}, 5 MB per file,
 * 14 days, 50 MB in all; {@link Main} sets {@value Main#LOG_FOLDER_PROPERTY} before anything logs),
 * UTF-8. Nothing goes to the console: stdout carries the command line's output (JSON), stderr its
 * sentences for the user; logback's own status messages are dropped. Our own code logs at INFO (and
 * Flyway), the libraries (H2, jOOQ, POI) only when something is wrong (WARN), jOOQ's banner never.
 *
 * <p>Left to logback's usual files instead: when {@code -Dlogback.configurationFile=FILE} is given
 * (to look closer at something), and in tests ({@code logback-test.xml} on the class path), unless
 * {@code -Dconferencedesk.productionLogging=true} (tests that start the real program in a process).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {

    /** The log file's line: time, level, thread, logger, message. */
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    /** Created by logback's service loader. */
    public LogConfiguration() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || (!Boolean.getBoolean("conferencedesk.productionLogging")
                        && LogConfiguration.class.getClassLoader().getResource("logback-test.xml") != null)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(Main.LOG_FOLDER_PROPERTY);
        configure(context, folder != null ? Path.of(folder)
                : Path.of(System.getProperty("user.home"), ".local", "share", "ConferenceDesk", "logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the class comment says, writing into {@code folder}. */
    static void configure(LoggerContext context, Path folder) {
        context.getStatusManager().add(new NopStatusListener());

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("conferencedesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("conferencedesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        file.setEncoder(encoder);
        file.setRollingPolicy(rolling);
        file.start();

        context.getLogger("org.conferencedesk").setLevel(Level.INFO);
        context.getLogger("org.flywaydb").setLevel(Level.INFO);
        context.getLogger("org.jooq.Constants").setLevel(Level.OFF);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }
}
