package id.warta.app;

import id.warta.store.LibraryLocation;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: window size, pane widths, theme, language, reader font
 * size and the last article. The user's are in a file beside the library ({@link SettingsFile},
 * {@link LibraryLocation#settingsFile()}); tests pass their own node so they never touch them.
 */
public final class Settings {
    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Where Warta 0.1 kept the settings: the platform's preferences store. */
    private static final String EARLIER_NODE = "/id/warta/app";

    /** The user's settings: the file in the per-user data folder, beside the library. */
    public static Settings forUser() {
        return new Settings(new SettingsFile(LibraryLocation.ofSystem().settingsFile()).adopting(earlierSettings()));
    }

    private static Preferences earlierSettings() {
        try {
            return Preferences.userRoot().nodeExists(EARLIER_NODE) ? Preferences.userRoot().node(EARLIER_NODE) : null;
        } catch (BackingStoreException | IllegalStateException e) {
            return null;
        }
    }

    public double windowWidth() {
        return prefs.getDouble("window.width", 1360);
    }

    public double windowHeight() {
        return prefs.getDouble("window.height", 860);
    }

    public void windowSize(double width, double height) {
        prefs.putDouble("window.width", width);
        prefs.putDouble("window.height", height);
    }

    public boolean windowMaximized() {
        return prefs.getBoolean("window.maximized", false);
    }

    public void windowMaximized(boolean maximized) {
        prefs.putBoolean("window.maximized", maximized);
    }

    /** Divider positions of the three panes, as fractions of the window width. */
    public double[] dividers() {
        return new double[]{prefs.getDouble("divider.0", 0.18), prefs.getDouble("divider.1", 0.46)};
    }

    public void dividers(double[] positions) {
        for (int i = 0; i < positions.length && i < 2; i++) prefs.putDouble("divider." + i, positions[i]);
    }

    public Theme theme() {
        return Theme.named(prefs.get("theme", Theme.LIGHT.name()));
    }

    public void theme(Theme theme) {
        prefs.put("theme", theme.name());
    }

    public Locale language() {
        return Texts.localeFor(prefs.get("language", "id"));
    }

    public void language(Locale locale) {
        prefs.put("language", locale.getLanguage());
    }

    public double fontSize() {
        return prefs.getDouble("reader.fontSize", 15);
    }

    public void fontSize(double size) {
        prefs.putDouble("reader.fontSize", size);
    }

    public String lastArticle() {
        return prefs.get("lastArticle", null);
    }

    public void lastArticle(String id) {
        if (id == null) prefs.remove("lastArticle");
        else prefs.put("lastArticle", id);
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: failing to save them must not stop the app from closing.
        }
    }
}
