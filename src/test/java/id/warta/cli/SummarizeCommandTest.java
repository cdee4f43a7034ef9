package id.warta.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheRequestedNumberOfSentencesFromTheArticle() throws IOException {
        Path seed = Path.of("data/000_541abc782ac656e9.txt");
        String text = Files.readString(seed).replaceAll("\\s+", " ");
        assertEquals(0, run("summarize", "-n", "2", seed.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out.toString());
        for (String line : lines) assertTrue(text.contains(line), "a sentence of the article: " + line);
        assertTrue(text.indexOf(lines.get(0)) < text.indexOf(lines.get(1)), "document order");
    }

    @Test
    void defaultsToThreeSentences() {
        assertEquals(0, run("summarize", "data/000_541abc782ac656e9.txt"));
        assertEquals(3, out.toString().lines().count(), out.toString());
    }

    @Test
    void missingFileGetsOneLine() {
        assertEquals(1, run("summarize", "tidak-ada.txt"));
        assertEquals("tidak-ada.txt: no such file", err.toString().strip());
    }

    @Test
    void nonPositiveCountGetsOneLine() {
        assertEquals(2, run("summarize", "-n", "0", "data/000_541abc782ac656e9.txt"));
        assertEquals("summarize: -n must be at least 1, not 0", err.toString().strip());
        assertEquals("", out.toString());
    }
}
