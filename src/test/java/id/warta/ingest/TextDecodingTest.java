package id.warta.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDecodingTest {
    private static final String TEXT = "Café “Garuda” – Menlu berkata: «damai» ½ ©";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertEquals(TEXT, TextDecoding.decode(plain));
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(TEXT, TextDecoding.decode(bom));
    }

    @Test
    void utf16WithEitherByteOrderMark() {
        assertEquals(TEXT, TextDecoding.decode(InputBytesTest.bom16le(TEXT)));
        byte[] be = TEXT.getBytes(StandardCharsets.UTF_16); // Java writes the BE mark FE FF
        assertEquals((byte) 0xFE, be[0]);
        assertEquals(TEXT, TextDecoding.decode(be));
    }

    @Test
    void utf16WithoutAMarkIsRecognisedByItsNuls() {
        assertEquals("Jakarta - Menlu", TextDecoding.decode("Jakarta - Menlu".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("Jakarta - Menlu", TextDecoding.decode("Jakarta - Menlu".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        byte[] cp1252 = TEXT.getBytes(TextDecoding.WINDOWS_1252);
        assertEquals(TEXT, TextDecoding.decode(cp1252));
    }

    @Test
    void iso88591PrintablesDecodeTheSame() {
        String latin1 = "Señor Müller, café à la crème, 50° ±2 ÷ ×";
        assertEquals(latin1, TextDecoding.decode(latin1.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aStrayInvalidByteInUtf8TextDoesNotLoseTheRest() {
        byte[] good = "Prabowo bertemu Putin di Moskow ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // é in windows-1252, invalid on its own in UTF-8
        assertEquals("Prabowo bertemu Putin di Moskow é", TextDecoding.decode(bytes));
    }

    @Test
    void controlCharactersGoTabsAndLineEndsStay() {
        String dirty = "Judul\u0000\u0007\r\n\r\nIsi\tdengan\u001b[31mwarna\u0085\u009b\rbaris\u000c\u007f\ufffd.";
        assertEquals("Judul\n\nIsi\tdengan[31mwarna\nbaris.", TextDecoding.clean(dirty));
    }

    @Test
    void rightToLeftTextAndItsMarksStay() {
        String rtl = "Kata Arab \u200fالسلام عليكم\u200e dan Ibrani שלום, lalu \u202bمرحبا\u202c.";
        assertEquals(rtl, TextDecoding.decode(rtl.getBytes(StandardCharsets.UTF_8)));
    }
}
