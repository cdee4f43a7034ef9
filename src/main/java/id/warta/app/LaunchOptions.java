package id.warta.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the desktop app finds its library: {@code --db FILE} (or {@code --db=FILE}) on the
 * command line, else the {@code WARTA_DB} environment variable, else the default library
 * in the user's home folder.
 */
public record LaunchOptions(Path database) {
    public static final String ENV_DATABASE = "WARTA_DB";

    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size()) return new LaunchOptions(Path.of(args.get(i + 1)));
            if (arg.startsWith("--db=") && arg.length() > 5) return new LaunchOptions(Path.of(arg.substring(5)));
        }
        String fromEnv = env.get(ENV_DATABASE);
        if (fromEnv != null && !fromEnv.isBlank()) return new LaunchOptions(Path.of(fromEnv.strip()));
        return new LaunchOptions(defaultDatabase());
    }

    static Path defaultDatabase() {
        return Path.of(System.getProperty("user.home"), ".warta", "warta.db");
    }
}
