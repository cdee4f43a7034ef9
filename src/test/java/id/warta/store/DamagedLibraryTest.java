package id.warta.store;

import id.warta.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 9, a damaged library: each case gives a one-line message naming the file and the reason,
 * and the file is never overwritten or deleted. (LibraryTest covers a folder in place of the file,
 * a missing parent folder, a non-SQLite file and another program's database.)
 */
class DamagedLibraryTest {
    @TempDir
    Path dir;

    private final List<Path> immutable = new ArrayList<>();
    private final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void release() throws Exception {
        for (Path p : immutable) run("chattr", "-i", p.toString());
        Path folder = dir.resolve("arsip");
        if (Files.isDirectory(folder)) Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path p : mounts) run("umount", p.toString());
    }

    private Path libraryWith(int articles) {
        Path file = dir.resolve("warta.db");
        try (Library library = Library.open(file)) {
            for (int i = 0; i < articles; i++) library.save(article(i, 40));
        }
        return file;
    }

    private static Article article(int i, int paragraphs) {
        String[] body = new String[paragraphs];
        for (int p = 0; p < paragraphs; p++) {
            body[p] = "Paragraf " + p + " artikel " + i + ": Menteri Luar Negeri Sugiono bertemu Sergey Lavrov di Moskow "
                    + "membahas kerja sama ASEAN, perdagangan dan keamanan kawasan Indo-Pasifik.";
        }
        return Articles.plain("Artikel Nomor " + i + " tentang Diplomasi", body);
    }

    /** Runs {@code use}; a failure must be one line naming the file. Returns the message, or null when it worked. */
    private static String messageOf(Path file, Supplier<?> use) {
        try {
            use.get();
            return null;
        } catch (LibraryException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            return e.getMessage().substring(file.toString().length() + 2);
        }
    }

    @Test
    void aTruncatedLibraryIsReportedDamagedAndLeftAsItIs() throws Exception {
        Path file = libraryWith(60);
        long full = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(full * 2 / 5);
        }
        byte[] before = Files.readAllBytes(file);
        List<String> messages = new ArrayList<>();
        String opened = messageOf(file, () -> {
            try (Library library = Library.open(file)) {
                for (Supplier<?> use : List.<Supplier<?>>of(library::list, () -> library.search("Sugiono", 100),
                        library::count, () -> library.save(article(999, 2)))) {
                    String m = messageOf(file, use);
                    if (m != null) messages.add(m);
                }
            }
            return null;
        });
        if (opened != null) messages.add(opened);
        System.out.println("truncated library (" + full + " -> " + before.length + " bytes): " + messages);
        assertTrue(!messages.isEmpty(), "a truncated library must not pass for a whole one");
        assertTrue(messages.stream().allMatch(m -> m.equals("the library file is damaged")), messages.toString());
        assertArrayEquals(before, Files.readAllBytes(file), "the damaged file was changed");
    }

    @Test
    void garbageAfterAnSqliteHeaderIsRefusedAndLeftAsItIs() throws Exception {
        Path file = dir.resolve("warta.db");
        byte[] bytes = new byte[64 * 1024];
        new Random(3).nextBytes(bytes);
        System.arraycopy("SQLite format 3\0".getBytes(), 0, bytes, 0, 16);
        Files.write(file, bytes);
        String message = messageOf(file, () -> Library.open(file));
        assertTrue(message != null && (message.contains("damaged") || message.contains("not a Warta library")), message);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseIsRefusedWithoutBeingSwitchedToWal() throws Exception {
        Path file = dir.resolve("kontak.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var sql = c.createStatement()) {
            sql.execute("CREATE TABLE contacts (name TEXT)");
            sql.execute("INSERT INTO contacts VALUES ('Budi')");
        }
        byte[] before = Files.readAllBytes(file);
        assertEquals("an SQLite database that is not a Warta library; not touching it", messageOf(file, () -> Library.open(file)));
        assertArrayEquals(before, Files.readAllBytes(file), "the other program's database was changed");
    }

    @Test
    void aReadOnlyLibraryIsRefusedAndLeftAsItIs() throws Exception {
        Path file = libraryWith(3);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        if (Files.isWritable(file)) makeImmutable(file); // root ignores permission bits
        assertEquals("is read-only", messageOf(file, () -> Library.open(file)));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aLibraryInAReadOnlyFolderGivesAClearMessage() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("arsip"));
        Path file = folder.resolve("warta.db");
        try (Library library = Library.open(file)) {
            library.save(article(1, 3));
        }
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (Files.isWritable(folder)) makeImmutable(folder);
        String message = messageOf(file, () -> {
            try (Library library = Library.open(file)) {
                return library.count();
            }
        });
        System.out.println("library in a read-only folder: " + message);
        assertTrue(message != null && message.contains("read-only"), message);
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFullDiskFailsTheSaveWholeAndKeepsWhatWasStored() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0,
                "a small disk can only be simulated where tmpfs can be mounted (root on Linux)");
        mounts.add(disk);
        Path file = disk.resolve("warta.db");
        // Other files on the same disk: removing one afterwards is how the user makes room.
        Path other = Files.write(disk.resolve("lain.bin"), new byte[256 * 1024]);
        int stored = 0;
        String message = null;
        try (Library library = Library.open(file)) {
            for (int i = 0; i < 10_000 && message == null; i++) {
                Article a = article(i, 20);
                message = messageOf(file, () -> library.save(a));
                if (message == null) stored++;
            }
            assertTrue(message != null, "1 MB never filled up");
            System.out.println("full disk: " + stored + " articles stored, then: " + message);
            assertEquals("the disk is full", message);
            assertEquals(stored, library.count(), "the failed save left nothing behind");
        }
        Files.delete(other);
        try (Library reopened = Library.open(file)) {
            assertEquals(stored, reopened.count());
            assertEquals(stored, reopened.list().size());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var sql = c.createStatement();
             var r = sql.executeQuery("PRAGMA integrity_check")) {
            r.next();
            assertEquals("ok", r.getString(1));
        }
    }

    private void makeImmutable(Path p) throws Exception {
        assumeTrue(run("chattr", "+i", p.toString()) == 0, "running as root where chattr is not available");
        immutable.add(p);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return -1;
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " hung");
        }
        return p.exitValue();
    }
}
