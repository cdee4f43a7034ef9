import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes a class-data-sharing archive for the runnable jar, so that
 * {@code java -XX:SharedArchiveFile=target/warta.jsa -jar target/warta.jar} maps the JDK's start-up
 * classes and every class of the jar already parsed and verified, instead of reading and checking
 * the ~5,000 classes the window needs (JavaFX, its controls and CSS) one by one from the jar.
 *
 * <p>The build runs it after the jar is made (pom.xml, exec-maven-plugin, phase package):
 * {@code java src/build/ClassArchive.java target/warta.jar target/warta.jsa}. The class list is the
 * jar's own content plus the JDK's default list, so it needs no training run and no display, and is
 * never stale. An archive that does not match the jar (rebuilt, moved) is ignored by the JVM without
 * a word, as is a missing one, so a failed dump only warns: the app runs the same, only slower to start.
 */
public class ClassArchive {
    /** Class files newer than this JVM (atlantafx-base 2.1.0's are Java 21; only its CSS is used) cannot be archived. */
    private static final int NEWEST_MAJOR = 44 + Runtime.version().feature();
    /** CDS does not archive classes older than Java 6 (major 50). */
    private static final int OLDEST_MAJOR = 50;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java ClassArchive.java JAR ARCHIVE.jsa");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path list = archive.resolveSibling(archive.getFileName() + ".classlist");
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        List<String> classes = new ArrayList<>(jdkStartupClasses());
        int own = jarClasses(jar, classes);
        Files.write(list, classes);
        Files.deleteIfExists(archive);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process dump = new ProcessBuilder(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = dump.waitFor();
        if (exit != 0 || !Files.isRegularFile(archive)) {
            System.err.printf("warning: class archive %s not written (java -Xshare:dump exit %d, see %s);"
                    + " the app starts without it%n", archive, exit, log);
            return;
        }
        System.out.printf("class archive %s: %,d classes of the jar listed, %.0f MB%n", archive, own,
                Files.size(archive) / 1e6);
    }

    /** The JDK's own list of the classes every Java program starts with (part of its default archive). */
    private static List<String> jdkStartupClasses() throws IOException {
        Path list = Path.of(System.getProperty("java.home"), "lib", "classlist");
        return Files.isRegularFile(list) ? Files.readAllLines(list) : List.of();
    }

    private static int jarClasses(Path jar, List<String> into) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) continue;
                int major = majorVersion(zip, entry);
                if (major < OLDEST_MAJOR || major > NEWEST_MAJOR) continue;
                into.add(name.substring(0, name.length() - ".class".length()));
                count++;
            }
        }
        return count;
    }

    /** Bytes 6–7 of a class file: its class-file version (61 = Java 17). */
    private static int majorVersion(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] head = in.readNBytes(8);
            return head.length < 8 ? -1 : ((head[6] & 0xff) << 8) | (head[7] & 0xff);
        }
    }
}
