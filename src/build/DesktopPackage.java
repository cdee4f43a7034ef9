import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds Warta's installer for the system it runs on with the JDK's {@code jpackage}: a {@code .deb}
 * on Linux, an {@code .msi} on Windows, a {@code .dmg} on macOS, written to the folder {@code --dest}.
 * Run by {@code mvn -B -Pdist package} after the app's jar and the icon (pom.xml, profile dist):
 * <pre>java src/build/DesktopPackage.java --version=V --description=D --vendor=N --maintainer=EMAIL
 *      --jar=target/warta.jar --class-list=target/warta.jsa.classlist --icons=DIR --packaging=src/packaging
 *      --data=data --dest=target/dist --work=target/dist-work</pre>
 *
 * <p>Each package holds a runtime made by jlink with only the modules the jar needs — {@code jdeps}'
 * answer, plus the three it cannot see because they are looked up by name at run time ({@link #LOOKED_UP})
 * — the jar, the sample articles of {@code data/} (the app imports them on first start, from beside its
 * jar), and the launcher, whose options are the README's quick-start ones. On Linux also a menu entry
 * and the icon, {@code warta} on the PATH, and the class list from which the package's postinst makes the
 * class-data archive (see {@code src/packaging/linux/postinst} for why there and not here).
 *
 * <p>Where a tool the package needs is missing (no jpackage in this JDK; no dpkg-deb or fakeroot on
 * Linux) it says so in one line and writes nothing, so the build still passes; the packaging test then
 * skips with the same reason.
 */
public class DesktopPackage {
    /** Modules found by name at run time, so not in jdeps' answer, each needed by something the app does. */
    static final List<String> LOOKED_UP = List.of(
            "jdk.localedata", // Indonesian month and day names in the app (DateText formats with Locale "id")
            "jdk.crypto.ec",  // elliptic-curve TLS, which most news sites require, for imported links
            "jdk.charsets");  // the legacy encodings a saved page may declare (PageCharset)
    /** jpackage's own defaults, plus only the locales the app speaks (the Indonesian data is what it needs). */
    static final String JLINK_OPTIONS = "--strip-debug --no-man-pages --no-header-files --strip-native-commands"
            + " --include-locales=en,id";
    private static final String MAIN_CLASS = "id.warta.Main";
    /** Windows installs over an older version only when every version carries the same upgrade code. */
    private static final String WINDOWS_UPGRADE_UUID = "74739165-2648-45b0-868d-303aae534a55";

    enum Os { LINUX, WINDOWS, MAC }

    public static void main(String[] args) throws Exception {
        Map<String, String> option = options(args);
        Os os = currentOs();
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "jpackage.exe" : "jpackage");
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(jpackage)) missing.add("jpackage (in " + jpackage.getParent() + ")");
        if (os == Os.LINUX) {
            for (String tool : List.of("dpkg-deb", "fakeroot")) if (onPath(tool) == null) missing.add(tool);
        }
        if (!missing.isEmpty()) {
            System.err.println("warning: no installer built: " + String.join(", ", missing) + " not found");
            return;
        }
        Path work = Path.of(option.get("work"));
        Path dest = Path.of(option.get("dest"));
        deleteTree(work);
        Files.createDirectories(dest);
        Path input = stageInput(option, work.resolve("input"), os);
        String modules = modules(Path.of(option.get("jar")));
        List<String> command = command(jpackage, option, os, input, modules, work);
        run(command);
        Path built = single(work.resolve("out"));
        String name = built.getFileName().toString();
        Path target = dest.resolve(os == Os.LINUX ? debName(built, numericVersion(option.get("version"))) : name);
        Files.move(built, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("installer %s: %.1f MB; runtime modules %s%n", target, Files.size(target) / 1e6, modules);
        if (os == Os.LINUX) {
            System.out.printf("installed size %s KiB (dpkg-deb -f %s Installed-Size),"
                            + " plus the class-data archive postinst writes%n",
                    output(List.of("dpkg-deb", "-f", target.toString(), "Installed-Size")).strip(), target.getFileName());
        }
    }

    /** {@code --key=value} arguments; every one this program reads must be there. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) throw new IllegalArgumentException("not --key=value: " + arg);
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        for (String key : List.of("version", "description", "vendor", "maintainer", "jar", "class-list", "icons",
                "packaging", "data", "dest", "work")) {
            if (!options.containsKey(key)) throw new IllegalArgumentException("missing --" + key + "=…");
        }
        return options;
    }

    static Os currentOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.startsWith("windows") ? Os.WINDOWS : name.startsWith("mac") ? Os.MAC : Os.LINUX;
    }

    /** jpackage wants one to three numbers: {@code 0.1.0-SNAPSHOT} is packaged as {@code 0.1.0}. */
    static String numericVersion(String version) {
        String numbers = version.split("[^0-9.]", 2)[0].replaceAll("\\.+$", "");
        if (!numbers.matches("\\d+(\\.\\d+){0,2}")) throw new IllegalArgumentException("version " + version + ": no x.y.z in it");
        return numbers;
    }

    /** What goes beside the jar in the package's app folder (jpackage's {@code --input}). */
    private static Path stageInput(Map<String, String> option, Path input, Os os) throws IOException {
        Files.createDirectories(input.resolve("data"));
        Files.copy(Path.of(option.get("jar")), input.resolve("warta.jar"));
        if (os == Os.LINUX) Files.copy(Path.of(option.get("class-list")), input.resolve("warta.classlist"));
        // The samples only: data/ also holds the gazetteers, which are inside the jar already.
        try (Stream<Path> files = Files.list(Path.of(option.get("data")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, input.resolve("data").resolve(file.getFileName()));
            }
        }
        return input;
    }

    /** The jar's modules as jdeps finds them, and {@link #LOOKED_UP}. */
    static String modules(Path jar) throws IOException, InterruptedException {
        Path jdeps = Path.of(System.getProperty("java.home"), "bin", "jdeps");
        String found = output(List.of(jdeps.toString(), "--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature()), jar.toString()));
        String[] lines = found.strip().split("\\R");
        TreeSet<String> modules = new TreeSet<>(List.of(lines[lines.length - 1].split(",")));
        modules.addAll(LOOKED_UP);
        return String.join(",", modules);
    }

    private static List<String> command(Path jpackage, Map<String, String> option, Os os, Path input, String modules,
                                        Path work) {
        Path icons = Path.of(option.get("icons"));
        Path packaging = Path.of(option.get("packaging"));
        List<String> c = new ArrayList<>(List.of(jpackage.toString(),
                "--name", os == Os.LINUX ? "warta" : "Warta",
                "--app-version", numericVersion(option.get("version")),
                "--vendor", option.get("vendor"),
                "--description", option.get("description"),
                "--input", input.toString(), "--main-jar", "warta.jar", "--main-class", MAIN_CLASS,
                "--add-modules", modules, "--jlink-options", JLINK_OPTIONS,
                // As the README starts the jar: C1 only (the window shows ~40% sooner; docs/benchmarks.md).
                "--java-options", "-XX:TieredStopAtLevel=1",
                "--temp", work.resolve("jpackage").toString(), "--dest", work.resolve("out").toString()));
        switch (os) {
            case LINUX -> c.addAll(List.of("--type", "deb",
                    "--resource-dir", packaging.resolve("linux").toString(),
                    "--icon", icons.resolve("warta-256.png").toString(),
                    "--linux-shortcut", "--linux-package-name", "warta", "--linux-app-category", "news",
                    "--linux-deb-maintainer", option.get("maintainer"),
                    // JavaFX's native code comes inside the jar, where jpackage's library scan cannot see it.
                    "--linux-package-deps", "libgtk-3-0",
                    // Made at install by postinst; the JVM goes on without it if it is missing or stale.
                    "--java-options", "-XX:SharedArchiveFile=$APPDIR/warta.jsa"));
            case WINDOWS -> c.addAll(List.of("--type", "msi",
                    "--icon", icons.resolve("warta.ico").toString(),
                    "--win-menu", "--win-menu-group", "Warta", "--win-shortcut", "--win-dir-chooser",
                    "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    // A Windows program is a console or a window program: the command line gets its own launcher.
                    "--add-launcher", "warta-cli=" + packaging.resolve("windows").resolve("warta-cli.properties")));
            case MAC -> c.addAll(List.of("--type", "dmg",
                    "--icon", icons.resolve("warta.icns").toString(),
                    "--mac-package-identifier", "id.warta", "--mac-package-name", "Warta"));
        }
        return c;
    }

    /** Debian names a package NAME_VERSION_ARCH.deb; jpackage adds a release ("-1") that the control file here does not carry. */
    static String debName(Path built, String version) {
        String name = built.getFileName().toString();
        return name.replaceFirst("^([^_]+)_[^_]+_", "$1_" + version + "_");
    }

    private static Path single(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            if (all.size() != 1) throw new IOException(folder + ": expected one installer, found " + all);
            return all.get(0);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) throw new IOException(command.get(0) + " exited " + exit + ": " + String.join(" ", command));
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) throw new IOException(String.join(" ", command) + " exited " + exit + ": " + out.strip());
        return out;
    }

    static Path onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
