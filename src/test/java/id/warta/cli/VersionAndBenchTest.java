package id.warta.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionAndBenchTest {
    @Test
    void versionIsTheBuildsVersion() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = WartaCommand.run("--version");
        } finally {
            System.setOut(before);
        }
        assertEquals(0, exit);
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        // The pom's version, filtered into the resource by the build: no placeholder, no "unknown".
        assertTrue(printed.matches("Warta \\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?"), printed);
        assertEquals("Warta " + ReleaseVersion.number(), printed);
    }

    @Test
    void benchIsTheRealCommandWhereItsClassesAreOnTheClassPath() throws Exception {
        // The tests compile with src/bench/java, so here the benchmarks are present.
        assertSame(Class.forName(BenchAbsent.BENCH_COMMAND), BenchAbsent.command());
    }

    @Test
    void withoutTheBenchClassesBenchAnswersInOneLine() {
        CommandLine cli = new CommandLine(new BenchAbsent());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(1, cli.execute("--articles", "100", "--db", "x.db"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("warta bench: ") && message.contains("target/warta-bench.jar"), message);
    }
}
