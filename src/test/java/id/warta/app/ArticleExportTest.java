package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExportTest {
    @Test
    void jsonHasTheParseFields(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.json");
        ArticleExport.write(List.of(UiLibrary.beijing(), UiLibrary.wina()), out, ArticleExport.Format.JSON);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(2, json.size());
        assertEquals(UiLibrary.BEIJING_HEADLINE, json.get(0).get("headline").asText());
        assertEquals("Kerja Sama Ekonomi", json.get(0).get("sections").get(1).get("heading").asText());
        assertTrue(json.get(0).get("mentions") == null, "mentions are not part of the JSON contract");
    }

    @Test
    void markdownHasHeadingsSummariesAndQuotes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.md");
        ArticleExport.write(List.of(UiLibrary.beijing()), out, ArticleExport.Format.MARKDOWN);
        String md = Files.readString(out);
        assertTrue(md.startsWith("# " + UiLibrary.BEIJING_HEADLINE + "\n"), md);
        assertTrue(md.contains("## Kerja Sama Ekonomi\n\n> Kedua menlu sepakat memperluas kerja sama ekonomi.\n"), md);
        assertTrue(md.contains("> “Kami ingin hubungan yang saling menguntungkan” — Sugiono"), md);
    }
}
