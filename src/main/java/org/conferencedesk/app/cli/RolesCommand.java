package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.StorageException;
import org.conferencedesk.storage.TeamRolesRepository;
import org.conferencedesk.storage.TeamRolesRepository.Group;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code roles create|login|list} on a shared PostgreSQL database (issue 16): the team's roles, enforced
 * by the server ({@link TeamRolesRepository}). {@code create} makes the four groups and their grants (run
 * again after an upgrade), {@code login NAME --group GROUP} makes a login in a group (password from
 * {@code CONFERENCEDESK_NEW_PASSWORD}, else typed twice), {@code list} shows each group's logins. On a
 * database file it says that roles need a shared database.
 */
@Command(name = "roles", subcommands = {RolesCommand.Create.class, RolesCommand.Login.class, RolesCommand.ListMembers.class})
final class RolesCommand {

    private RolesCommand() {
    }

    /** Opens the shared database of {@code --db}, refusing a file with a sentence. */
    static Database open(CommandSpec spec) {
        ConferenceDeskCommand root = Commands.root(spec);
        DatabaseLocation location = root.location();
        if (!(location instanceof DatabaseLocation.PostgreSql server)) {
            throw new StorageException(root.messages().get("roles.fileDatabase", location.display()), null);
        }
        return Database.openPostgreSql(server, root.environment().environment());
    }

    /** Runs {@code work} over the roles of the shared database of {@code --db}, printing to the command's output. */
    static Integer withRoles(CommandSpec spec, java.util.function.BiConsumer<TeamRolesRepository, PrintWriter> work) {
        try (Database database = open(spec)) {
            PrintWriter out = spec.commandLine().getOut();
            work.accept(new TeamRolesRepository(database), out);
            out.flush();
        }
        return ConferenceDeskCli.OK;
    }

    @Command(name = "create")
    static final class Create implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            return withRoles(spec, (roles, out) -> {
                Map<Group, String> groups = roles.createGroups();
                out.println(root.messages().get("roles.created", root.location().display()));
                groups.forEach((group, role) -> out.println(root.messages().get("roles.group", group.word(), role,
                        root.messages().get("roles.rights." + group.word()))));
            });
        }
    }

    @Command(name = "login")
    static final class Login implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.loginName")
        private String name;

        @Option(names = "--group", required = true, paramLabel = "GROUP", descriptionKey = "option.roleGroup")
        private String group;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Group chosen = Group.of(group);
            if (chosen == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), root.messages().get("roles.badGroup", group,
                        String.join(", ", Arrays.stream(Group.values()).map(Group::word).toList())));
            }
            return withRoles(spec, (roles, out) -> {
                char[] password = root.passwords().fresh();
                try {
                    boolean created = roles.addLogin(name, password, chosen);
                    out.println(root.messages().get(created ? "roles.loginCreated" : "roles.loginAdded",
                            name, chosen.word(), roles.roleName(chosen)));
                } finally {
                    Arrays.fill(password, '\0');
                }
            });
        }
    }

    @Command(name = "list")
    static final class ListMembers implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            return withRoles(spec, (roles, out) -> {
                for (Map.Entry<Group, List<String>> e : roles.members().entrySet()) {
                    out.println(root.messages().get("roles.members", e.getKey().word(), roles.roleName(e.getKey()),
                            e.getValue().isEmpty() ? "—" : String.join(", ", e.getValue())));
                }
            });
        }
    }
}
