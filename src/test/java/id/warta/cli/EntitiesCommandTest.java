package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectPerLineWithJavaStringOffsets() throws Exception {
        Path file = dir.resolve("in.txt");
        String first = "Presiden Rusia Vladimir Putin bertemu Donald Trump di Anchorage, Alaska.";
        Files.writeString(file, first + "\n\n“Jika Trump mencoba,” kata Kuzmarov.\r\n", StandardCharsets.UTF_8);
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("entities", "--json", file.toString());
        assertEquals(0, run.exit());
        String[] lines = run.out().strip().split("\\R");
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
        LibraryCommandsTest.Run run = LibraryCommandsTest.warta("entities", "--json", dir.resolve("nope.txt").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().strip().endsWith("nope.txt: no such file"), run.err());
        assertEquals(1, run.err().strip().split("\\R").length);
    }
}
