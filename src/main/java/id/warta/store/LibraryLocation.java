package id.warta.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the library file lives. In order: {@code --db FILE}, the {@code WARTA_DB} environment
 * variable, else the platform's per-user data folder:
 * Linux {@code $XDG_DATA_HOME/warta/warta.db} (default {@code ~/.local/share/warta/warta.db}),
 * macOS {@code ~/Library/Application Support/Warta/warta.db},
 * Windows {@code %APPDATA%\Warta\warta.db}.
 * The app's settings are a file in that per-user folder ({@link #settingsFile()}), even when --db or
 * WARTA_DB puts the library elsewhere.
 */
public final class LibraryLocation {
    public static final String ENV = "WARTA_DB";
    private static final String FILE_NAME = "warta.db";
    private static final String SETTINGS_NAME = "settings.properties";

    private final Map<String, String> env;
    private final String osName;
    private final Path home;

    public LibraryLocation(Map<String, String> env, String osName, Path home) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The location as this process sees it: its environment, OS and home folder. */
    public static LibraryLocation ofSystem() {
        return new LibraryLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The library file for an optional {@code --db} value (null or blank when not given). */
    public Path resolve(String dbOption) {
        if (dbOption != null && !dbOption.isBlank()) return Path.of(dbOption);
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        return defaultFile();
    }

    /**
     * Like {@link #resolve}, and creates the default data folder when that is where the library goes.
     * A folder the user named (by --db or WARTA_DB) is never created: a typo should be an error, not a new tree.
     */
    public Path prepare(String dbOption) {
        Path file = resolve(dbOption);
        if (file.equals(defaultFile())) {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new LibraryException(file + ": cannot create folder " + file.getParent()
                        + " (" + e.getClass().getSimpleName() + ")", e);
            }
        }
        return file;
    }

    public Path defaultFile() {
        return dataFolder().resolve(FILE_NAME);
    }

    /**
     * The desktop app's settings: beside the default library, in the per-user data folder. A library
     * named by --db or WARTA_DB does not move them: they are the user's, not the library's.
     */
    public Path settingsFile() {
        return dataFolder().resolve(SETTINGS_NAME);
    }

    private Path dataFolder() {
        if (osName.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Warta");
        }
        if (osName.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Warta");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("warta");
    }
}
