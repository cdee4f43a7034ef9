package id.warta.app;

import id.warta.store.LibraryLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop app's command line: {@code --db FILE} or {@code --db=FILE}. Without it the store's
 * {@link LibraryLocation} decides ({@code WARTA_DB}, then the platform's data folder), exactly
 * as for the command-line tools.
 *
 * @param dbOption the value given to --db, or null
 */
public record LaunchOptions(String dbOption) {
    public static LaunchOptions parse(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) return new LaunchOptions(args.get(i + 1));
            if (arg.startsWith("--db=") && arg.length() > 5) return new LaunchOptions(arg.substring(5));
        }
        return new LaunchOptions(null);
    }

    /** The library file; creates the default data folder when that is where it goes. */
    public Path database(LibraryLocation location) {
        return location.prepare(dbOption);
    }
}
