package org.refunddesk.cli;

import java.util.Arrays;

import org.refunddesk.rules.i18n.Messages;

/**
 * The user's input is wrong: exit 2 with this one-line message. Made with {@link #of} it carries a bundle key
 * (bundle {@code cli}) and its arguments, so the command line says it in the user's language ({@link #message}),
 * where the argument is parsed long before that language is at hand.
 */
public class BadInputException extends RuntimeException {
    private static final Messages DEFAULT = new Messages(Messages.CHINESE);
    private final String key;
    private final transient Object[] args;

    /** A message already in words (from a bundle, or a lower layer's text naming the field). */
    public BadInputException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    private BadInputException(String key, Object[] args) {
        super(DEFAULT.get(key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** Bad input said by the bundle text {@code key} with {@code args} filled in. */
    public static BadInputException of(String key, Object... args) {
        return new BadInputException(key, args);
    }

    /** The message in the language of {@code messages} (the default language's text for a message in words). */
    public String message(Messages messages) {
        return key == null ? getMessage() : messages.get(key, args);
    }

    /** The bundle key, or null for a message in words (tests). */
    public String key() {
        return key;
    }

    @Override
    public String toString() {
        return key == null ? super.toString() : "BadInputException[" + key + Arrays.toString(args) + "]";
    }
}
