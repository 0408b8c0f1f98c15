package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.refunddesk.store.AuditEntry;
import org.refunddesk.store.CaseAudit;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.TeamTransfer;

/**
 * {@code team}: a group's shared PostgreSQL server (issue 16). The server: {@code --server postgresql://host:port/db}
 * or {@code REFUNDDESK_SERVER}; the login role: the address's user, {@code --user}, {@code PGUSER} or the system user;
 * the password: {@code --password-file FILE} or {@code PGPASSWORD} (never on the command line).
 * <ul>
 * <li>{@code team init}: the owner creates or updates the schema, the two group roles and row-level security</li>
 * <li>{@code team add-helper NAME} / {@code team add-coordinator NAME}: a coordinator adds a person (a one-time
 * password is printed unless {@code --new-password-file FILE} gives it)</li>
 * <li>{@code team members}, {@code team status}, {@code team audit CASEID [--json]}</li>
 * <li>{@code team push} / {@code team pull}: copy this computer's store to the server / the server's cases here</li>
 * </ul>
 */
public final class TeamCommand implements CliCommand {
    public static final String ENV_SERVER = ServerOptions.ENV_SERVER;
    private static final Set<String> VALUED = Set.of("--server", "--user", "--password-file", "--new-password-file");
    private static final Set<String> FLAGS = Set.of("--json");

    /** Made when the audit trail is printed: every command is constructed at start, few of them print JSON (issue 14). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private final Map<String, String> environment;

    public TeamCommand() {
        this(System.getenv());
    }

    /** With the environment to read REFUNDDESK_SERVER, PGUSER and PGPASSWORD from (tests pass their own). */
    public TeamCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "team";
    }

    @Override
    public String summary() {
        return "team init|status|members|add-helper NAME|add-coordinator NAME|audit CASEID [--json]|push|pull"
                + " --server postgresql://host:port/db [--user U] [--password-file F]   the shared team server";
    }

    @Override
    public int run(List<String> raw, CliContext context) throws Exception {
        Args args = Args.parse(raw, VALUED, FLAGS);
        String action = args.positional(0, "team action (init, status, members, add-helper, add-coordinator, audit, push, pull)");
        ServerLogin login = login(args, context);
        Path cache = ServerOptions.cacheDir(context.dataDir());
        switch (action) {
            case "init" -> {
                args.expectPositionals(1);
                try (Database db = Database.openServer(login, cache, context.clock(), true)) {
                    context.out().println(context.messages().get("team.init.done", login.address().label(), db.schemaVersion()));
                }
            }
            case "status" -> {
                args.expectPositionals(1);
                try (Database db = Database.openServer(login, cache, context.clock(), false)) {
                    context.out().println(storeLabel(db, context));
                }
            }
            case "members" -> {
                args.expectPositionals(1);
                try (Database db = Database.openServer(login, cache, context.clock(), false)) {
                    for (TeamMembers.Member m : new TeamMembers(db).list()) {
                        context.out().println(m.name() + "\t" + context.messages().get(
                                "team.member.kind." + (m.coordinator() ? "coordinator" : "helper")));
                    }
                }
            }
            case "add-helper", "add-coordinator" -> {
                args.expectPositionals(2);
                String member = args.positional(1, "name of the person to add");
                boolean coordinator = action.equals("add-coordinator");
                char[] password = args.option("--new-password-file")
                        .map(f -> PassphraseFile.read(Path.of(f), "--new-password-file")).orElse(null);
                boolean generated = password == null;
                if (generated) {
                    password = TeamMembers.generatePassword();
                }
                try (Database db = Database.openServer(login, cache, context.clock(), false)) {
                    new TeamMembers(db).add(member, password, coordinator);
                    context.out().println(context.messages().get("team.member.added", context.messages().get(
                            "team.member.kind." + (coordinator ? "coordinator" : "helper")), member));
                    if (generated) {
                        context.out().println(context.messages().get("team.member.password", new String(password)));
                    }
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            case "audit" -> {
                args.expectPositionals(2);
                UUID caseId = caseId(args.positional(1, "case id"));
                try (Database db = Database.openServer(login, cache, context.clock(), false)) {
                    List<AuditEntry> trail = new CaseAudit(db).forCase(caseId);
                    if (args.flag("--json")) {
                        context.out().println(Json.MAPPER.writeValueAsString(trail.stream().map(TeamCommand::json).toList()));
                    } else {
                        for (AuditEntry e : trail) {
                            context.out().println(e.at() + "\t" + e.who() + "\t" + e.action()
                                    + (e.what() == null ? "" : "\t" + e.what()));
                        }
                    }
                }
            }
            case "push", "pull" -> {
                args.expectPositionals(1);
                try (Database server = Database.openServer(login, cache, context.clock(), false);
                     Database local = StoreAccess.openLocal(context)) {
                    TeamTransfer transfer = new TeamTransfer(context.clock());
                    TeamTransfer.Result r;
                    if (action.equals("push")) {
                        r = transfer.copy(local, server);
                    } else {
                        transfer.fillCache(server);
                        r = transfer.copy(server, local);
                    }
                    context.out().println(context.messages().get("team." + action + ".done", r.casesCreated(),
                            r.eventsAppended(), r.filesCopied(), r.casesUnchanged()));
                }
            }
            default -> throw BadInputException.of("cli.subcommand.unknown", "team", action,
                    "init, status, members, add-helper, add-coordinator, audit, push, pull");
        }
        return ExitCodes.OK;
    }

    /** The start-up line / status-bar text: which store is in use. */
    public static String storeLabel(Database db, CliContext context) {
        return db.server().map(s -> context.messages().get("team.store.server", s.label()))
                .orElseGet(() -> context.messages().get("team.store.local"));
    }

    /** The options after {@code team} first, then the global ones ({@code refunddesk --server … team …}), then the environment. */
    private ServerLogin login(Args args, CliContext context) {
        ServerOptions global = context.server();
        return global.withEnvironment(environment).overriddenBy(args.option("--server"), args.option("--user"),
                args.option("--password-file")).login();
    }

    private static UUID caseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.case.notAnId", text);
        }
    }

    private static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", e.caseId().toString());
        m.put("at", e.at().toString());
        m.put("who", e.who());
        m.put("action", e.action());
        m.put("what", e.what());
        m.put("version", e.version());
        return m;
    }
}
