package id.warta.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface's words in one language. Bahasa Indonesia is the base bundle; English is
 * {@code messages_en}. No fallback to the JVM's default locale: an English-locale machine
 * must still open in Indonesian unless English is chosen.
 */
public final class Texts {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "id.warta.app.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    public static Locale localeFor(String tag) {
        return "en".equals(tag) ? ENGLISH : INDONESIAN;
    }
}
