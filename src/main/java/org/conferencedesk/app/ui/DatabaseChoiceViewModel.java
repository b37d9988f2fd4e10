package org.conferencedesk.app.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.StorageException;

/**
 * Settings › Database… (issue 16): the embedded database file (the default) or a PostgreSQL server
 * shared by the team, by host, port, database and user. Never a password: it comes from
 * {@code PGPASSWORD} or {@code ~/.pgpass}, or is asked once when connecting, and is not stored.
 * The choice is checked as the command line's {@code --db} is ({@link DatabaseLocation#parse}), so
 * the same addresses work in both. Imports nothing from {@code javafx.scene}.
 */
public final class DatabaseChoiceViewModel {

    private final Messages messages;
    private final BooleanProperty server = new SimpleBooleanProperty(this, "server", false);
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", Integer.toString(DatabaseLocation.POSTGRESQL_DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canSave;

    /**
     * @param remembered the address chosen before ({@link Settings#database()}), or empty for the file
     * @param messages the window's {@code ui} bundle (the problems' sentences)
     */
    public DatabaseChoiceViewModel(Optional<String> remembered, Messages messages) {
        this.messages = messages;
        remembered.ifPresent(address -> {
            try {
                if (DatabaseLocation.parse(address) instanceof DatabaseLocation.PostgreSql pg) {
                    server.set(true);
                    host.set(pg.host());
                    port.set(Integer.toString(pg.port()));
                    database.set(pg.database());
                    user.set(pg.user().orElse(""));
                }
            } catch (StorageException e) {
                // A remembered address that no longer reads: the fields start empty.
            }
        });
        for (var p : new javafx.beans.Observable[] {server, host, port, database, user}) {
            p.addListener(o -> check());
        }
        canSave = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
        check();
    }

    /** True for a PostgreSQL server, false for the embedded file. */
    public BooleanProperty serverProperty() {
        return server;
    }

    /** The server's host name or address. */
    public StringProperty hostProperty() {
        return host;
    }

    /** The server's port (5432 when empty). */
    public StringProperty portProperty() {
        return port;
    }

    /** The database's name on the server. */
    public StringProperty databaseProperty() {
        return database;
    }

    /** The login (empty: PGUSER, else the system user, as psql does). */
    public StringProperty userProperty() {
        return user;
    }

    /** What to fix before OK, in a sentence; empty when the choice is complete. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether OK may be pressed. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /**
     * The choice as it is kept in the settings: the server's address without password, or empty for
     * the embedded file.
     *
     * @throws IllegalStateException if the choice is not complete ({@link #problemProperty()})
     */
    public Optional<String> address() {
        if (!problem.get().isEmpty()) {
            throw new IllegalStateException(problem.get());
        }
        return server.get() ? Optional.of(location().display()) : Optional.empty();
    }

    private void check() {
        if (!server.get()) {
            problem.set("");
            return;
        }
        if (host.get().isBlank()) {
            problem.set(messages.get("database.needHost"));
            return;
        }
        if (database.get().isBlank()) {
            problem.set(messages.get("database.needDatabase"));
            return;
        }
        String p = port.get().strip();
        if (!p.isEmpty() && !p.matches("[0-9]{1,5}")) {
            problem.set(messages.get("database.badPort", p));
            return;
        }
        try {
            location();
            problem.set("");
        } catch (StorageException e) {
            problem.set(e.sentence(messages.locale()));
        } catch (IllegalArgumentException e) {
            problem.set(messages.get("database.badPort", p));
        }
    }

    private DatabaseLocation.PostgreSql location() {
        String p = port.get().strip();
        String shownHost = host.get().strip().contains(":") ? "[" + host.get().strip() + "]" : host.get().strip();
        String written = "postgresql://" + (user.get().isBlank() ? "" : encode(user.get().strip()) + "@") + shownHost
                + (p.isEmpty() ? "" : ":" + p) + "/" + encode(database.get().strip());
        if (!(DatabaseLocation.parse(written) instanceof DatabaseLocation.PostgreSql pg)) {
            throw new IllegalArgumentException(written);
        }
        return pg;
    }

    private static String encode(String part) {
        return java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
