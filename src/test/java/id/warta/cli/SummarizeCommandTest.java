package id.warta.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeCommandTest {
    @Test
    void printsTheRequestedNumberOfSentencesFromTheArticle() throws IOException {
        Path seed = Path.of("data/000_541abc782ac656e9.txt");
        String text = Files.readString(seed).replaceAll("\\s+", " ");
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("summarize", "-n", "2", seed.toString());
        assertEquals(0, run.exit());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        for (String line : lines) assertTrue(text.contains(line), "a sentence of the article: " + line);
        assertTrue(text.indexOf(lines.get(0)) < text.indexOf(lines.get(1)), "document order");
    }

    @Test
    void defaultsToThreeSentences() {
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("summarize", "data/000_541abc782ac656e9.txt");
        assertEquals(0, run.exit());
        assertEquals(3, run.out().lines().count(), run.out());
    }

    @Test
    void missingFileGetsOneLine() {
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("summarize", "tidak-ada.txt");
        assertEquals(1, run.exit());
        assertEquals("tidak-ada.txt: no such file", run.err().strip());
    }

    @Test
    void nonPositiveCountGetsOneLine() {
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("summarize", "-n", "0", "data/000_541abc782ac656e9.txt");
        assertEquals(2, run.exit());
        assertEquals("summarize: -n must be at least 1, not 0", run.err().strip());
        assertEquals("", run.out());
    }
}
