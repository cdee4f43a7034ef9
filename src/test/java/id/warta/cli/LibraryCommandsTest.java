package id.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run warta(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void ingestTwiceOnOneFolderStoresEachArticleOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("berita/sub"));
        Files.copy(Path.of("data/000_541abc782ac656e9.txt"), dir.resolve("berita/seed.txt"));
        Files.writeString(folder.resolve("kedua.txt"), "Judul Kedua\n\nParagraf pertama berita kedua.\n");
        String db = dir.resolve("w.db").toString();

        Run first = warta("ingest", "--db", db, dir.resolve("berita").toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("2 stored, 0 duplicates, 0 failed", first.out().strip());

        Run second = warta("ingest", "--db", db, dir.resolve("berita").toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals("0 stored, 2 duplicates, 0 failed", second.out().strip());

        JsonNode list = Json.MAPPER.readTree(warta("list", "--db", db, "--json").out());
        assertEquals(2, list.size());
    }

    @Test
    void failedInputsAreNamedAndTheOthersStillStored() throws Exception {
        Path good = Files.writeString(dir.resolve("baik.txt"), "Judul Baik\n\nIsi yang baik.\n");
        Path empty = Files.writeString(dir.resolve("kosong.txt"), "   \n");
        String missing = dir.resolve("hilang.txt").toString();
        Run run = warta("ingest", "--db", dir.resolve("w.db").toString(), good.toString(), empty.toString(), missing);
        assertEquals(1, run.exit());
        assertEquals("1 stored, 0 duplicates, 2 failed", run.out().strip());
        String[] failures = run.err().strip().split("\n");
        assertEquals(2, failures.length, run.err());
        assertTrue(failures[0].startsWith(empty.toString() + ": "), failures[0]);
        assertTrue(failures[1].startsWith(missing + ": "), failures[1]);
    }

    @Test
    void searchAnchorageListsTheSeed() throws Exception {
        String db = dir.resolve("w.db").toString();
        assertEquals(0, warta("ingest", "--db", db, "data/000_541abc782ac656e9.txt").exit());
        Run text = warta("search", "--db", db, "Anchorage");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS"), text.out());

        JsonNode hits = Json.MAPPER.readTree(warta("search", "--db", db, "--json", "Anchorage").out());
        JsonNode hit = null;
        for (JsonNode h : hits) {
            if (h.get("headline").asText().equals("Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS")) hit = h;
        }
        assertTrue(hit != null, hits.toString());
        for (String field : new String[]{"id", "headline", "source", "published", "score", "snippet"}) {
            assertTrue(hit.has(field), field);
        }
        assertTrue(hit.get("snippet").asText().contains("«Anchorage»"), hit.get("snippet").asText());

        Run show = warta("show", "--db", db, "--json", hit.get("id").asText());
        assertEquals(0, show.exit(), show.err());
        assertEquals(hit.get("headline").asText(), Json.MAPPER.readTree(show.out()).get("headline").asText());
    }

    @Test
    void showNamesAnUnknownId() {
        String db = dir.resolve("w.db").toString();
        warta("ingest", "--db", db, "data");
        Run run = warta("show", "--db", db, "ffffffffffffffff");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("ffffffffffffffff: no such article"), run.err());
    }

    @Test
    void aBadLibraryIsOneLineNotAStackTrace() throws Exception {
        Path garbage = Files.writeString(dir.resolve("x.db"), "bukan database ".repeat(100));
        String[] lines = new String[1];
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new WartaCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            lines[0] = e.getMessage();
            return 2;
        });
        assertEquals(2, cli.execute("list", "--db", garbage.toString()));
        assertTrue(lines[0].startsWith(garbage + ": not a Warta library"), lines[0]);
        assertEquals(1, lines[0].lines().count());
    }

    @Test
    void namesListsEntitiesByArticleCount() throws Exception {
        String db = dir.resolve("w.db").toString();
        id.warta.model.Article a = new id.warta.model.Article(null, "Lavrov Bertemu Sugiono", "ANTARA", null, null, null,
                null, java.util.List.of(new id.warta.model.Section(null, java.util.List.of("Lavrov dan Sugiono bertemu."), "")),
                java.util.List.of(), java.util.List.of("Sergey Lavrov", "Sugiono"), java.util.List.of(), java.util.List.of(),
                "", java.util.List.of(new id.warta.model.Mention("Sergey Lavrov", id.warta.model.EntityType.PERSON,
                "Lavrov", 0, 0, 0, 6)));
        try (id.warta.store.Library library = id.warta.store.Library.open(Path.of(db))) {
            library.save(a.withId("aaaaaaaaaaaaaaaa"));
            library.save(a.withId("bbbbbbbbbbbbbbbb").withEntities(java.util.List.of("Sergey Lavrov"),
                    java.util.List.of(), java.util.List.of(), java.util.List.of()));
        }
        Run text = warta("names", "--db", db, "--type", "person");
        assertEquals(0, text.exit(), text.err());
        String[] lines = text.out().strip().split("\n");
        assertEquals(2, lines.length, text.out());
        assertTrue(lines[0].matches("\\s*2\\s+PERSON\\s+Sergey Lavrov"), lines[0]);
        assertTrue(lines[1].matches("\\s*1\\s+PERSON\\s+Sugiono"), lines[1]);

        JsonNode json = Json.MAPPER.readTree(warta("names", "--db", db, "--json", "lav").out());
        assertEquals(1, json.size());
        assertEquals("Sergey Lavrov", json.get(0).get("name").asText());
        assertEquals(2, json.get(0).get("articles").asInt());

        Run bad = warta("names", "--db", db, "--type", "planet");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("--type planet:"), bad.err());
    }
}
