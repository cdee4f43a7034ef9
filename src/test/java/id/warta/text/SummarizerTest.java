package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {
    private final Summarizer summarizer = new Summarizer();

    /** Story text as the layout step hands it on: the dateline and reading links are already gone. */
    private static final List<String> ARTICLE = List.of(
            "Pemerintah Indonesia dan Malaysia sepakat memulihkan perundingan batas laut "
                    + "di Selat Malaka yang terhenti sejak 2019.",
            "“Kami ingin perbatasan yang damai dan jelas bagi nelayan kedua negara,” kata Menteri Luar Negeri Retno "
                    + "Marsudi di Jakarta, Senin (12/3). Ia tersenyum.",
            "Pemulihan perundingan batas laut itu dipimpin tim teknis kedua negara yang akan bertemu di Kuala Lumpur "
                    + "pada April. Pertemuan pertama membahas garis batas laut teritorial di Selat Malaka.",
            "PERUNDINGAN DILANJUTKAN",
            "Perundingan Dilanjutkan di Kuala Lumpur pada Bulan April",
            "(Foto: Antara)",
            "Selain soal batas laut, kedua menteri juga membahas perlindungan pekerja migran Indonesia di Malaysia.");

    @Test
    void givesWholeSentencesInDocumentOrder() {
        List<String> summary = summarizer.summarize(ARTICLE, 3);
        assertEquals(3, summary.size());
        String body = String.join(" ", ARTICLE);
        int last = -1;
        for (String s : summary) {
            int at = body.indexOf(s);
            assertTrue(at > last, "whole sentence, in order: " + s);
            last = at;
        }
    }

    @Test
    void leavesOutBracketedNotesShoutedHeadingsAndFragments() {
        String summary = String.join(" ", summarizer.summarize(ARTICLE, 5));
        assertTrue(summary.startsWith("Pemerintah Indonesia dan Malaysia sepakat"), summary);
        assertFalse(summary.contains("Foto"), summary);
        assertFalse(summary.contains("PERUNDINGAN DILANJUTKAN"), summary);
        assertFalse(summary.contains("Dilanjutkan di Kuala Lumpur"), summary);  // a sub-heading left in the body
        assertFalse(summary.contains("Ia tersenyum."), summary);      // fragments are not sentences worth reading
    }

    @Test
    void prefersReportedFactsToDirectQuotes() {
        List<String> summary = summarizer.summarize(ARTICLE, 2);
        assertTrue(summary.get(1).startsWith("Pemulihan perundingan batas laut"), summary.toString());
    }

    @Test
    void dropsNearDuplicates() {
        List<String> paragraphs = List.of(
                "Rusia dan Ukraina menyepakati gencatan senjata di wilayah Donbas mulai Jumat malam.",
                "Rusia dan Ukraina menyepakati gencatan senjata di wilayah Donbas mulai Jumat malam waktu setempat.",
                "Kesepakatan itu dicapai setelah perundingan di Istanbul yang ditengahi Turki.",
                "Warga Donetsk menyambut kabar itu dengan hati-hati karena gencatan senjata sebelumnya gagal.");
        List<String> summary = summarizer.summarize(paragraphs, 2);
        assertEquals(List.of(paragraphs.get(0), paragraphs.get(2)), summary);
    }

    @Test
    void shortTextsSummariseToThemselves() {
        assertEquals(List.of("Perang berakhir."), summarizer.summarize(List.of("Perang berakhir."), 1));
        assertEquals(List.of(), summarizer.summarize(List.of(), 3));
        assertEquals(List.of(), summarizer.summarize(List.of("(Foto: Antara)"), 1));
    }

    /** The patterns the sentence checks were before they became scans (run on every sentence, they were slow). */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(?:(?:kata|ujar|ucap|tutur|ungkap|imbuh|papar|pungkas|tandas)(?:nya)?"
                    + "|(?:tambah|jelas|tegas|terang|lanjut|sebut)nya)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TEASER_TAIL = Pattern.compile("[”\"’')\\]\\s]+$");
    private static final Pattern FINISHED = Pattern.compile("[.?!…][”\"’')\\]]*$");

    @Test
    void sentenceChecksAgreeWithTheirPatternsOnRandomText() {
        String[] pieces = {"kata", "nya", "ujar", "tegas", "tambah", "lah", "Kata", "KATA", " ", " ", "\n", "\t", ".", "?", "!",
                "…", ":", "”", "\"", "’", "'", ")", "]", "-", "_", "é", "\u0301", "\u200d", "\u0085", "\u2028", "9", "x", "İ"};
        Random random = new Random(11);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertEquals(SPEECH.matcher(text.toLowerCase(Locale.ROOT)).find(), SentenceShape.isAttributed(text), text);
            assertEquals(FINISHED.matcher(text).find(), SentenceShape.isFinished(text), text);
            String end = TEASER_TAIL.matcher(text).replaceAll("");
            assertEquals(end.endsWith("?") || end.endsWith(":"), SentenceShape.isTeaser(text), text);
        }
    }
}
