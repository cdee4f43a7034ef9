package id.warta.store;

import id.warta.bench.QueryMix;
import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search reads each result's body block by block and stops once its snippet is settled: the
 * snippets must be exactly those cut from the whole body, read at once.
 */
class SearchSnippetsTest {
    @TempDir
    Path dir;

    @Test
    void snippetsReadBlockByBlockEqualThoseOfTheWholeBody() throws Exception {
        Path file = dir.resolve("snippets.db");
        GeneratedNews.library(file, 5, 250);
        try (Library library = Library.open(file)) {
            library.save(Articles.full());
            library.save(headingsWithoutParagraphs());
        }
        List<String> queries = new ArrayList<>(QueryMix.QUERIES);
        queries.addAll(List.of("Sugiono", "perdamaian Lavrov", "dialog", "Moskow OR Ukraina", "yang", "penutup rapat",
                "kerja sama", "Rusia -ekonomi", "person:Lavrov", "after:2024-01-01", "sumber akhir"));
        int compared = 0;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
             StatementCache statements = new StatementCache(db)) {
            SearchIndex index = new SearchIndex(statements, new EntityDirectory(statements));
            for (String q : queries) {
                SearchIndex.Ranked ranked = index.ranked(q, 50);
                List<SearchHit> hits = index.withSnippets(ranked);
                for (int i = 0; i < hits.size(); i++) {
                    String whole = Snippets.of(wholeBody(statements, ranked.docs().get(i)), ranked.plan().markWords,
                            ranked.plan().markStems);
                    assertEquals(whole, hits.get(i).snippet(), q + " in " + hits.get(i).headline());
                    compared++;
                }
            }
        }
        System.out.printf("%d snippets compared%n", compared);
        assertTrue(compared > 300, "compared " + compared);
    }

    /** The body as search read it before: every block at once, in one statement. */
    private static String wholeBody(StatementCache statements, long doc) throws Exception {
        PreparedStatement q = statements.get("""
                SELECT text FROM (
                    SELECT 0 AS s, -1 AS i, caption AS text FROM article WHERE doc = ?1
                    UNION ALL SELECT idx + 1, -1, heading FROM section WHERE doc = ?1
                    UNION ALL SELECT section + 1, idx, text FROM paragraph WHERE doc = ?1)
                WHERE text IS NOT NULL ORDER BY s, i""");
        q.setLong(1, doc);
        StringJoiner body = new StringJoiner("\n\n");
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) body.add(r.getString(1));
        }
        return body.toString();
    }

    /** A caption, a section that is only a heading between others, and a last one with no paragraphs. */
    private static Article headingsWithoutParagraphs() {
        List<Section> sections = List.of(
                new Section(null, List.of("Rapat dibuka pagi hari oleh ketua panitia."), ""),
                new Section("Penutup Rapat", List.of(), ""),
                new Section("Catatan", List.of("Peserta pulang sore hari setelah rapat selesai."), ""),
                new Section("Sumber Akhir", List.of(), ""));
        Article a = new Article(null, "Rapat Panitia Berakhir", "ANTARA", null, "2025-01-02T10:00:00+07:00", null,
                "Foto: peserta rapat panitia.", sections, List.of(), List.of(), List.of(), List.of(), "", List.of());
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }
}
