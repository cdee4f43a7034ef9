package id.warta.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the desktop app needs to browse a library beyond {@link Library}'s own methods: list rows
 * that carry the summary's opening and reader marks, and the sources with their article counts.
 * Read-only; each call holds the library's lock.
 */
public final class LibraryBrowsing {
    /** Enough of the summary for one list row; the list never shows more. */
    private static final int SUMMARY_CHARS = 240;
    private static final int IN_CHUNK = 500;

    /** One list row. */
    public record Listed(String id, String headline, String source, String dateline, String published,
                         String summary, boolean read, boolean starred) {
    }

    /** Which articles a page of the list keeps, by their reader marks. */
    public enum Marks {
        ANY(true, "", "SELECT count(*) FROM article"),
        // Every article has its reader_state row (a missing one would read as unread, as in the list).
        UNREAD(true, " WHERE coalesce(s.read, 0) = 0",
                "SELECT (SELECT count(*) FROM article) - (SELECT count(*) FROM reader_state WHERE read = 1)"),
        // Few are starred: found faster from reader_state than by walking every article in date order.
        STARRED(false, " WHERE s.starred = 1", "SELECT count(*) FROM reader_state WHERE starred = 1");

        /**
         * Walk the date index. SQLite 3.54 otherwise scans another index and sorts all 100,000 rows for a
         * page of 100 (0.5 s); along article_published it reads the page and stops (1 ms).
         */
        private final boolean byDate;
        private final String where;
        /** Counted without the join: scanning article's wide rows for a count takes a quarter second at 100,000. */
        private final String count;

        Marks(boolean byDate, String where, String count) {
            this.byDate = byDate;
            this.where = where;
            this.count = count;
        }
    }

    /** An outlet and how many articles carry it. */
    public record SourceCount(String name, int articles) {
    }

    private static final String ROW = """
            SELECT a.id, a.headline, a.source, a.dateline, a.published, substr(a.summary, 1, %d),
                   coalesce(s.read, 0), coalesce(s.starred, 0)
            FROM article a LEFT JOIN reader_state s ON s.doc = a.doc
            """.formatted(SUMMARY_CHARS);

    private LibraryBrowsing() {
    }

    /** Every article, newest first (undated last). */
    public static List<Listed> all(Library library) {
        return read(library, () -> rows(library, ROW + ArticleRows.NEWEST_FIRST, List.of()));
    }

    /**
     * Rows {@code offset} … {@code offset + limit - 1} of {@link #all} among the articles with {@code marks}:
     * the app lists a large library a page at a time instead of reading every row before showing any.
     */
    public static List<Listed> page(Library library, Marks marks, int offset, int limit) {
        if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must not be negative");
        String from = marks.byDate ? ROW.replace("FROM article a ", "FROM article a INDEXED BY article_published ") : ROW;
        return read(library, () -> rows(library, from + marks.where + ArticleRows.NEWEST_FIRST + " LIMIT ? OFFSET ?", List.of(limit, offset)));
    }

    /** How many articles have {@code marks}. */
    public static int count(Library library, Marks marks) {
        return read(library, () -> {
            try (PreparedStatement q = library.connection().prepareStatement(marks.count);
                 ResultSet r = q.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** The rows of the given articles, in the order of {@code ids}; ids not in the library are skipped. */
    public static List<Listed> byIds(Library library, List<String> ids) {
        return read(library, () -> {
            Map<String, Listed> found = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                for (Listed l : rows(library, ROW + " WHERE a.id IN (" + marks + ")", chunk)) found.put(l.id(), l);
            }
            List<Listed> out = new ArrayList<>();
            for (String id : ids) if (found.containsKey(id)) out.add(found.get(id));
            return out;
        });
    }

    /** Outlets with their article counts, most first. */
    public static List<SourceCount> sources(Library library) {
        return read(library, () -> counts(library, """
                SELECT min(source), count(*) FROM article WHERE source IS NOT NULL AND source <> ''
                GROUP BY source COLLATE NOCASE ORDER BY count(*) DESC, min(source)""", null));
    }

    private static List<Listed> rows(Library library, String sql, List<?> params) throws SQLException {
        List<Listed> out = new ArrayList<>();
        try (PreparedStatement q = library.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) q.setObject(i + 1, params.get(i));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new Listed(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getInt(7) != 0, r.getInt(8) != 0));
                }
            }
        }
        return out;
    }

    private static List<SourceCount> counts(Library library, String sql, String param) throws SQLException {
        List<SourceCount> out = new ArrayList<>();
        try (PreparedStatement q = library.connection().prepareStatement(sql)) {
            if (param != null) q.setString(1, param);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(new SourceCount(r.getString(1), r.getInt(2)));
            }
        }
        return out;
    }

    private static <T> T read(Library library, Library.Work<T> work) {
        synchronized (library) {
            return library.inTransaction(work);
        }
    }
}
