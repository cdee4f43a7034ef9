package id.warta.store;

import id.warta.model.Article;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes a library as an older Warta left it, for migration tests: the schema up to a given step, the
 * store's own row classes for articles, quotes, entities and reader state, and the search index row
 * as that schema held it (which differs per step, so the test writes it).
 */
final class OldLibrary {
    /** Writes one article's search index row (and anything else that schema kept per article). */
    interface IndexRow {
        void write(Connection c, long doc, Article a, ReaderStates states) throws SQLException;
    }

    /** Writes what that schema kept in the meta table. */
    interface Meta {
        void write(Connection c) throws SQLException;
    }

    private OldLibrary() {
    }

    static void write(Path file, int schema, List<Article> articles, IndexRow indexRow, Meta meta) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement pragma = c.createStatement()) {
                pragma.execute("PRAGMA foreign_keys = ON");
                pragma.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.apply(c, file.toString(), schema);
            assertEquals(schema, Migrations.version(c));
            c.setAutoCommit(false);
            StatementCache statements = new StatementCache(c);
            ArticleRows rows = new ArticleRows(statements);
            EntityRows entities = new EntityRows(statements);
            ReaderStates states = new ReaderStates(statements);
            for (Article a : articles) {
                long doc = rows.insert(a, "2025-08-21T00:00:00Z");
                rows.insertQuotes(doc, a.quotes(), entities.insert(doc, a));
                states.insert(doc);
                indexRow.write(c, doc, a, states);
            }
            meta.write(c);
            c.commit();
            statements.close();
        }
    }
}
