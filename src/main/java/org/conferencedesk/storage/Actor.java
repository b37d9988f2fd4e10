package org.conferencedesk.storage;

/**
 * Who is making changes, as the audit trail names them. Given once by the composition root: the
 * window names the operating-system user, the command line adds "(command line)".
 */
@FunctionalInterface
public interface Actor {

    /** What {@link #commandLine()} adds after the user's name, as stored in the audit trail. */
    String COMMAND_LINE_SUFFIX = " (command line)";

    /** The name recorded in the audit trail, at most 200 characters (longer names are cut). */
    String name();

    /** The operating-system user of the window ({@code user.name}), e.g. {@code "wang.li"}. */
    static Actor osUser() {
        return () -> systemUser();
    }

    /** The operating-system user running a command: {@code "wang.li (command line)"}. */
    static Actor commandLine() {
        return () -> systemUser() + COMMAND_LINE_SUFFIX;
    }

    /**
     * On a shared PostgreSQL database (issue 16), the database login in place of the operating-system user:
     * {@code "wang_li"}, or {@code "wang_li (command line)"} when {@code actor} is {@link #commandLine()}. The
     * login is what the server knows and enforces the roles by ({@code current_user}); on a file the
     * operating-system user is kept.
     *
     * @param database the open database; asked once for its {@code current_user}
     */
    static Actor databaseUser(Database database, Actor actor) {
        if (!database.onServer()) {
            return actor;
        }
        String login = database.dsl().fetchValue(org.jooq.impl.DSL.field("current_user", String.class));
        boolean commandLine = actor.name().endsWith(COMMAND_LINE_SUFFIX);
        String name = login + (commandLine ? COMMAND_LINE_SUFFIX : "");
        return () -> name;
    }

    /** A fixed name (tests, tools). */
    static Actor named(String name) {
        return () -> name;
    }

    private static String systemUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user.strip();
    }
}
