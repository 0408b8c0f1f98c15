package org.refunddesk.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.refunddesk.store.EncryptionStateException;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.ServerRefusedException;
import org.refunddesk.store.ServerSchemaException;
import org.refunddesk.store.ServerUnreachableException;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreEncryptedException;
import org.refunddesk.store.StoreFailures;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.store.StoreUnusableException;
import org.refunddesk.store.WrongPassphraseException;

/**
 * Runs one headless command and maps failures to exit codes: 2 with one line on stderr for bad input,
 * 1 for internal failures (with the stack trace only when REFUNDDESK_DEBUG is set).
 */
public final class Cli {
    /** Set (to anything) to have an internal failure's stack trace printed. */
    static final String DEBUG_VARIABLE = "REFUNDDESK_DEBUG";
    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public Cli(List<CliCommand> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public boolean knows(String name) {
        return commands.containsKey(name);
    }

    public int run(String[] args, CliContext context) {
        if (args.length == 0 || "help".equals(args[0]) || "--help".equals(args[0])) {
            printUsage(context);
            return ExitCodes.OK;
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            context.err().println(context.messages().get("cli.command.unknown", args[0]));
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            if (!(command instanceof TeamCommand)) {
                // the team server may also be named after the command (team reads these options itself)
                ServerArgs own = ServerArgs.split(rest);
                rest = own.rest();
                context = context.withServer(context.server().overriddenBy(own.option("--server"),
                        own.option("--user"), own.option("--password-file")));
            }
            return command.run(rest, context);
        } catch (BadInputException e) {
            context.err().println(e.message(context.messages()));
            return ExitCodes.BAD_INPUT;
        } catch (StoreEncryptedException | WrongPassphraseException | EncryptionStateException
                 | ServerLoginRefusedException | StaleCaseException e) {
            context.err().println(StoreErrorText.of(e, context.messages()));
            return ExitCodes.BAD_INPUT;
        } catch (StoreLockedException e) {
            context.err().println(StoreErrorText.of(e, context.messages()));
            return ExitCodes.FOLDER_IN_USE;
        } catch (ServerUnreachableException e) {
            context.err().println(StoreErrorText.of(e, context.messages()));
            return ExitCodes.SERVER_UNREACHABLE;
        } catch (ServerRefusedException e) {
            context.err().println(StoreErrorText.of(e, context.messages()));
            return ExitCodes.NOT_ALLOWED;
        } catch (ServerSchemaException e) {
            // the exit code stays 1 as before (a contract); the line says what the server's owner does
            context.err().println(context.messages().get("cli.server.notSetUp", e.getMessage()));
            return ExitCodes.INTERNAL_FAILURE;
        } catch (StoreUnusableException e) {
            context.err().println(context.messages().get("recovery.unusable." + e.kind().name(), String.valueOf(e.dataDir())));
            return ExitCodes.STORE_UNUSABLE;
        } catch (Exception e) {
            var kind = StoreFailures.classify(e);
            if (kind.isPresent()) {
                context.err().println(context.messages().get("recovery.unusable." + kind.get().name(),
                        String.valueOf(context.dataDir())));
                return ExitCodes.STORE_UNUSABLE;
            }
            context.err().println(context.messages().get("cli.internal", String.valueOf(e), DEBUG_VARIABLE));
            if (System.getenv(DEBUG_VARIABLE) != null) {
                e.printStackTrace(context.err());
            }
            return ExitCodes.INTERNAL_FAILURE;
        } finally {
            context.out().flush();
        }
    }

    /** {@code --server}, {@code --user} and {@code --password-file} taken out of a command's arguments. */
    private record ServerArgs(List<String> rest, Map<String, String> options) {
        private static final java.util.Set<String> NAMES = java.util.Set.of("--server", "--user", "--password-file");

        static ServerArgs split(List<String> args) {
            List<String> rest = new java.util.ArrayList<>();
            Map<String, String> options = new java.util.HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (NAMES.contains(a)) {
                    if (i + 1 >= args.size()) {
                        throw BadInputException.of("cli.arg.needsValue", a);
                    }
                    options.put(a, args.get(++i));
                } else {
                    rest.add(a);
                }
            }
            return new ServerArgs(rest, options);
        }

        java.util.Optional<String> option(String name) {
            return java.util.Optional.ofNullable(options.get(name));
        }
    }

    private void printUsage(CliContext context) {
        context.out().println("usage: refunddesk [--data-dir DIR] [--demo] [--lang zh|en] [--passphrase-file FILE]"
                + " [--server postgresql://host:port/db [--user U] [--password-file F]] [COMMAND ARGS...]");
        context.out().println("  (no command: open the desktop app)");
        context.out().println("  --server (or REFUNDDESK_SERVER): every command works on that team server instead of the"
                + " data folder's store; the password from --password-file or PGPASSWORD");
        context.out().println("  FILE.refundcase.json | FILE.rdbackup   open the file in the desktop app (the running one, if any)");
        for (CliCommand c : commands.values()) {
            String summary = c.summary().startsWith(c.name() + " ") ? c.summary().substring(c.name().length() + 1) : c.summary();
            context.out().printf("  %-12s %s%n", c.name(), summary);
        }
        context.out().println("exit codes: 0 ok, 1 internal failure, 2 bad input, 3 a check failed, 4 data folder in use, "
                + "5 store unusable (disk full, no permission, damaged file), 6 team server unreachable, "
                + "7 team server refused (your role may not do this)");
    }
}
