package id.warta.store;

import id.warta.model.Article;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The article, section, paragraph and quote tables. Callers hold the transaction. */
final class ArticleRows {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** The article's own columns, before entities are joined in. */
    record Header(long doc, String id, String headline, String source, String dateline, String published,
                  String url, String caption, String summary) {
    }

    private final StatementCache statements;

    ArticleRows(StatementCache statements) {
        this.statements = statements;
    }

    OptionalLong docOf(String id) throws SQLException {
        return single("SELECT doc FROM article WHERE id = ?", id);
    }

    OptionalLong docOfUrl(String url) throws SQLException {
        return single("SELECT doc FROM article WHERE url = ?", url);
    }

    private OptionalLong single(String sql, String value) throws SQLException {
        {
            PreparedStatement q = statements.get(sql);
            q.setString(1, value);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    long insert(Article a, String addedAt) throws SQLException {
        long doc;
        {
            PreparedStatement q = statements.get("""
                INSERT INTO article (id, headline, source, dateline, published, published_day, url, caption,
                                     summary, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            q.setString(1, a.id());
            q.setString(2, a.headline());
            q.setString(3, a.source());
            q.setString(4, a.dateline());
            q.setString(5, a.published());
            q.setString(6, day(a.published()));
            q.setString(7, a.url());
            q.setString(8, a.caption());
            q.setString(9, a.summary());
            q.setString(10, addedAt);
            q.executeUpdate();
            doc = statements.lastInsertRowid();
        }
        insertSections(doc, a.sections());
        return doc;
    }

    /** The calendar day as printed (the article's own offset), which is what after:/before: compare. */
    static String day(String published) {
        return published != null && DAY.matcher(published).matches() ? published.substring(0, 10) : null;
    }

    private void insertSections(long doc, List<Section> sections) throws SQLException {
        {
            PreparedStatement s = statements.get("INSERT INTO section (doc, idx, heading, summary) VALUES (?, ?, ?, ?)");
            PreparedStatement p = statements.get("INSERT INTO paragraph (doc, section, idx, text) VALUES (?, ?, ?, ?)");
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                s.setLong(1, doc);
                s.setInt(2, i);
                s.setString(3, section.heading());
                s.setString(4, section.summary());
                s.executeUpdate();
                for (int j = 0; j < section.paragraphs().size(); j++) {
                    p.setLong(1, doc);
                    p.setInt(2, i);
                    p.setInt(3, j);
                    p.setString(4, section.paragraphs().get(j));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** {@code speakers[i]} is the PERSON entity of quote i's speaker, or null. */
    void insertQuotes(long doc, List<Quote> quotes, Long[] speakers) throws SQLException {
        {
            PreparedStatement q = statements.get(
                "INSERT INTO quote (doc, idx, text, speaker, section, speaker_entity) VALUES (?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < quotes.size(); i++) {
                Quote quote = quotes.get(i);
                q.setLong(1, doc);
                q.setInt(2, i);
                q.setString(3, quote.text());
                q.setString(4, quote.speaker());
                q.setInt(5, quote.section());
                if (speakers[i] == null) q.setNull(6, Types.INTEGER);
                else q.setLong(6, speakers[i]);
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    Header header(long doc) throws SQLException {
        {
            PreparedStatement q = statements.get("""
                SELECT id, headline, source, dateline, published, url, caption, summary
                FROM article WHERE doc = ?""");
            q.setLong(1, doc);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) return null;
                return new Header(doc, r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8));
            }
        }
    }

    List<Section> sections(long doc) throws SQLException {
        List<Section> out = new ArrayList<>();
        {
            PreparedStatement s = statements.get("SELECT idx, heading, summary FROM section WHERE doc = ? ORDER BY idx");
            PreparedStatement p = statements.get("SELECT text FROM paragraph WHERE doc = ? AND section = ? ORDER BY idx");
            s.setLong(1, doc);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    p.setLong(1, doc);
                    p.setInt(2, r.getInt(1));
                    List<String> paragraphs = new ArrayList<>();
                    try (ResultSet pr = p.executeQuery()) {
                        while (pr.next()) paragraphs.add(pr.getString(1));
                    }
                    out.add(new Section(r.getString(2), paragraphs, r.getString(3)));
                }
            }
        }
        return out;
    }

    List<Quote> quotes(long doc) throws SQLException {
        List<Quote> out = new ArrayList<>();
        {
            PreparedStatement q = statements.get(
                "SELECT text, speaker, section FROM quote WHERE doc = ? ORDER BY idx");
            q.setLong(1, doc);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(new Quote(r.getString(1), r.getString(2), r.getInt(3)));
            }
        }
        return out;
    }

    List<ArticleEntry> entries() throws SQLException {
        return entries(0, -1);
    }

    /**
     * The list order: newest first, undated last (NULL sorts last descending), written so SQLite walks the
     * published_day index and sorts only within a day (published_day is published's first ten characters).
     * {@code published_day IS NULL, published DESC} cannot use the index: a page at 100,000 sorted every row.
     */
    static final String NEWEST_FIRST = " ORDER BY a.published_day DESC, a.published DESC, a.doc DESC";

    /** Rows {@code offset} … {@code offset + limit - 1} of the list order; a negative limit means all. */
    List<ArticleEntry> entries(int offset, int limit) throws SQLException {
        List<ArticleEntry> out = new ArrayList<>();
        PreparedStatement q = statements.get("""
                SELECT a.id, a.headline, a.source, a.dateline, a.published,
                       coalesce(s.read, 0), coalesce(s.starred, 0)
                FROM article a INDEXED BY article_published LEFT JOIN reader_state s ON s.doc = a.doc
                """ + NEWEST_FIRST + " LIMIT ? OFFSET ?");
        q.setInt(1, limit);
        q.setInt(2, offset);
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(new ArticleEntry(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getInt(6) != 0, r.getInt(7) != 0));
            }
        }
        return out;
    }

    int count() throws SQLException {
        try (ResultSet r = statements.get("SELECT count(*) FROM article").executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    boolean delete(long doc) throws SQLException {
        {
            PreparedStatement q = statements.get("DELETE FROM article WHERE doc = ?");
            q.setLong(1, doc);
            return q.executeUpdate() > 0;
        }
    }
}
