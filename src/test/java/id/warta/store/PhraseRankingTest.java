package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A query with a phrase of several words is ranked by an expression with the phrase read as its
 * words and exclusions left out ({@link SearchPlan#rankMatch}): it must still find exactly the
 * articles the phrase query matches, exclusions (also nested ones) included. Words held by half
 * the articles are left out of that expression: scores must stay those of BM25 over every word.
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

    /**
     * "yang" is in nearly every generated article: FTS5 clamps its IDF to 1e-6, so leaving it out of
     * the rank expression may change no score by more than 1e-5, and every matching article is found.
     */
    @Test
    void wordsInHalfTheLibraryAreLeftOutOfRankingWithoutChangingScores() throws Exception {
        Path file = dir.resolve("common.db");
        GeneratedNews.library(file, 11, 300);
        // no phrases: BM25 of the match itself is the score with every word
        List<String> queries = List.of("yang ekonomi", "kerja sama yang", "yang dan", "(yang ekonomi) OR perdamaian",
                "yang ekonomi -sanksi");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             StatementCache statements = new StatementCache(db)) {
            EntityDirectory entities = new EntityDirectory(statements);
            assertTrue(2 * entities.words.articles("yang") >= entities.librarySize(), "yang is in half the articles");
            assertTrue(2 * entities.words.articles("ekonomi") < entities.librarySize(), "ekonomi is not");
            SearchIndex index = new SearchIndex(statements, entities);
            for (String q : queries) {
                SearchPlan plan = new SearchPlan(QueryParser.parse(q).orElseThrow(), entities);
                assertNotNull(plan.rankMatch, q + " is ranked by fewer words");
                assertFalse(plan.rankMatch.contains("\"yang\" AND") || plan.rankMatch.contains("AND \"yang\""),
                        q + " ranks without yang beside other words: " + plan.rankMatch);
                Map<String, Double> full = new HashMap<>();
                PreparedStatement m = statements.get("SELECT a.id, -bm25(article_text, 4.0, 1.0) FROM article_text t"
                        + " JOIN article a ON a.doc = t.rowid WHERE article_text MATCH ?");
                m.setString(1, plan.match);
                try (ResultSet r = m.executeQuery()) {
                    while (r.next()) full.put(r.getString(1), r.getDouble(2));
                }
                List<SearchHit> hits = index.search(q, 1000);
                System.out.printf("%s: %d articles, ranked by %s%n", q, hits.size(), plan.rankMatch);
                assertFalse(hits.isEmpty(), q + " matches something");
                assertEquals(full.keySet(), hits.stream().map(SearchHit::id).collect(Collectors.toSet()), q);
                for (SearchHit h : hits) assertEquals(full.get(h.id()), h.score(), 1e-5, q + " " + h.id());
            }
        }
    }
}
