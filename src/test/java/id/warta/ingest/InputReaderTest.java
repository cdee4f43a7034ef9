package id.warta.ingest;

import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Block;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which reader a file goes to, by content first and extension second, and the file-level errors. */
class InputReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Menlu Bertemu Mitra ASEAN | Warta Uji</title></head><body>
            <h1>Menlu Bertemu Mitra ASEAN</h1><div class="isi">
            <p>JAKARTA - Menteri Luar Negeri bertemu para mitra ASEAN untuk membahas keamanan kawasan, perdagangan, dan Laut China Selatan, Senin.</p>
            <p>"Kita ingin kawasan yang damai dan stabil," kata Menlu kepada wartawan. Pertemuan itu berlangsung tertutup selama dua jam.</p>
            </div></body></html>""";
    private static final String ARTICLE_JSON = """
            {"id":"0123456789abcdef","headline":"Menlu Bertemu Mitra ASEAN","source":"ANTARA","dateline":"Jakarta",
             "published":"2025-08-18T10:15:00+07:00","url":"https://example.org/berita/1","caption":"Menlu di Jakarta.",
             "sections":[{"heading":null,"paragraphs":["Menteri Luar Negeri bertemu mitra ASEAN.","Pertemuan tertutup."],"summary":""},
                         {"heading":"Langkah Berikutnya","paragraphs":["Pembicaraan berlanjut bulan depan."],"summary":""}],
             "quotes":[],"people":[],"places":["Jakarta"],"organizations":["ASEAN"],"summary":"Menteri Luar Negeri bertemu mitra ASEAN."}""";

    private final InputReader reader = new InputReader();

    @Test
    void readsHtmlByExtensionAndByContentWhenTheExtensionLies(@TempDir Path dir) throws Exception {
        Path html = Files.writeString(dir.resolve("menlu.html"), PAGE);
        Path txt = Files.writeString(dir.resolve("menlu.txt"), PAGE);
        for (Path p : List.of(html, txt)) {
            Draft d = reader.read(p.toString());
            assertEquals("Menlu Bertemu Mitra ASEAN", d.headline(), p.toString());
            assertTrue(d.blocks().get(0).text().startsWith("JAKARTA - Menteri Luar Negeri"), p.toString());
        }
    }

    @Test
    void readsWartaJsonBackWithItsDatelineInFrontOfTheFirstParagraph(@TempDir Path dir) throws Exception {
        Draft d = reader.read(Files.writeString(dir.resolve("artikel.json"), ARTICLE_JSON).toString());
        assertEquals("Menlu Bertemu Mitra ASEAN", d.headline());
        assertEquals("ANTARA", d.source());
        assertEquals("2025-08-18T10:15:00+07:00", d.published());
        assertEquals("https://example.org/berita/1", d.url());
        assertEquals("Menlu di Jakarta.", d.caption());
        assertEquals(List.of(Block.paragraph("Jakarta - Menteri Luar Negeri bertemu mitra ASEAN."),
                Block.paragraph("Pertemuan tertutup."), Block.heading("Langkah Berikutnya"),
                Block.paragraph("Pembicaraan berlanjut bulan depan.")), d.blocks());
        Draft sniffed = reader.read(Files.writeString(dir.resolve("artikel.txt"), ARTICLE_JSON).toString());
        assertEquals(d, sniffed);
    }

    @Test
    void readsPlainTextOtherwise(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("berita.txt"), "Judul Berita\n\nJakarta - Isi berita pertama.\n");
        assertEquals("Judul Berita", reader.read(txt.toString()).headline());
    }

    @Test
    void explainsBadFiles(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("kosong.html"));
        assertEquals(empty + ": the file is empty", message(empty.toString()));
        assertEquals(dir.resolve("tidak-ada.html") + ": no such file", message(dir.resolve("tidak-ada.html").toString()));
        assertEquals(dir + ": is a folder, not a file", message(dir.toString()));
        Path huge = dir.resolve("besar.html");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(InputReader.MAX_FILE_BYTES + 1);
        }
        assertTrue(message(huge.toString()).startsWith(huge + ": the file is 10.0 MB, over the limit of 10 MB"), message(huge.toString()));
        Path broken = Files.writeString(dir.resolve("rusak.json"), "{\"headline\": \"x\",", StandardCharsets.UTF_8);
        assertTrue(message(broken.toString()).startsWith(broken + ": not valid JSON"), message(broken.toString()));
        Path other = Files.writeString(dir.resolve("lain.json"), "{\"title\": \"x\"}");
        assertEquals(other + ": not a Warta article JSON (expected an object with headline and sections)",
                message(other.toString()));
    }

    @Test
    void sniffsKinds() {
        assertEquals(InputReader.Kind.HTML, InputReader.kindOf("a.txt", "\n<!-- saved -->\n<!DOCTYPE html><p>x".getBytes()));
        assertEquals(InputReader.Kind.HTML, InputReader.kindOf("a.htm", "<div>x</div>".getBytes()));
        assertEquals(InputReader.Kind.TEXT, InputReader.kindOf("a.html", "Judul\n\nIsi".getBytes()));
        assertEquals(InputReader.Kind.JSON, InputReader.kindOf("a.dat", "  {\"headline\":1}".getBytes()));
        assertEquals(InputReader.Kind.TEXT, InputReader.kindOf("a.txt", "<Judul dalam kurung sudut>\n\nIsi".getBytes()));
    }

    private String message(String input) {
        return assertThrows(InputException.class, () -> reader.read(input)).getMessage();
    }
}
