package org.refunddesk.app;

import java.util.ArrayList;
import java.util.List;

import org.refunddesk.cli.BadInputException;

/**
 * The options every start understands, before the command: {@code --data-dir DIR}, {@code --demo}, {@code --lang},
 * {@code --passphrase-file FILE} (an encrypted store's passphrase, read from a file, never given on the line).
 */
public record LaunchOptions(String dataDir, boolean demo, String lang, List<String> command, String passphraseFile) {
    public static final String ENV_PASSPHRASE_FILE = "REFUNDDESK_PASSPHRASE_FILE";

    public LaunchOptions(String dataDir, boolean demo, String lang, List<String> command) {
        this(dataDir, demo, lang, command, null);
    }

    public static LaunchOptions parse(String[] args) {
        String dataDir = null;
        String lang = null;
        String passphraseFile = null;
        boolean demo = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!rest.isEmpty()) {
                rest.add(a);
            } else if ("--data-dir".equals(a) || "--lang".equals(a) || "--passphrase-file".equals(a)) {
                if (i + 1 >= args.length) {
                    throw new BadInputException(a + " needs a value");
                }
                String value = args[++i];
                if ("--data-dir".equals(a)) {
                    dataDir = value;
                } else if ("--passphrase-file".equals(a)) {
                    passphraseFile = value;
                } else {
                    lang = value;
                }
            } else if ("--demo".equals(a)) {
                demo = true;
            } else {
                rest.add(a);
            }
        }
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            throw new BadInputException("--lang: \"" + lang + "\" is not zh or en");
        }
        return new LaunchOptions(dataDir, demo, lang, List.copyOf(rest), passphraseFile);
    }

    /** The same options with another command (a file to open is passed on as the only "command"). */
    public LaunchOptions withCommand(List<String> newCommand) {
        return new LaunchOptions(dataDir, demo, lang, List.copyOf(newCommand));
    }
}
