package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A query with a phrase of several words is ranked by an expression with the phrase read as its
 * words and exclusions left out ({@link SearchPlan#rankMatch}): it must still find exactly the
 * articles the phrase query matches, exclusions (also nested ones) included.
 */
class PhraseRankingTest {
    @TempDir
    Path dir;

    @Test
    void rankingByWordsFindsWhatThePhraseMatches() throws Exception {
        Path file = dir.resolve("phrases.db");
        GeneratedNews.library(file, 7, 400);
        List<String> queries = List.of("\"kerja sama ekonomi\"", "\"kerja sama\" -ekonomi", "\"kerja sama\" Rusia",
                "(\"kerja sama\" -\"ekonomi Rusia\") OR \"gencatan senjata\"", "(\"kerja sama\" -\"sama ekonomi\") OR perdamaian", "\"gencatan senjata\" OR \"kerja sama\" -Gaza",
                "pasca-perang OR \"sama ekonomi\"");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             StatementCache statements = new StatementCache(db)) {
            EntityDirectory entities = new EntityDirectory(statements);
            SearchIndex index = new SearchIndex(statements, entities);
            for (String q : queries) {
                SearchPlan plan = new SearchPlan(QueryParser.parse(q).orElseThrow(), entities);
                assertNotNull(plan.rankMatch, q + " is ranked by words");
                assertEquals("1", plan.where, q + " has no SQL conditions");
                Set<String> found = new HashSet<>();
                for (SearchHit h : index.search(q, 1000)) found.add(h.id());
                Set<String> matched = new HashSet<>();
                PreparedStatement m = statements.get(
                        "SELECT a.id FROM article_text t JOIN article a ON a.doc = t.rowid WHERE article_text MATCH ?");
                m.setString(1, plan.match);
                try (ResultSet r = m.executeQuery()) {
                    while (r.next()) matched.add(r.getString(1));
                }
                System.out.printf("%s: %d articles%n", q, matched.size());
                assertFalse(matched.isEmpty(), q + " matches something");
                assertEquals(matched, found, q);
            }
        }
    }
}
