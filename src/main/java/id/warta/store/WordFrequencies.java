package id.warta.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many articles hold each word of the index, read from FTS5's vocabulary and kept until the
 * library changes. Search uses it to leave out of ranking the words BM25 gives no weight (see
 * {@link SearchPlan#rankMatch}). Reading one count walks the word's list of articles (a word in
 * 85,000 of 100,000 articles: 3–5 ms), so counts are kept: a query mix repeats its words.
 */
final class WordFrequencies {
    /** Counts kept at most; emptied when full, as a news vocabulary refills it in moments. */
    private static final int CAPACITY = 10_000;

    private final StatementCache statements;
    private final Map<String, Long> counts = new HashMap<>();
    /** What the library looked like when {@link #counts} were read: another connection's commits, then this one's changes. */
    private long dataVersion = -1;
    private long ownChanges = -1;
    private boolean unavailable;

    WordFrequencies(StatementCache statements) {
        this.statements = statements;
    }

    /** How many articles hold the folded word {@code word} (headline or body); 0 for a word the index lacks. */
    long articles(String word) throws SQLException {
        forgetIfChanged();
        Long known = counts.get(word);
        if (known != null) return known;
        if (!vocabulary()) return 0;
        long n = 0;
        PreparedStatement q = statements.get("SELECT doc FROM temp.article_words WHERE term = ?");
        q.setString(1, word);
        try (ResultSet r = q.executeQuery()) {
            if (r.next()) n = r.getLong(1);
        }
        if (counts.size() >= CAPACITY) counts.clear();
        counts.put(word, n);
        return n;
    }

    /**
     * Makes the view of the index per word (not per column, as article_terms is) in the connection's
     * temporary schema: nothing is written to the library file. Made each time (a no-op once it
     * exists): a rolled-back transaction takes it away again. A connection that may not even change
     * its temporary schema (PRAGMA query_only) gets no counts: then no word is left out of ranking.
     */
    private boolean vocabulary() {
        if (unavailable) return false;
        try {
            statements.get("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_words USING fts5vocab(main, article_text, 'row')")
                    .execute();
            return true;
        } catch (SQLException e) {
            unavailable = true;
            return false;
        }
    }

    /**
     * Counts read before any article was added, changed or deleted, by this connection or another,
     * are dropped. (A change of reading state drops them too: a few counts are read again.)
     */
    private void forgetIfChanged() throws SQLException {
        PreparedStatement q = statements.get("SELECT (SELECT data_version FROM pragma_data_version), total_changes()");
        try (ResultSet r = q.executeQuery()) {
            r.next();
            long version = r.getLong(1);
            long changes = r.getLong(2);
            if (version != dataVersion || changes != ownChanges) {
                counts.clear();
                dataVersion = version;
                ownChanges = changes;
            }
        }
    }
}
