package id.warta.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * An entity filter is written two ways (the list of the entity's articles, or a check per article,
 * chosen by how often the entity is named): both must find the same articles in the same order.
 * Here every filter is run both ways over 400 generated articles.
 */
class FilterFormsTest {
    @TempDir
    Path dir;

    @Test
    void listedAndCheckedFiltersFindTheSame() throws Exception {
        Path file = dir.resolve("forms.db");
        GeneratedNews.library(file, 11, 400);
        List<String> queries = List.of("person:Putin", "place:\"Amerika Serikat\" sanksi", "quoted:Lavrov after:2025-01-01",
                "pemulihan org:ASEAN", "Putin OR person:Zelenskyy", "place:Ukraina -person:Putin", "-place:AS damai",
                "quoted:Putin OR quoted:Trump", "(place:Gaza OR org:Hamas) source:antara");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            StatementCache statements = new StatementCache(db);
            EntityDirectory entities = new EntityDirectory(statements);
            SearchIndex listed = new SearchIndex(statements, entities, Integer.MAX_VALUE);
            SearchIndex checked = new SearchIndex(statements, entities, 1);
            SearchIndex automatic = new SearchIndex(statements, entities);
            for (String q : queries) {
                List<SearchHit> a = listed.search(q, 50);
                List<SearchHit> b = checked.search(q, 50);
                assertFalse(a.isEmpty(), q + " finds something");
                assertEquals(a, b, q);
                assertEquals(a, automatic.search(q, 50), q);
            }
            statements.close();
        }
    }
}
