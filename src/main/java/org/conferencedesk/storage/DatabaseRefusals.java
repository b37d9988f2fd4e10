package org.conferencedesk.storage;

import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * Reads the refusals that the database's own guards raise (the award freeze, the signing-session and
 * figure-snapshot guards): an {@link SQLException} with a SQLSTATE of the guard's and a message that
 * starts with a code, {@code "AWARD_FROZEN: …"}. On H2 the guard is a Java trigger and the message is
 * its own; on PostgreSQL it is a PL/pgSQL {@code RAISE} and the driver decorates the message
 * ({@code "ERROR: AWARD_FROZEN: …\n  Where: PL/pgSQL function …"}): the server's primary message is
 * read instead, so both databases read alike.
 */
public final class DatabaseRefusals {

    private DatabaseRefusals() {
    }

    /**
     * The first of {@code codes} that a refusal in {@code failure}'s causes starts with.
     *
     * @param failure what the database access threw (any wrapping: jOOQ's, a service's)
     * @param sqlState the guard's SQLSTATE, e.g. {@code 45000}
     * @param codes the guard's codes, the longest first where one starts another
     * @return the code, or empty if {@code failure} is no such refusal
     */
    public static Optional<String> code(Throwable failure, String sqlState, Collection<String> codes) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException e && sqlState.equals(e.getSQLState())) {
                String message = message(e);
                for (String code : codes) {
                    if (message != null && message.startsWith(code + ":")) {
                        return Optional.of(code);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True if {@code failure} (in any wrapping) is the database refusing a row because of the unique
     * constraint {@code constraint} (SQLSTATE 23505 on both H2 and PostgreSQL; the name compared
     * without regard to case, as H2 reports it in upper case and PostgreSQL in lower).
     */
    public static boolean violates(Throwable failure, String constraint) {
        String wanted = constraint.toLowerCase(java.util.Locale.ROOT);
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException e && "23505".equals(e.getSQLState())) {
                String message = e instanceof PSQLException pg && pg.getServerErrorMessage() != null
                        && pg.getServerErrorMessage().getConstraint() != null
                        ? pg.getServerErrorMessage().getConstraint() : e.getMessage();
                if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The database's own message of {@code e}: PostgreSQL's primary message without the driver's decoration. */
    public static String message(SQLException e) {
        if (e instanceof PSQLException pg && pg.getServerErrorMessage() != null) {
            return pg.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }
}
