package id.warta.store;

import id.warta.model.Article;
import id.warta.model.Mention;
import id.warta.model.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The FTS5 index: per article its headline and body (caption, sub-headings, paragraphs)
 * stemmed (see {@link StemmedText}). The index is contentless: it holds no copy of the text, and
 * snippets are cut from the stored paragraphs. Ranking is BM25 with the headline weighted above
 * the body, plus a boost for articles in which an entity the query names is central (named often,
 * or quoted).
 */
final class SearchIndex {
    /**
     * The indexing rules: bump the number when what goes into the index changes; the stemmer's
     * fingerprint changes by itself. The library rebuilds the index on open when this differs.
     */
    static final String VERSION = "3/" + StemmedText.fingerprint();
    /** Per column (headline_stem, body_stem). */
    private static final String WEIGHTS = "4.0, 1.0";

    private final StatementCache statements;
    private final EntityDirectory entities;
    private final int oftenNamed;

    SearchIndex(StatementCache statements, EntityDirectory entities) {
        this(statements, entities, SearchPlan.AUTOMATIC);
    }

    /** {@code oftenNamed}: see {@link SearchPlan#SearchPlan(SearchQuery, EntityDirectory, int)}; tests force each way of filtering. */
    SearchIndex(StatementCache statements, EntityDirectory entities, int oftenNamed) {
        this.statements = statements;
        this.entities = entities;
        this.oftenNamed = oftenNamed;
    }

    /** What the index holds for one article: its headline and body as stems. */
    record Stems(String headline, String body) {
        static Stems of(Article a) {
            Set<String> names = nameWords(a);
            return new Stems(StemmedText.of(a.headline(), names, true), stemmedBody(a, names));
        }
    }

    void index(long doc, Article a) throws SQLException {
        Stems stems = Stems.of(a);
        {
            PreparedStatement q = statements.get(
                "INSERT INTO article_text (rowid, headline_stem, body_stem) VALUES (?, ?, ?)");
            q.setLong(1, doc);
            q.setString(2, stems.headline());
            q.setString(3, stems.body());
            q.executeUpdate();
        }
        {
            PreparedStatement q = statements.get("UPDATE article SET source_key = ? WHERE doc = ?");
            q.setString(1, a.source() == null ? null : Folding.fold(a.source()));
            q.setLong(2, doc);
            q.executeUpdate();
        }
    }

    /** Folded words of every name the article's entities go by: these are never stemmed. */
    private static Set<String> nameWords(Article a) {
        Set<String> out = new HashSet<>();
        for (Mention m : a.mentions()) {
            out.addAll(IndexWords.words(m.text()));
            out.addAll(IndexWords.words(m.canonical()));
        }
        for (List<String> names : List.of(a.people(), a.places(), a.organizations())) {
            for (String name : names) out.addAll(IndexWords.words(name));
        }
        return out;
    }

    /** The body exactly as {@link #body} joins it, block by block, each stemmed by its own rules. */
    private static String stemmedBody(Article a, Set<String> names) {
        StringJoiner out = new StringJoiner(" ");
        for (Block block : blocks(a)) {
            String stems = StemmedText.of(block.text(), names, block.titleCase());
            if (!stems.isEmpty()) out.add(stems);
        }
        return out.toString();
    }

    private record Block(String text, boolean titleCase) {
    }

    private static List<Block> blocks(Article a) {
        List<Block> out = new ArrayList<>();
        if (a.caption() != null) out.add(new Block(a.caption(), false));
        for (Section s : a.sections()) {
            if (s.heading() != null) out.add(new Block(s.heading(), true));
            for (String p : s.paragraphs()) out.add(new Block(p, looksLikeHeading(p)));
        }
        return out;
    }

    /**
     * A short line without closing punctuation is a sub-heading a parser left among the paragraphs.
     * Counts words by hand: a split on a regex per paragraph was a tenth of the cost of storing.
     */
    static boolean looksLikeHeading(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || ".!?\"”:;,".indexOf(p.charAt(p.length() - 1)) >= 0) return false;
        int words = 1;
        for (int i = 1; i < p.length(); i++) {
            if (isSpace(p.charAt(i)) && !isSpace(p.charAt(i - 1)) && ++words > 12) return false;
        }
        return true;
    }

    /** What the regex {@code \s} matches, as the split this replaces did: the index must not change. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Drops and rebuilds every article's index row, e.g. after the stemmer changed. */
    void rebuild(ArticleLoader loader) throws SQLException {
        {
            // a contentless table is emptied with its own command
            PreparedStatement q = statements.get("INSERT INTO article_text (article_text) VALUES ('delete-all')");
            q.executeUpdate();
        }
        List<Long> docs = new ArrayList<>();
        PreparedStatement all = statements.get("SELECT doc FROM article ORDER BY doc");
        try (ResultSet r = all.executeQuery()) {
            while (r.next()) docs.add(r.getLong(1));
        }
        for (long doc : docs) index(doc, loader.load(doc));
    }

    interface ArticleLoader {
        Article load(long doc) throws SQLException;
    }

    /** The best {@code limit} matches of {@code text}; any text is a query (see {@link QueryParser}). */
    List<SearchHit> search(String text, int limit) throws SQLException {
        Ranked ranked = ranked(text, limit);
        return ranked == null ? List.of() : withSnippets(ranked);
    }

    /** The best matches without snippets, and what cutting their snippets needs; null when nothing is searched for. */
    record Ranked(List<SearchHit> hits, List<Long> docs, SearchPlan plan) {
    }

    /** The ranking half of {@link #search}; {@code LibrarySearchTimes} times it apart from the snippets. */
    Ranked ranked(String text, int limit) throws SQLException {
        Optional<SearchQuery> query = QueryParser.parse(text);
        if (query.isEmpty()) return null;
        SearchPlan plan = new SearchPlan(query.get(), entities, oftenNamed);
        // parameters in the order their "?" stand in the SQL
        List<Object> params = new ArrayList<>();
        List<Object> boostParams = new ArrayList<>();
        String boost = boost(plan, boostParams);
        String sql;
        if (plan.match != null) {
            // FTS5 streams the matches newest first; the filters are checked on each (the "+" keeps
            // SQLite from driving the loop from a filter's doc list) and BM25 is computed only for
            // the window that passes.
            // The article's row is read only when a condition needs it: 1.5 µs per match walked.
            String walk = " FROM article_text t" + (plan.readsArticle ? " JOIN article a ON a.doc = t.rowid" : "")
                    + " WHERE article_text MATCH ? AND " + plan.where.replace(SearchPlan.DOC, "+t.rowid")
                    + " ORDER BY t.rowid DESC LIMIT " + Math.max(SearchPlan.WINDOW, limit);
            String select = "SELECT a.doc, a.id, a.headline, a.source, a.published, w.relevance + " + boost + " AS score";
            String order = " JOIN article a ON a.doc = w.doc ORDER BY score DESC LIMIT ?";
            if (plan.rankMatch == null) {
                params.addAll(boostParams);
                params.add(plan.match);
                params.addAll(plan.params);
                sql = select + " FROM (SELECT t.rowid AS doc, -bm25(article_text, " + WEIGHTS + ") AS relevance" + walk
                        + ") w" + order;
            } else {
                // the window is found by the match, then ranked by the cheaper expression (SearchPlan#rankMatch),
                // read only over the window's stretch of rowids
                params.add(plan.match);
                params.addAll(plan.params);
                params.addAll(boostParams);
                params.add(plan.rankMatch);
                sql = "WITH found AS MATERIALIZED (SELECT t.rowid AS doc" + walk + ") " + select
                        + " FROM (SELECT t.rowid AS doc, -bm25(article_text, " + WEIGHTS + ") AS relevance"
                        + " FROM article_text t WHERE article_text MATCH ? AND t.rowid >= (SELECT min(doc) FROM found)"
                        + " AND t.rowid <= (SELECT max(doc) FROM found) AND +t.rowid IN (SELECT doc FROM found)) w" + order;
            }
        } else {
            params.addAll(boostParams);
            params.addAll(plan.params);
            String window = "SELECT a.doc FROM article a WHERE " + plan.where.replace(SearchPlan.DOC, "a.doc")
                    + " ORDER BY a.doc DESC LIMIT " + Math.max(SearchPlan.WINDOW, limit);
            sql = "SELECT a.doc, a.id, a.headline, a.source, a.published, " + boost + " AS score"
                    + " FROM (" + window + ") w JOIN article a ON a.doc = w.doc"
                    + " ORDER BY score DESC, a.published_day DESC, a.doc DESC LIMIT ?";
        }
        params.add(limit);
        List<SearchHit> hits = new ArrayList<>();
        List<Long> docs = new ArrayList<>();
        {
            PreparedStatement q = statements.get(sql);
            for (int i = 0; i < params.size(); i++) q.setObject(i + 1, params.get(i));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    docs.add(r.getLong(1));
                    hits.add(new SearchHit(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getDouble(6), null));
                }
            }
        }
        return new Ranked(hits, docs, plan);
    }

    /** Σ over the query's entities present in the article: how often it is named (capped) and quoted. */
    private static String boost(SearchPlan plan, List<Object> params) {
        if (plan.boosted.isEmpty()) return "0";
        StringJoiner ids = new StringJoiner(", ");
        for (Long id : plan.boosted) {
            params.add(id);
            ids.add("?");
        }
        return "coalesce((SELECT sum(0.3 * min(ae.mentions, 10) + min(ae.quoted, 3)) FROM article_entity ae"
                + " WHERE ae.doc = a.doc AND ae.entity IN (" + ids + ")), 0)";
    }

    List<SearchHit> withSnippets(Ranked ranked) throws SQLException {
        List<SearchHit> hits = ranked.hits();
        Map<Long, List<Heading>> headings = captionsAndHeadings(ranked.docs());
        List<SearchHit> out = new ArrayList<>(hits.size());
        Snippets.Marks marks = new Snippets.Marks(ranked.plan().markWords, ranked.plan().markStems);
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Snippets snippet = new Snippets(marks);
            long doc = ranked.docs().get(i);
            readBody(doc, headings.getOrDefault(doc, List.of()), snippet);
            out.add(new SearchHit(h.id(), h.headline(), h.source(), h.published(), h.score(), snippet.snippet()));
        }
        return out;
    }

    /**
     * Per article, its caption (section -1) and sub-headings (their section), in order: one statement
     * for all the results (a statement per result for each cost more than reading their paragraphs).
     */
    private Map<Long, List<Heading>> captionsAndHeadings(List<Long> docs) throws SQLException {
        Map<Long, List<Heading>> out = new HashMap<>();
        if (docs.isEmpty()) return out;
        StringJoiner list = new StringJoiner(", ");
        for (int i = 0; i < docs.size(); i++) list.add("?");
        PreparedStatement q = statements.get("SELECT doc, -1, caption FROM article WHERE doc IN (" + list + ") AND caption IS NOT NULL"
                + " UNION ALL SELECT doc, idx, heading FROM section WHERE doc IN (" + list + ") AND heading IS NOT NULL"
                + " ORDER BY 1, 2");
        for (int i = 0; i < docs.size(); i++) {
            q.setLong(i + 1, docs.get(i));
            q.setLong(docs.size() + i + 1, docs.get(i));
        }
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) out.computeIfAbsent(r.getLong(1), d -> new ArrayList<>()).add(new Heading(r.getString(3), r.getInt(2)));
        }
        return out;
    }

    /** A caption (section -1) or sub-heading of a section, as the snippet reader needs it. */
    private record Heading(String text, int section) {
    }

    /**
     * Gives {@code snippet} the article's body in the order {@link #blocks(Article)} lists it (caption,
     * then per section its heading and paragraphs) until it has what it needs. The paragraphs are
     * streamed in their key's order, so a snippet found in the first paragraphs reads no more.
     *
     * @param headings the article's caption and sub-headings, in order
     */
    private void readBody(long doc, List<Heading> headings, Snippets snippet) throws SQLException {
        int heading = 0;
        PreparedStatement q = statements.get("SELECT section, text FROM paragraph WHERE doc = ? ORDER BY section, idx");
        q.setLong(1, doc);
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                int section = r.getInt(1);
                // a section's heading comes before its paragraphs (also the heading of a section without any)
                for (; heading < headings.size() && headings.get(heading).section() <= section; heading++) {
                    if (!snippet.add(headings.get(heading).text())) return;
                }
                if (!snippet.add(r.getString(2))) return;
            }
        }
        for (; heading < headings.size(); heading++) {
            if (!snippet.add(headings.get(heading).text())) return;
        }
    }
}
