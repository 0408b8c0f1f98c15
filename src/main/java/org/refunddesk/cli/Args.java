package org.refunddesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's arguments: positionals, {@code --name value} options and {@code --flag}s, checked strictly. */
public final class Args {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Args() {
    }

    /**
     * @param valued options that take a value, e.g. {@code --out}
     * @param flags  options without a value, e.g. {@code --json}
     */
    public static Args parse(List<String> raw, Set<String> valued, Set<String> flags) {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--")) {
                if (flags.contains(a)) {
                    args.options.put(a, "true");
                } else if (valued.contains(a)) {
                    if (i + 1 >= raw.size()) {
                        throw BadInputException.of("cli.arg.needsValue", a);
                    }
                    args.options.put(a, raw.get(++i));
                } else {
                    throw BadInputException.of("cli.arg.unknownOption", a);
                }
            } else {
                args.positionals.add(a);
            }
        }
        return args;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** The positional at index, or a bad-input error naming what is missing. */
    public String positional(int index, String what) {
        if (index >= positionals.size()) {
            throw BadInputException.of("cli.arg.missing", what);
        }
        return positionals.get(index);
    }

    public void expectPositionals(int max) {
        if (positionals.size() > max) {
            throw BadInputException.of("cli.arg.unexpected", positionals.get(max));
        }
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).orElseThrow(() -> BadInputException.of("cli.arg.missing", name));
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
