package id.warta.store;

import id.warta.ingest.BatchSink;
import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.EntityType;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The user's article library: one SQLite file. Every save, delete and state change runs in one
 * transaction, so an article is stored whole or not at all. Methods are synchronized: the app
 * calls them from background tasks, and one connection must not be used by two threads at once.
 */
public final class Library implements BatchSink, AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final String INDEX_VERSION = "index_version";

    private final String file;
    private final Connection db;
    private final ArticleRows articles;
    private final EntityRows entities;
    private final ReaderStates states;
    private final EntityDirectory directory;
    private final SearchIndex search;
    private final StatementCache statements;

    private Library(String file, Connection db) {
        this.file = file;
        this.db = db;
        this.statements = new StatementCache(db);
        this.articles = new ArticleRows(statements);
        this.entities = new EntityRows(statements);
        this.states = new ReaderStates(statements);
        this.directory = new EntityDirectory(statements);
        this.search = new SearchIndex(statements, directory);
    }

    /**
     * Opens the library in {@code path}, creating it (not its folder) when absent and upgrading its schema.
     * Refuses, with a one-line {@link LibraryException}, anything that is not a Warta library:
     * a folder, a file of another kind, another program's SQLite database. Such files are never changed.
     */
    public static Library open(Path path) {
        String file = path.toString();
        refuseUnusable(path, file);
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setGetGeneratedKeys(false);   // see StatementCache.lastInsertRowid
        Connection db = null;
        try {
            db = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
            Migrations.refuseForeign(db, file);
            useWal(db);
            try (var sql = db.createStatement()) {
                // In WAL mode NORMAL never corrupts; a power cut may only lose the last commits.
                sql.execute("PRAGMA synchronous = NORMAL");
                // A 64 MB page cache (SQLite's default is 2 MB) and checkpoints every 32 MB of log rather
                // than 4: with the defaults a large import waited on re-reading and re-writing the same
                // index pages (20,000 articles: 179 -> 224 /s, storing thread 91 -> 73 s, docs/benchmarks.md).
                sql.execute("PRAGMA cache_size = -65536");
                sql.execute("PRAGMA wal_autocheckpoint = 8192");
            }
            Migrations.apply(db, file);
            Library library = new Library(file, db);
            library.rebuildIndexIfStale();
            return library;
        } catch (SQLException e) {
            closeQuietly(db);
            throw translate(file, e);
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * Write-ahead logging, so readers and a writer proceed together. Switching to it needs the file to
     * itself, and SQLite does not wait (busy timeout) for that: when another Warta opens the same new
     * library at the same moment the switch fails with SQLITE_BUSY, so it is retried for as long.
     */
    private static void useWal(Connection db) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        while (true) {
            try (var sql = db.createStatement()) {
                sql.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLiteException e) {
                if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY || System.nanoTime() > deadline) throw e;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LibraryException("interrupted while opening the library", e);
            }
        }
    }

    private static void refuseUnusable(Path path, String file) {
        if (Files.isDirectory(path)) throw new LibraryException(file + ": is a folder, not a library file");
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new LibraryException(file + ": folder " + parent + " does not exist");
        }
        if (Files.exists(path)) {
            if (!Files.isReadable(path)) throw new LibraryException(file + ": cannot be read (permission denied)");
            if (!Files.isWritable(path)) throw new LibraryException(file + ": is read-only");
            if (!looksLikeSqlite(path)) {
                throw new LibraryException(file + ": not a Warta library (not an SQLite database); not touching it");
            }
            // SQLite keeps its write-ahead log beside the library; without it the open fails as "cannot be opened".
            if (!Files.isWritable(parent)) {
                throw new LibraryException(file + ": folder " + parent + " is read-only (Warta keeps its journal beside the library)");
            }
        } else if (!Files.isWritable(parent)) {
            throw new LibraryException(file + ": cannot be created, folder " + parent + " is read-only");
        }
    }

    /** An empty file is fine (SQLite makes it a database); anything else must start with SQLite's header. */
    private static boolean looksLikeSqlite(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length == 0 || Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            throw new LibraryException(path + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static LibraryException translate(String file, SQLException e) {
        return new LibraryException(file + ": " + reason(e), e);
    }

    private static String reason(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            switch (code) {
                case SQLITE_NOTADB: return "not a Warta library (not an SQLite database)";
                case SQLITE_CORRUPT: return "the library file is damaged";
                case SQLITE_READONLY: return "is read-only";
                case SQLITE_CANTOPEN: return "cannot be opened";
                case SQLITE_BUSY: case SQLITE_LOCKED: return "is busy (another Warta is writing to it)";
                case SQLITE_FULL: return "the disk is full";
                default: break;
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void closeQuietly(Connection db) {
        if (db == null) return;
        try {
            db.close();
        } catch (SQLException ignored) {
            // already failing with a clearer error
        }
    }

    /** The index is rebuilt from the stored articles when it was built by another version of the indexing rules. */
    private void rebuildIndexIfStale() {
        if (meta(INDEX_VERSION).filter(SearchIndex.VERSION::equals).isPresent()) return;
        inWriteTransaction(() -> {
            search.rebuild(this::load);
            putMeta(INDEX_VERSION, SearchIndex.VERSION);
            return null;
        });
    }

    /** The file this library lives in, as given to {@link #open}. */
    public String file() {
        return file;
    }

    /** Stores the article whole, unless one with the same id or the same URL is already stored. */
    @Override
    public synchronized Outcome save(Article article) {
        return inWriteTransaction(() -> store(article));
    }

    /**
     * Stores many articles in one transaction (all or none), skipping duplicates as {@link #save} does:
     * for bulk imports, where one commit per article would spend most of the time syncing the disk.
     * Returns how many were stored.
     */
    @Override
    public synchronized int saveAll(List<Article> batch) {
        return inWriteTransaction(() -> {
            int stored = 0;
            for (Article a : batch) if (store(a) == Outcome.STORED) stored++;
            return stored;
        });
    }

    /** Stores one article inside the caller's write transaction (also for the feed rows, which record its item with it). */
    Outcome store(Article article) throws SQLException {
        Article a = article.id() == null ? article.withId(ArticleId.of(article.headline(), article.bodyText())) : article;
        if (articles.docOf(a.id()).isPresent()) return Outcome.DUPLICATE;
        if (a.url() != null && articles.docOfUrl(a.url()).isPresent()) return Outcome.DUPLICATE;
        long doc = articles.insert(a, Instant.now().toString());
        Long[] speakers = entities.insert(doc, a);
        articles.insertQuotes(doc, a.quotes(), speakers);
        states.insert(doc);
        search.index(doc, a);
        return Outcome.STORED;
    }

    /** The stored article, exactly as it was saved. */
    public synchronized Optional<Article> find(String id) {
        return inTransaction(() -> {
            OptionalLong doc = articles.docOf(id);
            return doc.isPresent() ? Optional.of(load(doc.getAsLong())) : Optional.empty();
        });
    }

    private Article load(long doc) throws SQLException {
        ArticleRows.Header h = articles.header(doc);
        return new Article(h.id(), h.headline(), h.source(), h.dateline(), h.published(), h.url(), h.caption(),
                articles.sections(doc), articles.quotes(doc),
                entities.names(doc, EntityType.PERSON), entities.names(doc, EntityType.PLACE),
                entities.names(doc, EntityType.ORGANIZATION), h.summary(), entities.mentions(doc));
    }

    /** Every article, newest first (undated last). */
    public synchronized List<ArticleEntry> list() {
        return inTransaction(articles::entries);
    }

    /**
     * One page of {@link #list()}: {@code limit} entries from {@code offset}, in the same order. For the
     * first screen of a large library, which must not wait for every row to be read.
     */
    public synchronized List<ArticleEntry> list(int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        return inTransaction(() -> articles.entries(offset, limit));
    }

    public synchronized int count() {
        return inTransaction(articles::count);
    }

    /** Removes the article with everything that hangs off it; false when there was none. */
    public synchronized boolean delete(String id) {
        return inWriteTransaction(() -> {
            OptionalLong doc = articles.docOf(id);
            if (doc.isEmpty()) return false;
            articles.delete(doc.getAsLong());
            entities.pruneOrphans();
            return true;
        });
    }

    /** Removes an article inside the caller's write transaction; {@link #pruneEntities} once afterwards. */
    void deleteInTransaction(long doc) throws SQLException {
        articles.delete(doc);
    }

    /** Drops the people, places and organisations no article names any more, inside the caller's transaction. */
    void pruneEntities() throws SQLException {
        entities.pruneOrphans();
    }

    public synchronized boolean setRead(String id, boolean read) {
        return inWriteTransaction(() -> {
            OptionalLong doc = articles.docOf(id);
            if (doc.isPresent()) states.setRead(doc.getAsLong(), read);
            return doc.isPresent();
        });
    }

    public synchronized boolean setStarred(String id, boolean starred) {
        return inWriteTransaction(() -> {
            OptionalLong doc = articles.docOf(id);
            if (doc.isPresent()) states.setStarred(doc.getAsLong(), starred);
            return doc.isPresent();
        });
    }

    /**
     * The best {@code limit} articles for a query in the search language (docs/search.md): words,
     * "phrases", AND, OR, -exclusion, parentheses and person:/place:/org:/source:/quoted:/after:/before:.
     * Any text is a valid query; text with nothing to search for gives no results.
     */
    public synchronized List<SearchHit> search(String query, int limit) {
        return inTransaction(() -> search.search(query, limit));
    }

    /** Names starting with {@code prefix} (any alias, any word of it), most articles first; type null for all. */
    public synchronized List<NameCount> names(String prefix, EntityType type, int limit) {
        return inTransaction(() -> directory.suggest(prefix, type, limit));
    }

    /** Articles sharing people, places and organisations with article {@code id}, most related first. */
    public synchronized List<RelatedArticle> related(String id, int limit) {
        return inTransaction(() -> {
            OptionalLong doc = articles.docOf(id);
            return doc.isPresent() ? directory.related(doc.getAsLong(), limit) : List.<RelatedArticle>of();
        });
    }

    /** A value kept in the library itself (e.g. whether the samples were offered). */
    synchronized Optional<String> meta(String key) {
        return inTransaction(() -> {
            try (var q = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                q.setString(1, key);
                try (var r = q.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    synchronized void setMeta(String key, String value) {
        inWriteTransaction(() -> putMeta(key, value));
    }

    private int putMeta(String key, String value) throws SQLException {
        try (var q = db.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            q.setString(1, key);
            q.setString(2, value);
            return q.executeUpdate();
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back whole on any failure. */
    <T> T inTransaction(Work<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * Runs {@code work} as one write transaction begun with BEGIN IMMEDIATE, which takes the write lock
     * up front and so waits (busy timeout) while another process writes. A deferred transaction that
     * reads first (is this id stored?) and then writes cannot wait: SQLite fails it at once with
     * SQLITE_BUSY when another connection committed in between, so the app marking an article read
     * while {@code warta ingest} runs would fail.
     */
    <T> T inWriteTransaction(Work<T> work) {
        try {
            execute("BEGIN IMMEDIATE");
            entities.forget();
            try {
                T result = work.run();
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private void execute(String statement) throws SQLException {
        try (var sql = db.createStatement()) {
            sql.execute(statement);
        }
    }

    /** After some errors (a full disk) SQLite has already rolled back, and ROLLBACK itself fails. */
    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }

    /** The connection, for {@link LibraryBrowsing}'s read-only queries (added for the desktop app). */
    Connection connection() {
        return db;
    }

    @Override
    public synchronized void close() {
        try {
            statements.close();
            db.close();
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }
}
