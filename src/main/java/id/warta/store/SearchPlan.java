package id.warta.store;

import id.warta.model.EntityType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A {@link SearchQuery} turned into SQL. Words and phrases become one FTS5 MATCH expression
 * where the operators allow it (so FTS5 ranks by BM25); filters, and text under operators FTS5
 * cannot express (an OR with a filter in it), become SQL conditions on the article.
 * All user text reaches SQL as bound parameters, and reaches FTS5 only as quoted strings of
 * letters and digits.
 */
final class SearchPlan {
    private static final int MAX_BOOSTED = 50;
    /** For {@code oftenNamed}: choose each filter's form as {@link #named} explains. */
    static final int AUTOMATIC = 0;
    static final String DOC = "{doc}";

    /** The FTS5 expression the article must match, or null when the query has no positive text. */
    final String match;
    /**
     * Null, or when {@link #match} holds a phrase of several words: the expression BM25 ranks the
     * matched articles by, {@link #match}'s positive part with each phrase read as its words.
     * BM25 counts in the whole library the articles matching each phrase of the expression it
     * ranks by; a phrase of common words costs that count in positions (<i>kerja sama ekonomi</i>
     * at 100,000 parsed articles: 28–40 ms), its words cost one entry per article each (3 × 4 ms).
     * Every article matching {@link #match} matches this expression, so the same articles are found.
     */
    final String rankMatch;
    /**
     * SQL condition on article {@code a}, "1" when there is none. Membership tests are written on
     * {@link #DOC}, which the search replaces by the article's doc column as it needs.
     */
    final String where;
    final List<Object> params = new ArrayList<>();
    /** Whether {@link #where} reads the article's own columns (source, day), so needs its row. */
    boolean readsArticle;
    /** Entities the query names: articles where they are central rank higher. */
    final Set<Long> boosted = new LinkedHashSet<>();
    /** Folded query words to mark in snippets, each with its stem (a name: itself); and those stems. */
    final Map<String, String> markWords = new LinkedHashMap<>();
    final Set<String> markStems = new LinkedHashSet<>();

    private final EntityDirectory entities;
    private final int oftenNamed;
    /** Set when {@link #words} writes a phrase of several words. */
    private boolean phrases;
    /** While {@link #rankMatch} is written: phrases as their words, exclusions left out. */
    private boolean ranking;

    SearchPlan(SearchQuery query, EntityDirectory entities) throws SQLException {
        this(query, entities, AUTOMATIC);
    }

    /**
     * @param oftenNamed {@link #AUTOMATIC}, or (for tests) the article links from which every entity
     *                   filter is checked per article rather than listed
     */
    SearchPlan(SearchQuery query, EntityDirectory entities, int oftenNamed) throws SQLException {
        this.entities = entities;
        this.oftenNamed = oftenNamed;
        collectPositive(query);
        List<SearchQuery> conjuncts = query instanceof SearchQuery.All all ? all.queries() : List.of(query);
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        List<SearchQuery> rest = new ArrayList<>();
        for (SearchQuery c : conjuncts) {
            String fts = fts(c);
            String negated = c instanceof SearchQuery.Not not ? fts(not.query()) : null;
            if (fts != null) positive.add(fts);
            else if (negated != null) negative.add(negated);
            else rest.add(c);
        }
        StringJoiner conditions = new StringJoiner(" AND ");
        if (positive.isEmpty()) {
            this.match = null;
            for (String n : negative) conditions.add(notMatching(n));
        } else {
            StringBuilder m = new StringBuilder("(" + String.join(" AND ", positive) + ")");
            for (String n : negative) m.insert(0, "(").append(" NOT ").append(n).append(")");
            this.match = m.toString();
        }
        for (SearchQuery c : rest) conditions.add(sql(c));
        this.where = conditions.length() == 0 ? "1" : conditions.toString();
        this.rankMatch = match != null && phrases ? rankExpression(conjuncts) : null;
    }

    private String rankExpression(List<SearchQuery> conjuncts) throws SQLException {
        ranking = true;
        StringJoiner and = new StringJoiner(" AND ", "(", ")");
        for (SearchQuery c : conjuncts) {
            String fts = fts(c);
            if (fts != null) and.add(fts);
        }
        ranking = false;
        return and.toString();
    }

    // ---- FTS5 expressions

    /** The query as an FTS5 expression, or null when it needs SQL (filters, a lone exclusion). */
    private String fts(SearchQuery q) throws SQLException {
        if (q instanceof SearchQuery.Words w) return words(w);
        if (q instanceof SearchQuery.Any any) {
            StringJoiner or = new StringJoiner(" OR ", "(", ")");
            for (SearchQuery c : any.queries()) {
                String f = fts(c);
                if (f == null) return null;
                or.add(f);
            }
            return or.toString();
        }
        if (q instanceof SearchQuery.All all) {
            List<String> positive = new ArrayList<>();
            List<String> negative = new ArrayList<>();
            for (SearchQuery c : all.queries()) {
                String f = fts(c);
                String n = c instanceof SearchQuery.Not not ? fts(not.query()) : null;
                if (f != null) positive.add(f);
                else if (n != null) negative.add(n);
                else return null;
            }
            if (ranking) {
                // an exclusion only narrows: without it the expression matches more, never less
                negative.clear();
            }
            if (positive.isEmpty()) return null;
            StringBuilder m = new StringBuilder("(" + String.join(" AND ", positive) + ")");
            for (String n : negative) m.insert(0, "(").append(" NOT ").append(n).append(")");
            return m.toString();
        }
        return null;
    }

    /**
     * A word or phrase matches in the stemmed headline and body, which hold every word's stem and
     * every name as written. The query asks for the stems (names kept whole) and, where the index
     * holds it, the form as written: a name the recogniser missed was indexed as written.
     */
    private String words(SearchQuery.Words w) throws SQLException {
        List<String> stems = new ArrayList<>();
        List<String> plainStems = new ArrayList<>();
        for (String word : w.words()) {
            stems.add(stemUnlessName(word));
            plainStems.add(StemmedText.stem(word));
        }
        Set<List<String>> forms = new LinkedHashSet<>();
        forms.add(stems);
        for (List<String> form : List.of(w.words(), plainStems)) {
            if (!forms.contains(form) && entities.indexHolds(form)) forms.add(form);
        }
        StringJoiner or = new StringJoiner(" OR ", "(", ")");
        // No column filter: the index holds only the two stemmed columns, and a filter makes FTS5 read
        // every match's positions (a count of "kerja" matches: 4.4 ms bare, 11.9 ms filtered, at 100,000)
        for (List<String> form : forms) {
            phrases |= form.size() > 1;
            or.add(ranking ? allWords(form) : phrase(form));
        }
        return or.toString();
    }

    private String stemUnlessName(String word) throws SQLException {
        return entities.isName(word) ? word : StemmedText.stem(word);
    }

    /** Each word as an FTS5 string, all required. */
    private static String allWords(List<String> words) {
        StringJoiner and = new StringJoiner(" AND ", "(", ")");
        for (String w : words) and.add(phrase(List.of(w)));
        return and.toString();
    }

    /** An FTS5 string: the words inside double quotes, any quote in them doubled. */
    static String phrase(List<String> words) {
        return "\"" + String.join(" ", words).replace("\"", "\"\"") + "\"";
    }

    // ---- SQL conditions

    private String sql(SearchQuery q) throws SQLException {
        if (q instanceof SearchQuery.Words w) return matching(words(w));
        if (q instanceof SearchQuery.Not not) return "NOT (" + sql(not.query()) + ")";
        if (q instanceof SearchQuery.All all) return joined(all.queries(), " AND ");
        if (q instanceof SearchQuery.Any any) return joined(any.queries(), " OR ");
        if (q instanceof SearchQuery.Named named) return named(named);
        if (q instanceof SearchQuery.Source source) return source(source);
        if (q instanceof SearchQuery.Published p) return published(p);
        throw new IllegalStateException("unknown query node " + q);
    }

    private String joined(List<SearchQuery> queries, String operator) throws SQLException {
        StringJoiner out = new StringJoiner(operator, "(", ")");
        for (SearchQuery c : queries) {
            String f = fts(c);
            out.add(f != null ? matching(f) : sql(c));
        }
        return out.toString();
    }

    private String matching(String fts) {
        params.add(fts);
        return DOC + " IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)";
    }

    private String notMatching(String fts) {
        params.add(fts);
        return DOC + " NOT IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)";
    }

    /**
     * An entity filter, written one of two ways, whichever reads less. The search walks articles
     * (FTS5's matches, or without words the articles) newest first until the window is full: a
     * per-article check costs one index seek (~2 µs) per article walked, about window / (share of
     * articles naming the entity); the list costs one entry per naming article, read once, then a
     * hash probe per article walked. So an entity is checked per article when named in more than
     * about √(2 · window · library size) articles (6,300 of 100,000) and listed otherwise.
     * Measured at 100,000: a per-article check of a name found in 30 articles tests every article
     * (66 ms), its list 0.2 ms; under the word <i>sanksi</i>, a place named in 485 articles checked
     * per match cost 27 ms, listed 3 ms; the list of the 35,000 articles naming a place cost 9–15 ms.
     * Under words the list is tested on {@code +rowid}, so FTS5 does not seek each listed article.
     */
    private String named(SearchQuery.Named named) throws SQLException {
        Set<Long> ids = entities.resolve(named.name(), type(named.kind()));
        if (ids.isEmpty()) return "0";
        boolean quoted = named.kind() == SearchQuery.Named.Kind.QUOTED;
        boolean often = oftenNamed == AUTOMATIC
                ? entities.namedOften(ids, quoted, listedUpTo())
                : entities.namedOften(ids, quoted, oftenNamed);
        String list = placeholders(ids);
        if (quoted) {
            return often ? "EXISTS (SELECT 1 FROM quote q WHERE q.doc = " + DOC + " AND q.speaker_entity IN (" + list + "))"
                    : DOC + " IN (SELECT doc FROM quote WHERE speaker_entity IN (" + list + "))";
        }
        return often ? "EXISTS (SELECT 1 FROM article_entity ae WHERE ae.doc = " + DOC + " AND ae.entity IN (" + list + "))"
                : DOC + " IN (SELECT doc FROM article_entity WHERE entity IN (" + list + "))";
    }

    private int listedUpTo() throws SQLException {
        return (int) Math.max(1, Math.sqrt(2.0 * SearchIndex.WINDOW * entities.librarySize()));
    }

    private String placeholders(Set<?> values) {
        StringJoiner out = new StringJoiner(", ");
        for (Object v : values) {
            params.add(v);
            out.add("?");
        }
        return out.toString();
    }

    private static EntityType type(SearchQuery.Named.Kind kind) {
        return switch (kind) {
            case PERSON, QUOTED -> EntityType.PERSON;
            case PLACE -> EntityType.PLACE;
            case ORGANIZATION -> EntityType.ORGANIZATION;
        };
    }

    private String source(SearchQuery.Source source) throws SQLException {
        List<String> keys = entities.sources(source.name());
        // coalesce: an article without a source is simply not from this one, so -source: keeps it
        readsArticle = true;
        return keys.isEmpty() ? "0" : "coalesce(a.source_key IN (" + placeholders(new LinkedHashSet<>(keys)) + "), 0)";
    }

    private String published(SearchQuery.Published p) {
        readsArticle = true;
        if (p.from() != null) {
            params.add(p.from().toString());
            return "coalesce(a.published_day >= ?, 0)";
        }
        params.add(p.until().toString());
        return "coalesce(a.published_day < ?, 0)";
    }

    // ---- what to boost and mark: the query's positive parts

    private void collectPositive(SearchQuery q) throws SQLException {
        if (q instanceof SearchQuery.Not) return;
        if (q instanceof SearchQuery.All all) {
            for (SearchQuery c : all.queries()) collectPositive(c);
        } else if (q instanceof SearchQuery.Any any) {
            for (SearchQuery c : any.queries()) collectPositive(c);
        } else if (q instanceof SearchQuery.Words w) {
            for (String word : w.words()) {
                String stem = stemUnlessName(word);
                markWords.put(word, stem);
                markStems.add(stem);
            }
            boost(entities.resolveExactly(String.join(" ", w.words())));
        } else if (q instanceof SearchQuery.Named named) {
            boost(entities.resolve(named.name(), type(named.kind())));
        }
    }

    private void boost(Set<Long> ids) {
        for (Long id : ids) if (boosted.size() < MAX_BOOSTED) boosted.add(id);
    }
}
