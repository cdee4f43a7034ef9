package id.warta.store;

import id.warta.model.Article;
import id.warta.model.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The FTS5 index over each article's headline and body (caption, sub-headings and paragraphs). */
final class SearchIndex {
    private final Connection db;

    SearchIndex(Connection db) {
        this.db = db;
    }

    void index(long doc, Article a) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("INSERT INTO article_text (rowid, headline, body) VALUES (?, ?, ?)")) {
            q.setLong(1, doc);
            q.setString(2, a.headline() == null ? "" : a.headline());
            q.setString(3, body(a));
            q.executeUpdate();
        }
    }

    static String body(Article a) {
        StringBuilder out = new StringBuilder();
        if (a.caption() != null) out.append(a.caption());
        for (Section s : a.sections()) {
            if (s.heading() != null) append(out, s.heading());
            for (String p : s.paragraphs()) append(out, p);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (!out.isEmpty()) out.append("\n\n");
        out.append(text);
    }

    /** Every word of the query must occur (each taken literally); best BM25 first, headline weighted 4×. */
    List<SearchHit> search(String query, int limit) throws SQLException {
        String match = literalWords(query);
        List<SearchHit> out = new ArrayList<>();
        if (match.isEmpty()) return out;
        try (PreparedStatement q = db.prepareStatement("""
                SELECT a.id, a.headline, a.source, a.published, -bm25(article_text, 4.0, 1.0),
                       snippet(article_text, 1, ?, ?, '…', 16)
                FROM article_text JOIN article a ON a.doc = article_text.rowid
                WHERE article_text MATCH ? ORDER BY bm25(article_text, 4.0, 1.0) LIMIT ?""")) {
            q.setString(1, SearchHit.MARK_OPEN);
            q.setString(2, SearchHit.MARK_CLOSE);
            q.setString(3, match);
            q.setInt(4, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new SearchHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getDouble(5), r.getString(6)));
                }
            }
        }
        return out;
    }

    /** Each run of letters and digits becomes a quoted FTS5 string, so no query text is FTS syntax. */
    static String literalWords(String query) {
        StringBuilder out = new StringBuilder();
        for (String word : query.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append('"').append(word).append('"');
        }
        return out.toString();
    }
}
