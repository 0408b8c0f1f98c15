package org.refunddesk.app;

import java.util.ArrayList;
import java.util.List;

import org.refunddesk.cli.BadInputException;
import org.refunddesk.cli.ServerOptions;

/**
 * The options every start understands, before the command: {@code --data-dir DIR}, {@code --demo}, {@code --lang},
 * {@code --passphrase-file FILE} (an encrypted store's passphrase, read from a file, never given on the line), and
 * the team server (issue 16): {@code --server postgresql://host:port/db}, {@code --user ROLE},
 * {@code --password-file FILE}.
 */
public record LaunchOptions(String dataDir, boolean demo, String lang, List<String> command, String passphraseFile,
                            String server, String user, String passwordFile) {
    public static final String ENV_PASSPHRASE_FILE = org.refunddesk.cli.PassphraseFile.ENV_VARIABLE;

    public LaunchOptions(String dataDir, boolean demo, String lang, List<String> command) {
        this(dataDir, demo, lang, command, null);
    }

    public LaunchOptions(String dataDir, boolean demo, String lang, List<String> command, String passphraseFile) {
        this(dataDir, demo, lang, command, passphraseFile, null, null, null);
    }

    public static LaunchOptions parse(String[] args) {
        String dataDir = null;
        String lang = null;
        String passphraseFile = null;
        String server = null;
        String user = null;
        String passwordFile = null;
        boolean demo = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!rest.isEmpty()) {
                rest.add(a);
            } else if ("--data-dir".equals(a) || "--lang".equals(a) || "--passphrase-file".equals(a)
                    || "--server".equals(a) || "--user".equals(a) || "--password-file".equals(a)) {
                if (i + 1 >= args.length) {
                    throw BadInputException.of("cli.arg.needsValue", a);
                }
                String value = args[++i];
                switch (a) {
                    case "--data-dir" -> dataDir = value;
                    case "--passphrase-file" -> passphraseFile = value;
                    case "--server" -> server = value;
                    case "--user" -> user = value;
                    case "--password-file" -> passwordFile = value;
                    default -> lang = value;
                }
            } else if ("--demo".equals(a)) {
                demo = true;
            } else {
                rest.add(a);
            }
        }
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw BadInputException.of("cli.arg.lang", "--lang", lang);
        }
        if (demo && server != null) {
            throw BadInputException.of("cli.demo.withServer");
        }
        return new LaunchOptions(dataDir, demo, lang, List.copyOf(rest), passphraseFile, server, user, passwordFile);
    }

    /** The language for a message about the arguments themselves: {@code --lang en} among them, else Chinese. */
    static org.refunddesk.rules.i18n.Messages languageOf(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if ("--lang".equals(args[i])) {
                return org.refunddesk.rules.i18n.Messages.forTag(args[i + 1]);
            }
        }
        return org.refunddesk.rules.i18n.Messages.forTag("zh");
    }

    /** The same options with another command (a file to open is passed on as the only "command"). */
    public LaunchOptions withCommand(List<String> newCommand) {
        return new LaunchOptions(dataDir, demo, lang, List.copyOf(newCommand), passphraseFile, server, user, passwordFile);
    }

    /** The team server as given here, with the environment's {@code REFUNDDESK_SERVER} / PGUSER / PGPASSWORD behind. */
    public ServerOptions serverOptions(java.util.Map<String, String> environment) {
        return new ServerOptions(server, user, passwordFile, environment);
    }
}
