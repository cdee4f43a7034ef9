package id.warta.store;

import id.warta.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, security: text typed into search reaches SQL only as bound parameters and FTS5 only as
 * quoted terms. SQL and FTS5 injection strings are searched for; nothing throws, nothing changes,
 * and none of them matches more than its words would.
 */
class SearchInjectionTest {
    private static final List<String> ATTACKS = List.of(
            "'; DROP TABLE article; --",
            "\"; DROP TABLE article; --",
            "' OR '1'='1",
            "\" OR \"\"=\"",
            "x' UNION SELECT id, headline, source, published, 1 FROM article --",
            "1); DELETE FROM article WHERE (1=1",
            "%' OR 1=1 --",
            "_%",
            "*",
            "a*",
            "NEAR(perdamaian ukraina, 100)",
            "headline:lavrov",
            "{headline body}: lavrov",
            "body_stem:*",
            "lavrov OR *",
            "^lavrov",
            "\"unterminated",
            "\\\"; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
            "person:' OR 1=1 --",
            "source:%",
            "source:' OR ''='",
            "org:\") OR (\"1\"=\"1",
            "after:2025-01-01' OR '1'='1",
            "quoted:%",
            "\u0000",
            "lavrov\u0000'; DROP TABLE entity; --");

    @TempDir
    Path dir;

    @Test
    void injectionStringsAreOnlyWordsToLookFor() throws Exception {
        Path file = dir.resolve("w.db");
        try (Library library = Library.open(file)) {
            library.save(Articles.full());
            library.save(Articles.plain("Kafe di Jakarta", "Sebuah kafe dibuka kembali di Jakarta."));
            int before = library.count();
            for (String attack : ATTACKS) {
                List<SearchHit> hits = library.search(attack, 50);
                // Only the article whose words the attack contains may match (lavrov, perdamaian, ukraina).
                for (SearchHit h : hits) assertEquals(Articles.full().id(), h.id(), attack + " matched " + h.headline());
                library.names(attack, null, 10);
                library.names(attack, EntityType.PERSON, 10);
            }
            assertEquals(List.of(), library.search("' OR '1'='1", 50), "a tautology matched");
            assertEquals(List.of(), library.search("source:%", 50), "a LIKE wildcard matched every source");
            assertEquals(List.of(), library.search("*", 50));
            assertEquals(before, library.count());
            assertEquals(1, library.search("lavrov", 10).size());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var sql = c.createStatement();
             var r = sql.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('article', 'entity', 'mention')")) {
            r.next();
            assertEquals(3, r.getInt(1), "tables dropped");
        }
        assertTrue(!java.nio.file.Files.exists(Path.of("/tmp/pwn.db")), "a database was attached");
        System.out.println("search injection: " + ATTACKS.size() + " attack strings searched, names() and search(), nothing changed");
    }
}
