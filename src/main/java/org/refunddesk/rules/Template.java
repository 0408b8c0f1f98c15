package org.refunddesk.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A text with named {placeholders}, parsed once so filling it is a string append per piece
 * (no MessageFormat, no regex on the hot path). Unknown names render as "{name}" so they are visible.
 */
public final class Template {
    private final String source;
    private final String[] literals;
    private final String[] names;

    private Template(String source, String[] literals, String[] names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    public static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int pos = 0;
        while (true) {
            int open = text.indexOf('{', pos);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                literals.add(text.substring(pos));
                break;
            }
            literals.add(text.substring(pos, open));
            names.add(text.substring(open + 1, close));
            pos = close + 1;
        }
        return new Template(text, literals.toArray(String[]::new), names.toArray(String[]::new));
    }

    public Set<String> placeholders() {
        return new LinkedHashSet<>(List.of(names));
    }

    public void render(StringBuilder out, Function<String, ? extends CharSequence> values) {
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            CharSequence v = values.apply(names[i]);
            if (v == null) {
                out.append('{').append(names[i]).append('}');
            } else {
                out.append(v);
            }
        }
        out.append(literals[names.length]);
    }

    public String render(Function<String, ? extends CharSequence> values) {
        StringBuilder sb = new StringBuilder(source.length() + 64);
        render(sb, values);
        return sb.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
