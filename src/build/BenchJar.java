import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes {@code target/warta-bench.jar}: the classes of the benchmark source set ({@code src/bench/java})
 * and nothing else, with {@code warta.jar} (beside it) on its class path, so that
 * {@code java -jar target/warta-bench.jar bench …} is the app's command line with {@code warta bench} in it,
 * and {@code java -cp target/warta-bench.jar CLASS} runs any other benchmark.
 *
 * <p>The benchmarks are compiled with the tests (build-helper-maven-plugin adds {@code src/bench/java} as
 * a test source root: the unit tests use their generators), so their classes sit in {@code target/test-classes}
 * among the tests'. Which ones are the bench's is read from the source set itself — each
 * {@code src/bench/java/P/Name.java} gives {@code P/Name.class} and its nested {@code P/Name$….class} — so a new
 * benchmark needs no list to be kept. The build runs it after the app's jar (pom.xml, phase package):
 * {@code java src/build/BenchJar.java src/bench/java target/test-classes target/warta-bench.jar}.
 */
public class BenchJar {
    private static final String MAIN_CLASS = "id.warta.Main";
    private static final String APP_JAR = "warta.jar";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java BenchJar.java SOURCE_ROOT CLASSES_DIR OUTPUT.jar");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        if (!Files.isDirectory(classes)) {
            // -Dmaven.test.skip=true compiles no test sources, hence no benchmarks: not an error for the app's build.
            System.err.printf("warning: %s not written: %s does not exist (test sources not compiled)%n", jar, classes);
            return;
        }
        List<String> entries = classEntries(sources, classes);
        write(jar, classes, entries);
        System.out.printf("bench jar %s: %,d classes from %s%n", jar, entries.size(), sources);
    }

    /** Class-file names (relative, '/'-separated) compiled from the source files under {@code sources}. */
    private static List<String> classEntries(Path sources, Path classes) throws IOException {
        List<String> entries = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : files) {
            Path relative = sources.relativize(source);
            String name = relative.getFileName().toString().replaceFirst("\\.java$", "");
            Path folder = relative.getParent() == null ? classes : classes.resolve(relative.getParent());
            if (!Files.isRegularFile(folder.resolve(name + ".class"))) {
                throw new IOException(source + ": no compiled class " + folder.resolve(name + ".class")
                        + " (run the test-compile phase first)");
            }
            try (Stream<Path> compiled = Files.list(folder)) {
                compiled.map(p -> p.getFileName().toString())
                        .filter(f -> f.equals(name + ".class") || f.startsWith(name + "$") && f.endsWith(".class"))
                        .sorted()
                        .forEach(f -> entries.add(classes.relativize(folder.resolve(f)).toString().replace('\\', '/')));
            }
        }
        return entries;
    }

    private static void write(Path jar, Path classes, List<String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        main.put(Attributes.Name.CLASS_PATH, APP_JAR);
        Path partial = jar.resolveSibling(jar.getFileName() + ".part");
        try (OutputStream file = Files.newOutputStream(partial); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                Files.copy(classes.resolve(entry), out);
                out.closeEntry();
            }
        }
        Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
