package id.warta.cli;

import id.warta.model.Article;
import id.warta.store.ArticleEntry;
import id.warta.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9's list of bad inputs, fed to {@code warta ingest} in one batch: each becomes a stored
 * article or one line naming the input and the reason; the batch exits 1 and stores the rest.
 */
class BadInputBatchTest {
    private static final String BODY = "JAKARTA - Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta, Senin.";

    @TempDir
    Path dir;

    private final List<String> inputs = new ArrayList<>();

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = Files.write(dir.resolve(name), bytes);
        inputs.add(p.toString());
        return p;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyBadInputIsAnArticleOrOneLineAndTheRestAreStored() throws Exception {
        // refused
        Path empty = write("kosong.txt", new byte[0]);
        Path blank = write("spasi.txt", "  \n\t\n   \n");
        Path png = write("foto.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path jar = write("app.jar", new byte[]{'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 0, 0, 0, 0});
        Path big = dir.resolve("besar.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = (BODY + "\n\n").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        inputs.add(big.toString());
        Path missing = dir.resolve("hilang.txt");
        inputs.add(missing.toString());
        // stored
        write("cp1252.txt", ("Menlu: “Damai” di Café Jakarta\n\n" + BODY + "\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        write("latin1.txt", ("Señor Müller di Jakarta\n\n" + BODY + "\n").getBytes(StandardCharsets.ISO_8859_1));
        write("utf16.txt", utf16WithBom("Judul UTF-16 Berita\n\n" + BODY + "\n"));
        byte[] invalid = ("Judul Rusak\n\n" + BODY + " Harga \u0000\u0000 naik.\n").getBytes(StandardCharsets.UTF_8);
        write("rusak-nul.txt", invalid); // NUL bytes: refused as binary
        write("tanpa-judul.txt", BODY + "\n\nParagraf kedua tanpa judul di atasnya.\n");
        write("tanpa-paragraf.txt", "Hanya Sebuah Judul Tanpa Paragraf\n");
        write("satu-baris.txt", BODY + "\n");
        write("baris-panjang.txt", "Judul Baris Panjang\n\n" + (BODY + " ").repeat(5_000) + "\n");
        write("kontrol.txt", "Judul\u0007 Dengan\u001b Kontrol\r\n\r\n" + BODY.replace(" ", " \u0001") + "\r\n");
        write("rtl.txt", "Berita dari Kairo\n\nKAIRO - Warga menulis السلام عليكم di spanduk, Senin.\n");

        String db = dir.resolve("w.db").toString();
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db));
        args.addAll(inputs);
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta(args.toArray(String[]::new));

        assertEquals(1, run.exit(), run.err());
        List<String> failures = run.err().lines().toList();
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        Map<String, String> reasons = failures.stream().collect(Collectors.toMap(
                l -> l.substring(0, l.indexOf(": ")), l -> l.substring(l.indexOf(": ") + 2)));
        assertEquals("the file is empty", reasons.get(empty.toString()));
        assertEquals("the file holds only whitespace", reasons.get(blank.toString()));
        assertEquals("not text but a PNG image", reasons.get(png.toString()));
        assertEquals("not text but a zip or jar archive", reasons.get(jar.toString()));
        assertTrue(reasons.get(big.toString()).startsWith("the file is 50.0 MB, over the limit of 10 MB"));
        assertEquals("no such file", reasons.get(missing.toString()));
        assertEquals("not text but binary data (it contains NUL bytes)", reasons.get(dir.resolve("rusak-nul.txt").toString()));
        int refused = reasons.size();
        assertEquals(7, refused, run.err());
        System.out.println("bad-input batch: " + inputs.size() + " inputs, " + refused + " refused with one line, "
                + run.out().strip());
        assertEquals((inputs.size() - refused) + " stored, 0 duplicates, " + refused + " failed", run.out().strip());

        try (Library library = Library.open(Path.of(db))) {
            List<String> headlines = library.list().stream().map(ArticleEntry::headline).toList();
            assertTrue(headlines.contains("Menlu: “Damai” di Café Jakarta"), headlines.toString());
            assertTrue(headlines.contains("Señor Müller di Jakarta"), headlines.toString());
            assertTrue(headlines.contains("Judul UTF-16 Berita"), headlines.toString());
            assertTrue(headlines.contains("Berita dari Kairo"), headlines.toString());
            for (ArticleEntry entry : library.list()) {
                Article a = library.find(entry.id()).orElseThrow();
                String all = a.headline() + a.bodyText();
                assertTrue(all.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'), "control char in " + entry.id());
            }
            Article rtl = library.list().stream().filter(e -> "Berita dari Kairo".equals(e.headline()))
                    .map(e -> library.find(e.id()).orElseThrow()).findFirst().orElseThrow();
            assertTrue(rtl.bodyText().contains("السلام عليكم"), rtl.bodyText());
        }
    }

    private static byte[] utf16WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
