package id.warta.store;

import id.warta.ingest.ArticleSink;
import id.warta.ingest.feed.FeedFetcher;
import id.warta.ingest.feed.FeedShelf;
import id.warta.ingest.feed.Subscription;
import id.warta.model.Article;
import id.warta.model.ArticleId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Subscriptions and their items in the library (tables {@code feed} and {@code feed_item}, schema step 5).
 * Every call is one transaction under the library's lock, as the library's own methods are; an article and
 * the record of the item it came from are written in the same transaction.
 */
public final class FeedRows implements FeedShelf {
    private static final String SUBSCRIPTION = """
            SELECT f.url, coalesce(f.name, f.title), f.site, f.etag, f.last_modified, f.items_stored, f.last_checked,
                   f.last_error,
                   (SELECT count(DISTINCT i.doc) FROM feed_item i WHERE i.feed = f.id AND i.doc IS NOT NULL),
                   (SELECT count(DISTINCT i.doc) FROM feed_item i JOIN reader_state s ON s.doc = i.doc
                    WHERE i.feed = f.id AND s.read = 0)
            FROM feed f""";
    private static final String BY_TITLE = " ORDER BY coalesce(f.name, f.title, f.url) COLLATE NOCASE, f.url";

    private final Library library;

    public FeedRows(Library library) {
        this.library = library;
    }

    @Override
    public List<Subscription> subscriptions() {
        return read(() -> subscriptions(SUBSCRIPTION + BY_TITLE, null));
    }

    @Override
    public Optional<Subscription> subscription(String url) {
        return read(() -> subscriptions(SUBSCRIPTION + " WHERE f.url = ?", url).stream().findFirst());
    }

    private List<Subscription> subscriptions(String sql, String url) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (PreparedStatement q = prepare(sql)) {
            if (url != null) q.setString(1, url);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new Subscription(r.getString(1), r.getString(2), r.getString(3),
                            new FeedFetcher.Validators(r.getString(4), r.getString(5)), r.getInt(6), r.getString(7),
                            r.getString(8), r.getInt(9), r.getInt(10)));
                }
            }
        }
        return out;
    }

    @Override
    public boolean subscribe(String url, String title, String site) {
        return write(() -> update("INSERT INTO feed (url, title, site, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
                url, title, site, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()) == 1);
    }

    @Override
    public boolean rename(String url, String title) {
        return write(() -> update("UPDATE feed SET name = ? WHERE url = ?", title, url) == 1);
    }

    @Override
    public boolean unsubscribe(String url, boolean deleteArticles) {
        return write(() -> {
            OptionalLong feed = feedId(url);
            if (feed.isEmpty()) return false;
            if (deleteArticles) {
                // Only the articles no other feed brought: unsubscribing from one feed must not empty another.
                List<Long> docs = longs("""
                        SELECT DISTINCT i.doc FROM feed_item i WHERE i.feed = ? AND i.doc IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM feed_item o WHERE o.doc = i.doc AND o.feed <> i.feed)""", feed.getAsLong());
                for (long doc : docs) library.deleteInTransaction(doc);
                if (!docs.isEmpty()) library.pruneEntities();
            }
            return update("DELETE FROM feed WHERE id = ?", feed.getAsLong()) == 1;
        });
    }

    @Override
    public Optional<ItemState> item(String feedUrl, String key) {
        return read(() -> {
            try (PreparedStatement q = prepare("""
                    SELECT i.done, i.tries, i.doc IS NOT NULL FROM feed_item i JOIN feed f ON f.id = i.feed
                    WHERE f.url = ? AND i.key = ?""")) {
                q.setString(1, feedUrl);
                q.setString(2, key);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.of(new ItemState(r.getInt(1) != 0, r.getInt(2), r.getInt(3) != 0)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean storedAlready(String feedUrl, String key, String link) {
        return write(() -> {
            List<Long> doc = longs("SELECT doc FROM article WHERE url = ?", link);
            if (doc.isEmpty()) return false;
            recordItem(feedUrl, key, doc.get(0));
            return true;
        });
    }

    @Override
    public ArticleSink.Outcome store(String feedUrl, String key, Article article) {
        return write(() -> {
            ArticleSink.Outcome outcome = library.store(article);
            String id = article.id() != null ? article.id() : ArticleId.of(article.headline(), article.bodyText());
            // A duplicate may be the same text under another address, or the same address with other text.
            List<Long> doc = longs("SELECT doc FROM article WHERE id = ? UNION ALL SELECT doc FROM article WHERE url = ?",
                    id, article.url());
            recordItem(feedUrl, key, doc.isEmpty() ? null : doc.get(0));
            return outcome;
        });
    }

    @Override
    public void failed(String feedUrl, String key, String reason, boolean done) {
        write(() -> {
            OptionalLong feed = feedId(feedUrl);
            if (feed.isPresent()) {
                update("""
                        INSERT INTO feed_item (feed, key, doc, tries, done, error) VALUES (?, ?, NULL, 1, ?, ?)
                        ON CONFLICT (feed, key) DO UPDATE SET tries = tries + 1, done = excluded.done, error = excluded.error""",
                        feed.getAsLong(), key, done ? 1 : 0, reason);
            }
            return null;
        });
    }

    /** The item as handled for good: its article (null if the reader deleted it meanwhile). */
    private void recordItem(String feedUrl, String key, Long doc) throws SQLException {
        OptionalLong feed = feedId(feedUrl);
        if (feed.isEmpty()) return; // unsubscribed during the refresh: the article stays, as on any removal
        update("""
                INSERT INTO feed_item (feed, key, doc, tries, done, error) VALUES (?, ?, ?, 1, 1, NULL)
                ON CONFLICT (feed, key) DO UPDATE SET doc = excluded.doc, tries = tries + 1, done = 1, error = NULL""",
                feed.getAsLong(), key, doc);
    }

    @Override
    public void checked(String feedUrl, Check check) {
        String at = check.at().truncatedTo(ChronoUnit.SECONDS).toString();
        write(() -> {
            if (check.error() != null) {
                return update("UPDATE feed SET last_checked = ?, last_error = ? WHERE url = ?", at, check.error(), feedUrl);
            }
            if (check.unchanged()) return update("UPDATE feed SET last_checked = ?, last_error = NULL WHERE url = ?", at, feedUrl);
            return update("""
                    UPDATE feed SET last_checked = ?, last_error = NULL, title = coalesce(?, title), site = coalesce(?, site),
                                    etag = ?, last_modified = ?, items_stored = ?
                    WHERE url = ?""", at, check.title(), check.site(), check.validators().etag(),
                    check.validators().lastModified(), check.itemsStored(), feedUrl);
        });
    }

    @Override
    public List<String> articleIds(String feedUrl, int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        return read(() -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement q = prepare("""
                    SELECT a.id FROM article a WHERE a.doc IN (
                        SELECT i.doc FROM feed_item i JOIN feed f ON f.id = i.feed WHERE f.url = ? AND i.doc IS NOT NULL)
                    """ + ArticleRows.NEWEST_FIRST + " LIMIT ? OFFSET ?")) {
                q.setString(1, feedUrl);
                q.setInt(2, limit);
                q.setInt(3, offset);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private OptionalLong feedId(String url) throws SQLException {
        List<Long> id = longs("SELECT id FROM feed WHERE url = ?", url);
        return id.isEmpty() ? OptionalLong.empty() : OptionalLong.of(id.get(0));
    }

    private List<Long> longs(String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement q = prepare(sql)) {
            bind(q, params);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(r.getLong(1));
            }
        }
        return out;
    }

    private int update(String sql, Object... params) throws SQLException {
        try (PreparedStatement q = prepare(sql)) {
            bind(q, params);
            return q.executeUpdate();
        }
    }

    private static void bind(PreparedStatement q, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) q.setObject(i + 1, params[i]);
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        return library.connection().prepareStatement(sql);
    }

    private <T> T read(Library.Work<T> work) {
        synchronized (library) {
            return library.inTransaction(work);
        }
    }

    private <T> T write(Library.Work<T> work) {
        synchronized (library) {
            return library.inWriteTransaction(work);
        }
    }
}
