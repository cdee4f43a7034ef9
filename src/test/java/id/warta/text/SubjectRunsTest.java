package id.warta.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubjectRunsTest {
    private static final List<String> PIECES = List.of("Praktis Bima", " hanya berkomunikasi", "Bagi Toto", ", ", ",",
            ". ", ".", "! ", "? ", "\n", "\n\n", " ", "Joko Widodo", " mengatakan", "dr. Ani", "“", "”", "\"",
            "Menurut Sri Mulyani", " di Jakarta", "Presiden", " bahwa", "A", "x", "Ia", "  ", "O'Brien-Smith");

    @Test
    void findsWhatAFindLoopOverTheSubjectPatternFinds() {
        Random random = new Random(11);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i >= 0; i--) text.append(PIECES.get(random.nextInt(PIECES.size())));
            String t = text.toString();
            assertEquals(withFind(t), withRuns(t), t);
        }
    }

    @Test
    void readsTheSubjectsOfSentencesAndParagraphs() {
        String text = "Joko Widodo mengatakan itu. Bagi Toto, hal itu baik.\nPraktis Bima hanya diam";
        assertEquals(withFind(text), withRuns(text));
        assertEquals(3, withRuns(text).size());
        assertEquals(List.of(), withRuns(""));
    }

    private static List<String> withFind(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QuoteFinder.SUBJECT.matcher(text);
        while (m.find()) out.add(m.start() + ":" + m.start(1) + "-" + m.end(1) + "=" + m.group(1));
        return out;
    }

    private static List<String> withRuns(String text) {
        List<String> out = new ArrayList<>();
        SubjectRuns m = new SubjectRuns(text);
        while (m.find()) out.add(m.start() + ":" + m.start(1) + "-" + m.end(1) + "=" + m.group(1));
        return out;
    }
}
