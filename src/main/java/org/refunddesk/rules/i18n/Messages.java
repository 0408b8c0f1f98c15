package org.refunddesk.rules.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-visible text from resource bundles. A key's first segment names its bundle:
 * {@code cases.list.title} lives in {@code org/refunddesk/i18n/cases.properties} (Chinese, the default)
 * and {@code cases_en.properties} (English). One bundle per feature keeps features from editing the same file.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BASE = "org.refunddesk.i18n.";
    // No fallback to the JVM's default locale: a missing English key must fall back to Chinese, not vanish.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final Map<String, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    public Messages(Locale locale) {
        this.locale = isEnglish(locale) ? ENGLISH : CHINESE;
    }

    /** "en" or anything starting with it is English; everything else Chinese. */
    public static Messages forTag(String languageTag) {
        return new Messages(languageTag == null ? CHINESE : Locale.forLanguageTag(languageTag));
    }

    private static boolean isEnglish(Locale l) {
        return l != null && "en".equals(l.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return locale == ENGLISH;
    }

    /** The text for a key, with {0}, {1} … filled in; "!key!" when the key is missing so tests can catch it. */
    public String get(String key, Object... args) {
        String pattern = find(key).orElse("!" + key + "!");
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return find(key).isPresent();
    }

    /** The localised name of an enum constant: key {@code enum.<Type>.<NAME>}. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return has(key) ? get(key) : value.name();
    }

    private Optional<String> find(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        Optional<ResourceBundle> bundle = bundles.computeIfAbsent(key.substring(0, dot), this::load);
        return bundle.filter(b -> b.containsKey(key)).map(b -> b.getString(key));
    }

    private Optional<ResourceBundle> load(String name) {
        try {
            return Optional.of(ResourceBundle.getBundle(BASE + name, locale, Messages.class.getClassLoader(),
                    NO_FALLBACK));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
