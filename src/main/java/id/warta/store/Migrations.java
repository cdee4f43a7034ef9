package id.warta.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as numbered steps. {@code PRAGMA user_version} records how many have run; opening a
 * library runs the missing ones, each in its own transaction, so an older library is upgraded in
 * place and a newer one (made by a later Warta) is refused rather than damaged.
 * Never edit a step that has shipped: add a new one.
 */
final class Migrations {
    /** Step n (1-based) is {@code STEPS.get(n - 1)}. */
    private static final List<List<String>> STEPS = List.of(
            List.of(
                    """
                    CREATE TABLE article (
                        doc INTEGER PRIMARY KEY,
                        id TEXT NOT NULL UNIQUE,
                        headline TEXT,
                        source TEXT,
                        dateline TEXT,
                        published TEXT,
                        published_day TEXT,
                        url TEXT UNIQUE,
                        caption TEXT,
                        summary TEXT NOT NULL,
                        added_at TEXT NOT NULL
                    )""",
                    "CREATE INDEX article_published ON article(published_day)",
                    "CREATE INDEX article_source ON article(source COLLATE NOCASE)",
                    """
                    CREATE TABLE section (
                        doc INTEGER NOT NULL REFERENCES article(doc) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        heading TEXT,
                        summary TEXT NOT NULL,
                        PRIMARY KEY (doc, idx)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE paragraph (
                        doc INTEGER NOT NULL,
                        section INTEGER NOT NULL,
                        idx INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (doc, section, idx),
                        FOREIGN KEY (doc, section) REFERENCES section(doc, idx) ON DELETE CASCADE
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE entity (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        type TEXT NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORGANIZATION')),
                        key TEXT NOT NULL,
                        UNIQUE (type, key)
                    )""",
                    """
                    CREATE TABLE alias (
                        entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (key, entity)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX alias_entity ON alias(entity)",
                    """
                    CREATE TABLE quote (
                        doc INTEGER NOT NULL REFERENCES article(doc) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        speaker TEXT,
                        section INTEGER NOT NULL,
                        speaker_entity INTEGER REFERENCES entity(id),
                        PRIMARY KEY (doc, idx)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX quote_speaker ON quote(speaker_entity)",
                    """
                    CREATE TABLE article_entity (
                        doc INTEGER NOT NULL REFERENCES article(doc) ON DELETE CASCADE,
                        entity INTEGER NOT NULL REFERENCES entity(id),
                        name TEXT NOT NULL,
                        rank INTEGER,
                        mentions INTEGER NOT NULL,
                        quoted INTEGER NOT NULL,
                        PRIMARY KEY (doc, entity)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX article_entity_entity ON article_entity(entity, doc)",
                    """
                    CREATE TABLE mention (
                        doc INTEGER NOT NULL REFERENCES article(doc) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        entity INTEGER NOT NULL REFERENCES entity(id),
                        canonical TEXT NOT NULL,
                        text TEXT NOT NULL,
                        section INTEGER NOT NULL,
                        paragraph INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        end INTEGER NOT NULL,
                        PRIMARY KEY (doc, idx)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX mention_entity ON mention(entity)",
                    """
                    CREATE TABLE reader_state (
                        doc INTEGER PRIMARY KEY REFERENCES article(doc) ON DELETE CASCADE,
                        read INTEGER NOT NULL DEFAULT 0,
                        starred INTEGER NOT NULL DEFAULT 0
                    )""",
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    """
                    CREATE VIRTUAL TABLE article_text USING fts5(
                        headline, body,
                        tokenize = 'unicode61 remove_diacritics 2'
                    )""",
                    // The index row goes with its article, however the article is deleted.
                    """
                    CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                        DELETE FROM article_text WHERE rowid = old.doc;
                    END"""
            ),
            // 2: the index gains stemmed copies of headline and body (so affixed forms match), and
            // articles a folded source for source: filters. Library rebuilds the index after this.
            List.of(
                    "DROP TRIGGER article_text_delete",
                    "DROP TABLE article_text",
                    """
                    CREATE VIRTUAL TABLE article_text USING fts5(
                        headline, body, headline_stem, body_stem,
                        tokenize = 'unicode61 remove_diacritics 2'
                    )""",
                    """
                    CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                        DELETE FROM article_text WHERE rowid = old.doc;
                    END""",
                    "ALTER TABLE article ADD COLUMN source_key TEXT",
                    "CREATE INDEX article_source_key ON article(source_key)",
                    "DELETE FROM meta WHERE key = 'index_version'"
            ),
            // 3: a view of the index's vocabulary per column, so a query only asks FTS5 for word forms
            // the stemmed columns hold (each extra form to merge costs time on a large library).
            List.of(
                    "CREATE VIRTUAL TABLE article_terms USING fts5vocab(article_text, 'col')"
            ),
            // 4: the index keeps no copy of the text. It held headline and body twice more (as written,
            // indexed, and as FTS5 content): a third of the file, read only for snippets, which now come
            // from the paragraph table. The index becomes contentless with just the two stemmed columns
            // that queries match; their stems are copied from the old index (nothing re-read or
            // re-stemmed, nothing lost: the text as written is in article, section and paragraph).
            // Delete by rowid still works (contentless_delete), so the trigger stays as it was.
            List.of(
                    "DROP TABLE article_terms",
                    "DROP TRIGGER article_text_delete",
                    "ALTER TABLE article_text RENAME TO article_text_old",
                    """
                    CREATE VIRTUAL TABLE article_text USING fts5(
                        headline_stem, body_stem,
                        content = '', contentless_delete = 1,
                        tokenize = 'unicode61 remove_diacritics 2'
                    )""",
                    """
                    INSERT INTO article_text (rowid, headline_stem, body_stem)
                    SELECT rowid, headline_stem, body_stem FROM article_text_old""",
                    "DROP TABLE article_text_old",
                    """
                    CREATE TRIGGER article_text_delete AFTER DELETE ON article BEGIN
                        DELETE FROM article_text WHERE rowid = old.doc;
                    END""",
                    "CREATE VIRTUAL TABLE article_terms USING fts5vocab(article_text, 'col')"
            ),
            // 5: feeds (docs/feeds.md). A feed row keeps the last answer's validators (for the next conditional
            // GET) and error; a feed_item row says what became of one item: its article, or the tries that
            // found none. An item whose article the reader deletes keeps its row (doc becomes NULL), so a
            // refresh does not bring the article back.
            List.of(
                    """
                    CREATE TABLE feed (
                        id INTEGER PRIMARY KEY,
                        url TEXT NOT NULL UNIQUE,
                        title TEXT,
                        name TEXT,
                        site TEXT,
                        etag TEXT,
                        last_modified TEXT,
                        items_stored INTEGER NOT NULL DEFAULT 0,
                        last_checked TEXT,
                        last_error TEXT,
                        added_at TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE feed_item (
                        feed INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        doc INTEGER REFERENCES article(doc) ON DELETE SET NULL,
                        tries INTEGER NOT NULL DEFAULT 0,
                        done INTEGER NOT NULL DEFAULT 0,
                        error TEXT,
                        PRIMARY KEY (feed, key)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX feed_item_doc ON feed_item(doc)"
            ));

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /** Brings the schema up to date; {@code file} only names the library in error messages. */
    static void apply(Connection connection, String file) throws SQLException {
        apply(connection, file, latest());
    }

    /** Runs the steps up to {@code target} only: how tests make a library as an older Warta left it. */
    static void apply(Connection connection, String file, int target) throws SQLException {
        refuseForeign(connection, file);
        while (runNextStep(connection, file, target)) {
            // one step per transaction
        }
    }

    /**
     * Refuses a library made by a newer Warta and another program's database. Library calls this before
     * anything writes to the file (even switching it to WAL changes its header).
     */
    static void refuseForeign(Connection connection, String file) throws SQLException {
        int version;
        int tables;
        // One statement, so one snapshot: another Warta may commit step 1 between two separate reads.
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)")) {
            rows.next();
            version = rows.getInt(1);
            tables = rows.getInt(2);
        }
        if (version > latest()) {
            throw new LibraryException(file + ": made by a newer Warta (schema " + version
                    + ", this one knows up to " + latest() + ")");
        }
        if (version == 0 && tables > 0) {
            throw new LibraryException(file + ": an SQLite database that is not a Warta library; not touching it");
        }
    }

    /**
     * Runs the first missing step, if any, in one transaction. BEGIN IMMEDIATE takes the write lock
     * first and the version is read again under it: another Warta opening the same new library at the
     * same moment may have run the step meanwhile, and running it twice fails ("table already exists").
     * The checks are repeated under the lock too: version 0 read before the other Warta committed
     * step 1 and its tables read after made a new library look like another program's database.
     */
    private static boolean runNextStep(Connection connection, String file, int target) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("BEGIN IMMEDIATE");
            try {
                refuseForeign(connection, file);
                int step = version(connection) + 1;
                if (step > target) {
                    sql.execute("COMMIT");
                    return false;
                }
                for (String statement : STEPS.get(step - 1)) sql.execute(statement);
                sql.execute("PRAGMA user_version = " + step);
                sql.execute("COMMIT");
                return true;
            } catch (SQLException | RuntimeException e) {
                try {
                    sql.execute("ROLLBACK");
                } catch (SQLException ignored) {
                    // SQLite may have rolled back already; the first failure is the one to report
                }
                throw e;
            }
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
