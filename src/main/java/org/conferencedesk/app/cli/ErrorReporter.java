package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into sentences on stderr and an exit code; never a stack trace on
 * stderr. Expected errors (bad input) exit with {@value ConferenceDeskCli#BAD_INPUT} and print their
 * own sentence: a rejected import prints every problem on its own line ({@code file, line N,
 * column "C": reason}) and then "Nothing was imported.". Anything else is a bug: one sentence on
 * stderr naming the log file, and the stack trace in the log.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    private final CliEnvironment environment;

    ErrorReporter(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Messages messages = Messages.of("cli", environment.locale());
        if (exception instanceof org.conferencedesk.importexport.DuplicateRowsException duplicates) {
            for (ImportProblem problem : duplicates.problems()) {
                err.println(problem.describe(environment.locale(), true));
            }
            err.println(messages.get("import.duplicatesHint", duplicates.duplicates().size()));
            err.println(messages.get("import.nothingImported"));
        } else if (exception instanceof ImportRejectedException rejected) {
            for (ImportProblem problem : rejected.problems()) {
                err.println(problem.describe(environment.locale(), true));
            }
            err.println(messages.get("import.nothingImported"));
        } else if (exception instanceof UserFacingException refused) {
            err.println(refused.sentence(environment.locale()));
        } else if (exception instanceof AmountFormatException) {
            err.println(exception.getMessage());
        } else if (exception instanceof StorageException storage) {
            // The sentence says what happened and what to do; H2's or Flyway's words go to the log only.
            log().warn("Storage error", exception);
            err.println(storage.sentence(environment.locale()));
        } else if (exception instanceof UncheckedIOException io) {
            log().warn("File error", exception);
            // Our services say which file and why; a bare cause from elsewhere gets our sentence.
            err.println(io.getMessage() != null && !io.getMessage().equals(String.valueOf(io.getCause()))
                    ? io.getMessage() : messages.get("error.io", describe(io.getCause())));
        } else if (refusedByRole(exception)) {
            // A write through plain JDBC (the imports' batches) that the login's group may not make (roles, issue 16).
            log().warn("Refused by the server's roles", exception);
            err.println(messages.get("roles.notAllowed"));
        } else {
            log().error("Unexpected error running: " + String.join(" ", parseResult.originalArgs()), exception);
            err.println(messages.get("error.unexpected", describe(exception), environment.logFile()));
        }
        err.flush();
        return ConferenceDeskCli.BAD_INPUT;
    }

    /** Whether the server refused the change for the login's rights (SQLSTATE 42501), anywhere in the causes. */
    private static boolean refusedByRole(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException || t instanceof java.nio.file.AccessDeniedException) {
            return t.getClass().getSimpleName().replace("Exception", "") + ": " + message;
        }
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(ErrorReporter.class);
    }
}
