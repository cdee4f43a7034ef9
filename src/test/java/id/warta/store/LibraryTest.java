package id.warta.store;

import id.warta.ingest.ArticleSink.Outcome;
import id.warta.model.Article;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void readsBackEveryFieldAsSaved() {
        Article saved = Articles.full();
        try (Library library = Library.open(dir.resolve("w.db"))) {
            assertEquals(Outcome.STORED, library.save(saved));
        }
        try (Library reopened = Library.open(dir.resolve("w.db"))) {
            Article read = reopened.find(saved.id()).orElseThrow();
            assertEquals(saved, read);
            assertEquals(saved.mentions(), read.mentions());
            assertEquals("Kami ingin perdamaian yang adil", read.quotes().get(0).text());
            assertEquals(List.of("Sugiono", "Sergey Lavrov"), read.people());
            assertEquals("Dialog berlanjut.", read.sections().get(1).summary());
        }
    }

    @Test
    void absentFieldsStayAbsent() {
        Article bare = Articles.plain("Judul Saja", "Satu paragraf.");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(bare);
            assertEquals(bare, library.find(bare.id()).orElseThrow());
        }
    }

    @Test
    void sameIdOrSameUrlStoresNothingNew() {
        Article a = Articles.full();
        try (Library library = Library.open(dir.resolve("w.db"))) {
            assertEquals(Outcome.STORED, library.save(a));
            assertEquals(Outcome.DUPLICATE, library.save(a));
            Article sameUrlOtherText = Articles.plain("Judul Lain", "Isi lain.").withUrl(a.url());
            assertEquals(Outcome.DUPLICATE, library.save(sameUrlOtherText));
            assertEquals(1, library.count());
        }
    }

    @Test
    void aFailedSaveLeavesNothingBehind() {
        Article a = Articles.full();
        List<Mention> broken = new ArrayList<>(a.mentions());
        broken.add(new Mention("Sugiono", EntityType.PERSON, null, 0, 0, 0, 7)); // text is NOT NULL
        Article bad = a.withEntities(a.people(), a.places(), a.organizations(), broken);
        try (Library library = Library.open(dir.resolve("w.db"))) {
            assertThrows(LibraryException.class, () -> library.save(bad));
            assertEquals(0, library.count());
            assertTrue(library.search("Lavrov", 10).isEmpty());
            assertEquals(Outcome.STORED, library.save(a));
            assertEquals(a, library.find(a.id()).orElseThrow());
        }
    }

    @Test
    void deleteRemovesTheArticleAndEverythingHangingOffIt() throws Exception {
        Article a = Articles.full();
        Article other = Articles.plain("Lavrov di Jakarta", "Sergey Lavrov tiba di Jakarta.");
        Path file = dir.resolve("w.db");
        try (Library library = Library.open(file)) {
            library.save(a);
            library.save(other);
            library.setStarred(a.id(), true);
            assertTrue(library.delete(a.id()));
            assertFalse(library.delete(a.id()));
            assertTrue(library.find(a.id()).isEmpty());
            assertEquals(List.of(other.id()), library.search("Lavrov", 10).stream().map(SearchHit::id).toList());
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            for (String table : List.of("section", "paragraph", "quote", "mention", "article_entity",
                    "reader_state", "entity", "alias")) {
                var rows = sql.executeQuery("SELECT count(*) FROM " + table);
                rows.next();
                int expected = table.equals("section") || table.equals("paragraph") || table.equals("reader_state") ? 1 : 0;
                assertEquals(expected, rows.getInt(1), table);
            }
        }
    }

    @Test
    void readerStateIsKeptPerArticle() {
        Article a = Articles.full();
        Article b = Articles.plain("Berita Kedua", "Isi kedua.");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(a);
            library.save(b);
            assertTrue(library.setRead(a.id(), true));
            assertTrue(library.setStarred(b.id(), true));
            assertFalse(library.setRead("0000000000000000", true));
            var byId = library.list().stream().collect(java.util.stream.Collectors.toMap(ArticleEntry::id, e -> e));
            assertTrue(byId.get(a.id()).read());
            assertFalse(byId.get(a.id()).starred());
            assertFalse(byId.get(b.id()).read());
            assertTrue(byId.get(b.id()).starred());
        }
    }

    @Test
    void listsNewestFirstWithUndatedLast() {
        Article dated = Articles.full();
        Article undated = Articles.plain("Tanpa Tanggal", "Isi.");
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(undated);
            library.save(dated);
            assertEquals(List.of(dated.id(), undated.id()), library.list().stream().map(ArticleEntry::id).toList());
        }
    }

    @Test
    void quoteSpeakerIsLinkedEvenWhenTheRecogniserMissedThem() {
        Article a = Articles.plain("Pernyataan", "“Kita harus tenang,” kata Budi Santoso.")
                .withQuotes(List.of(new Quote("Kita harus tenang", "Budi Santoso", 0)));
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(a);
            assertEquals(a, library.find(a.id()).orElseThrow());
        }
    }

    @Test
    void searchFindsWordsInHeadlineAndBodyIgnoringCaseAndDiacritics() {
        try (Library library = Library.open(dir.resolve("w.db"))) {
            library.save(Articles.full());
            library.save(Articles.plain("Kafe di Zaporizhzhia", "Sebuah café dibuka kembali."));
            assertEquals(1, library.search("lavrov moskow", 10).size());
            assertEquals(1, library.search("CAFE", 10).size());
            String snippet = library.search("ukraina", 10).get(0).snippet();
            assertTrue(snippet.contains(SearchHit.MARK_OPEN + "Ukraina" + SearchHit.MARK_CLOSE), snippet);
            assertTrue(library.search("\"* ^ NEAR(", 10).isEmpty());
        }
    }

    @Test
    void refusesAFolder() {
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void refusesAMissingFolder() {
        Path file = dir.resolve("nope/w.db");
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void refusesAGarbageFileAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "Catatan pribadi, bukan database.\n".repeat(200).getBytes();
        Files.write(file, content);
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(file));
        assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
        assertEquals(-1, Files.mismatch(file, writeCopy(content)));
        assertFalse(Files.exists(dir.resolve("notes.db-wal")));
    }

    private Path writeCopy(byte[] content) throws Exception {
        return Files.write(dir.resolve("expected"), content);
    }

    @Test
    void refusesAnotherProgramsDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            sql.execute("CREATE TABLE contacts (name TEXT)");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(file));
        assertTrue(e.getMessage().contains("not a Warta library"), e.getMessage());
    }

    @Test
    void refusesALibraryFromANewerWarta() throws Exception {
        Path file = dir.resolve("w.db");
        Library.open(file).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            sql.execute("PRAGMA user_version = 999");
        }
        LibraryException e = assertThrows(LibraryException.class, () -> Library.open(file));
        assertTrue(e.getMessage().contains("newer Warta"), e.getMessage());
    }

    /** Foreign keys being on is shown by the delete test: cascades only run with them on. */
    @Test
    void opensInWalModeAtTheLatestSchema() throws Exception {
        Path file = dir.resolve("w.db");
        Library.open(file).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = db.createStatement()) {
            var rows = sql.executeQuery("PRAGMA journal_mode");
            rows.next();
            assertEquals("wal", rows.getString(1));
            rows = sql.executeQuery("PRAGMA user_version");
            rows.next();
            assertEquals(Migrations.latest(), rows.getInt(1));
        }
    }
}
