package id.warta.store;

import id.warta.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Stems prepared on another thread ({@link Library#prepare}) must index exactly as stems computed while saving. */
class PreparedStemsTest {
    private static final List<String> QUERIES = List.of("pemulihan", "dipulihkan", "perdamaian", "bertemu",
            "Permana", "\"Amerika Serikat\"", "person:Putin sanksi", "ekonomi -Rusia");

    @TempDir
    Path dir;

    @Test
    void preparedAndUnpreparedLibrariesAnswerAlike() throws Exception {
        List<Article> articles = new ArrayList<>();
        articles.add(NewsLibrary.seed());
        articles.addAll(NewsLibrary.written());
        try (Library plain = Library.open(dir.resolve("plain.db"));
             Library prepared = Library.open(dir.resolve("prepared.db"))) {
            plain.saveAll(articles);
            // Prepared out of order and from another thread, as an import's parsers do.
            List<Article> shuffled = new ArrayList<>(articles);
            Collections.reverse(shuffled);
            Thread parser = new Thread(() -> shuffled.forEach(prepared::prepare));
            parser.start();
            parser.join();
            prepared.saveAll(articles);
            for (String query : QUERIES) {
                List<SearchHit> expected = plain.search(query, 50);
                assertEquals(ids(expected), ids(prepared.search(query, 50)), query);
                assertEquals(expected.stream().map(SearchHit::snippet).toList(),
                        prepared.search(query, 50).stream().map(SearchHit::snippet).toList(), query);
            }
            assertFalse(plain.search("pemulihan", 50).isEmpty(), "the queries must find something");
        }
    }

    @Test
    void stemsPreparedForOneArticleNeverIndexAnother() throws Exception {
        List<Article> written = NewsLibrary.written();
        try (Library library = Library.open(dir.resolve("one.db"))) {
            library.prepare(written.get(0));
            library.save(written.get(1));
            for (SearchHit hit : library.search("pemulihan OR perdamaian OR bertemu OR Putin", 50)) {
                assertEquals(written.get(1).headline(), hit.headline());
            }
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.id() + " " + h.score()).toList();
    }
}
