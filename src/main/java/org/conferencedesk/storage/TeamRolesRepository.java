package org.conferencedesk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.conferencedesk.storage.generated.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The team's roles on a shared PostgreSQL database (issue 16), enforced by the server itself: four
 * group roles (NOLOGIN) with GRANTs on the tables, and logins that are members of one group. A login
 * gets nothing but what its group was granted, whichever program it connects with.
 *
 * <ul>
 * <li>{@link Group#SECRETARIAT}: reads and writes every table.</li>
 * <li>{@link Group#DATA_ENTRY}: reads everything; writes guests, exhibitors (halls, booths, bookings,
 *     rates, deposits) and contracts (signing sessions); nothing of the awards (so no deletion of a
 *     signed-off result), the event, the announced figures or the frozen figures.</li>
 * <li>{@link Group#AWARD_COMMITTEE}: reads everything; writes the awards' tables only.</li>
 * <li>{@link Group#READ_ONLY}: reads everything (the ceremony screen, reports); writes nothing.</li>
 * </ul>
 * The audit trail is append-only for every group (SELECT, INSERT). Tables are classified by name; a
 * table this class does not know (added later) is written by the secretariat only, read by all.
 * Group names carry the database's name ({@code wimc_secretariat} for database {@code wimc}), because
 * PostgreSQL roles belong to the whole server and one server may hold several databases.
 */
public final class TeamRolesRepository {

    /** The groups, each with the word the command line takes. */
    public enum Group {
        SECRETARIAT("secretariat"),
        DATA_ENTRY("data-entry"),
        AWARD_COMMITTEE("award-committee"),
        READ_ONLY("read-only");

        private final String word;

        Group(String word) {
            this.word = word;
        }

        /** The word on the command line, e.g. {@code "data-entry"}. */
        public String word() {
            return word;
        }

        /** The group named by {@code word} ({@code "data-entry"}, also {@code "data_entry"}), or null. */
        public static Group of(String word) {
            String wanted = word.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Group g : values()) {
                if (g.word.equals(wanted)) {
                    return g;
                }
            }
            return null;
        }
    }

    /** Tables the data entry group writes (guests, exhibitors, contracts and what hangs on them). */
    private static final Set<String> DATA_ENTRY_TABLES = Set.of("guest", "guest_merge", "guest_distinct", "exhibitor", "hall",
            "booth", "booking_day", "booth_rate", "exhibitor_deposit", "contract", "signing_session");
    private static final String AUDIT_TABLE = "audit_entry";

    private final Database database;
    private final DSLContext dsl;

    /**
     * @throws StorageException with a sentence if {@code database} is not on a PostgreSQL server
     */
    public TeamRolesRepository(Database database) {
        if (!database.onServer()) {
            throw StorageException.withSentence(null, "roles.needServer", database.description());
        }
        this.database = database;
        this.dsl = database.dsl();
    }

    /** The group role's name on the server, e.g. {@code wimc_data_entry}. */
    public String roleName(Group group) {
        String db = dsl.fetchValue(DSL.field("current_database()", String.class));
        String prefix = db.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return prefix + "_" + group.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates the four group roles if missing and grants each its tables, again from scratch (run it
     * again after an upgrade that adds tables). Connecting to the database is then for the groups' members
     * (and the owner) only.
     *
     * @return the group roles' names by group
     * @throws org.jooq.exception.DataAccessException if the login may not create roles (it needs CREATEROLE
     *         and must own the tables: the database's owner or a superuser)
     */
    public Map<Group, String> createGroups() {
        Map<Group, String> names = new TreeMap<>();
        database.inTransaction(tx -> {
            Name db = DSL.name(tx.fetchValue(DSL.field("current_database()", String.class)));
            List<String> tables = tables();
            for (Group group : Group.values()) {
                String role = roleName(group);
                names.put(group, role);
                Name r = DSL.name(role);
                if (!tx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_roles")))
                        .where(DSL.field(DSL.name("rolname")).eq(role)))) {
                    tx.execute("CREATE ROLE {0} NOLOGIN", r);
                }
                tx.execute("GRANT CONNECT ON DATABASE {0} TO {1}", db, r);
                tx.execute("GRANT USAGE ON SCHEMA public TO {0}", r);
                tx.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {0}", r);
                tx.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {0}", r);
                tx.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {0}", r);
                for (String table : tables) {
                    if (table.equals(AUDIT_TABLE)) {
                        if (group != Group.READ_ONLY) {
                            tx.execute("GRANT INSERT ON {0} TO {1}", DSL.name(table), r);
                        }
                    } else if (writes(group, table)) {
                        tx.execute("GRANT INSERT, UPDATE, DELETE ON {0} TO {1}", DSL.name(table), r);
                    }
                }
                if (group != Group.READ_ONLY) {
                    tx.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {0}", r);
                }
            }
            tx.execute("REVOKE CONNECT ON DATABASE {0} FROM PUBLIC", db);
            return null;
        });
        return names;
    }

    /**
     * Creates a login in {@code group}, or adds an existing login to it.
     *
     * @param login the login's name as the user will type it (e.g. {@code wang_li}); kept as written
     * @param password its password (scram-sha-256 on the server); ignored for an existing login
     * @return true if the login was created, false if it existed and was added to the group
     * @throws StorageException with a sentence if the groups were not created first, or the name is not
     *         lower-case letters, digits and underscores (PostgreSQL would otherwise need it quoted at every login)
     */
    public boolean addLogin(String login, char[] password, Group group) {
        if (!login.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw StorageException.withSentence(null, "roles.badLogin", login);
        }
        String role = roleName(group);
        return database.inTransaction(tx -> {
            if (!roleExists(tx, role)) {
                throw StorageException.withSentence(null, "roles.noGroups", database.description());
            }
            boolean exists = roleExists(tx, login);
            if (!exists) {
                tx.execute("CREATE ROLE {0} LOGIN PASSWORD {1}", DSL.name(login), DSL.inline(new String(password)));
            }
            tx.execute("GRANT {0} TO {1}", DSL.name(role), DSL.name(login));
            return !exists;
        });
    }

    /**
     * The members of each group (logins), sorted.
     */
    public Map<Group, List<String>> members() {
        Map<Group, List<String>> members = new TreeMap<>();
        for (Group group : Group.values()) {
            members.put(group, dsl.fetch("SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid"
                    + " JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = {0} ORDER BY m.rolname",
                    DSL.inline(roleName(group))).getValues(0, String.class));
        }
        return members;
    }

    private static boolean roleExists(DSLContext tx, String role) {
        return tx.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("pg_roles"))).where(DSL.field(DSL.name("rolname")).eq(role)));
    }

    private static boolean writes(Group group, String table) {
        return switch (group) {
            case SECRETARIAT -> true;
            case DATA_ENTRY -> DATA_ENTRY_TABLES.contains(table);
            case AWARD_COMMITTEE -> table.startsWith("award_");
            case READ_ONLY -> false;
        };
    }

    /** The application's tables (lower-case SQL names), from the schema the code was generated from. */
    private static List<String> tables() {
        List<String> names = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            names.add(table.getName().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
