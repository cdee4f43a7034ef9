package id.warta.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputBytesTest {
    private static final String ARTICLE = "Judul Berita\n\nJAKARTA - Paragraf pertama berita ini.\n";

    @TempDir
    Path dir;

    private final InputBytes tenMegabytes = new InputBytes(InputBytes.DEFAULT_MAX_BYTES);

    private String refusal(InputBytes reader, Path file) {
        InputException e = assertThrows(InputException.class, () -> reader.read(file, file.toString()));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage().substring(file.toString().length() + 2);
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() throws Exception {
        assertEquals("the file is empty", refusal(tenMegabytes, Files.write(dir.resolve("kosong.txt"), new byte[0])));
        Path blank = Files.writeString(dir.resolve("spasi.txt"), " \t\n\r\n \u00a0 \n");
        assertEquals("the file holds only whitespace", refusal(tenMegabytes, blank));
        Path blankUtf16 = Files.write(dir.resolve("spasi16.txt"), bom16le("  \n\n  "));
        assertEquals("the file holds only whitespace", refusal(tenMegabytes, blankUtf16));
    }

    @Test
    void refusesImagesArchivesAndOtherBinaryFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("not text but a PNG image", refusal(tenMegabytes, Files.write(dir.resolve("foto.txt"), png)));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertEquals("not text but a JPEG image", refusal(tenMegabytes, Files.write(dir.resolve("foto.jpg"), jpeg)));
        assertEquals("not text but a zip or jar archive", refusal(tenMegabytes, Files.write(dir.resolve("app.jar"), jar())));
        byte[] scattered = "Judul\n\nIsi\u0000dengan\u0000NUL di sana-sini dan teks biasa".getBytes(StandardCharsets.UTF_8);
        assertEquals("not text but binary data (it contains NUL bytes)",
                refusal(tenMegabytes, Files.write(dir.resolve("aneh.txt"), scattered)));
    }

    @Test
    void refusesA50MegabyteFileWithoutLoadingItAndTheLimitIsConfigurable() throws Exception {
        Path big = dir.resolve("besar.txt");
        byte[] line = "Paragraf panjang yang diulang-ulang untuk membuat berkas besar sekali.\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
        String reason = refusal(tenMegabytes, big);
        assertTrue(reason.startsWith("the file is 50.0 MB, over the limit of 10 MB"), reason);
        assertEquals(Files.size(big), new InputBytes(64L * 1024 * 1024).read(big, "besar.txt").length);

        Path small = Files.writeString(dir.resolve("kecil.txt"), ARTICLE);
        assertTrue(refusal(new InputBytes(10), small).contains("over the limit of 10 bytes"));
    }

    @Test
    void theLimitComesFromASystemPropertyWithUnits() {
        assertEquals(InputBytes.DEFAULT_MAX_BYTES, InputBytes.parseLimit(null));
        assertEquals(InputBytes.DEFAULT_MAX_BYTES, InputBytes.parseLimit(" "));
        assertEquals(50L * 1024 * 1024, InputBytes.parseLimit("50m"));
        assertEquals(50L * 1024 * 1024, InputBytes.parseLimit("50 MB"));
        assertEquals(512L * 1024, InputBytes.parseLimit("512k"));
        assertEquals(1234, InputBytes.parseLimit("1234"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputBytes.parseLimit("banyak"));
        assertEquals("warta.maxBytes: not a size: banyak", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputBytes.parseLimit("-5"));
        String before = System.getProperty(InputBytes.MAX_BYTES_PROPERTY);
        try {
            System.setProperty(InputBytes.MAX_BYTES_PROPERTY, "2k");
            assertEquals(2048, InputBytes.configured().maxBytes());
        } finally {
            if (before == null) System.clearProperty(InputBytes.MAX_BYTES_PROPERTY);
            else System.setProperty(InputBytes.MAX_BYTES_PROPERTY, before);
        }
    }

    @Test
    void missingFilesAndFoldersAreNamed() throws Exception {
        assertEquals("no such file", refusal(tenMegabytes, dir.resolve("hilang.txt")));
        assertEquals("is a folder, not a file", refusal(tenMegabytes, Files.createDirectory(dir.resolve("map"))));
    }

    @Test
    void textInAnyEncodingIsAcceptedAsIs() throws Exception {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(utf8, tenMegabytes.read(Files.write(dir.resolve("a.txt"), utf8), "a.txt"));
        byte[] utf16 = bom16le(ARTICLE);
        assertArrayEquals(utf16, tenMegabytes.read(Files.write(dir.resolve("b.txt"), utf16), "b.txt"));
    }

    static byte[] bom16le(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    private static byte[] jar() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("id/warta/Contoh.class"));
            jar.write(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
