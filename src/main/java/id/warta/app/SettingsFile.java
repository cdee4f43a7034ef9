package id.warta.app;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The app's settings as a properties file beside the library ({@code LibraryLocation.settingsFile()}),
 * seen as one flat {@link java.util.prefs.Preferences} node so {@link Settings} reads and writes it as
 * it would any node. The platform's own store is elsewhere on every system — {@code ~/.java/.userPrefs}
 * on Linux, the registry on Windows, {@code ~/Library/Preferences} on macOS — and the settings belong
 * with the user's other Warta data (issue 23).
 *
 * <p>Read once when made; {@link #flush()} writes the whole file to a temporary file beside it and
 * moves it into place, so a crash mid-write leaves the previous settings, never half a file.
 */
final class SettingsFile extends AbstractPreferences {
    private final Path file;
    private final Properties values = new Properties();

    SettingsFile(Path file) {
        super(null, "");
        this.file = file;
        read();
    }

    Path file() {
        return file;
    }

    /**
     * Carries over what an earlier Warta kept in the platform's store ({@code old}), once: when there is
     * no settings file yet and {@code old} holds keys, they are copied and the file written, so people
     * who upgrade keep their window, theme and language. The old node is left as it was.
     */
    SettingsFile adopting(Preferences old) {
        if (Files.exists(file) || old == null) return this;
        try {
            String[] keys = old.keys();
            if (keys.length == 0) return this;
            for (String key : keys) {
                String value = old.get(key, null);
                if (value != null) values.setProperty(key, value);
            }
            flushSpi();
        } catch (BackingStoreException e) {
            // Unreadable old settings or an unwritable folder cost only the defaults, as a damaged file does.
        }
        return this;
    }

    private void read() {
        if (!Files.isRegularFile(file)) return;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged or unreadable file costs only the defaults (window size, theme…); the next flush rewrites it.
            values.clear();
        }
    }

    @Override
    protected void putSpi(String key, String value) {
        values.setProperty(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.getProperty(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected String[] keysSpi() {
        return values.stringPropertyNames().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("the settings file is one flat node; no child " + name);
    }

    @Override
    protected void removeNodeSpi() {
        throw new UnsupportedOperationException("the settings file's node is its root");
    }

    @Override
    protected void syncSpi() throws BackingStoreException {
        flushSpi();
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                values.store(out, "Warta settings");
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BackingStoreException(file + ": settings not saved (" + e.getMessage() + ")");
        }
    }
}
