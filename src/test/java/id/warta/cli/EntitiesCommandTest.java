package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsOneJsonObjectPerLineWithJavaStringOffsets() throws Exception {
        Path file = dir.resolve("in.txt");
        String first = "Presiden Rusia Vladimir Putin bertemu Donald Trump di Anchorage, Alaska.";
        Files.writeString(file, first + "\n\n“Jika Trump mencoba,” kata Kuzmarov.\r\n", StandardCharsets.UTF_8);
        assertEquals(0, run("entities", "--json", file.toString()));
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(3, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode one = json.readTree(lines[0]);
        assertEquals(1, one.get("line").asInt());
        JsonNode putin = one.get("entities").get(0);
        assertEquals("Vladimir Putin", putin.get("text").asText());
        assertEquals("PERSON", putin.get("type").asText());
        assertEquals("Vladimir Putin", first.substring(putin.get("start").asInt(), putin.get("end").asInt()));
        assertEquals(0, json.readTree(lines[1]).get("entities").size());
        JsonNode three = json.readTree(lines[2]);
        assertEquals(3, three.get("line").asInt());
        assertEquals("Kuzmarov", three.get("entities").get(1).get("text").asText());
        assertEquals("“Jika Trump mencoba,” kata Kuzmarov.".indexOf("Kuzmarov"), three.get("entities").get(1).get("start").asInt());
    }

    @Test
    void missingFileIsAOneLineError() {
        assertEquals(1, run("entities", "--json", dir.resolve("nope.txt").toString()));
        assertTrue(err.toString().strip().endsWith("nope.txt: no such file"), err.toString());
        assertEquals(1, err.toString().strip().split("\\R").length);
    }
}
