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
    /**
     * How many matching articles, newest first, are ranked. Ranking every match of a word found in
     * a third of a 100,000-article library costs more than a person waits; beyond this window older
     * matches are not ranked (docs/search.md says so). A caller asking for more results widens it.
     */
    static final int WINDOW = 200;
    private static final int MAX_BOOSTED = 50;
    /** For {@code oftenNamed}: choose each filter's form as {@link #named} explains. */
    static final int AUTOMATIC = 0;
    static final String DOC = "{doc}";

    /** The FTS5 expression the article must match, or null when the query has no positive text. */
    final String match;
    /**
     * Null when BM25 ranks by {@link #match} itself; else the expression it ranks the matched articles
     * by: {@link #match}'s positive part with each phrase read as its words, and without the words
     * BM25 gives no weight. BM25 counts in the whole library the articles matching each phrase of the
     * expression it ranks by: a phrase of common words costs that count in positions (<i>kerja sama
     * ekonomi</i> at 100,000 parsed articles: 28–40 ms), a word one entry per article (4 ms for a
     * word in 85,000 articles). A word held by at least half the articles gets FTS5's floor weight
     * (its IDF is clamped to 10⁻⁶), so it adds less than 10⁻⁵ to any score: it is left out of an
     * AND, unless every part is such a word, when the one held by the fewest articles is kept.
     * Every article matching {@link #match} matches this expression (only ANDed parts and
     * exclusions are left out), so the same articles are found.
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
    /** Set when {@link #rank} reads a phrase as its words or leaves a word out. */
    private boolean rankDiffers;
    /** Articles in the library (at least): a word in half of them has no weight in BM25. */
    private long librarySize = -1;

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
        List<SearchQuery> matched = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        List<SearchQuery> rest = new ArrayList<>();
        for (SearchQuery c : conjuncts) {
            String fts = fts(c);
            String negated = c instanceof SearchQuery.Not not ? fts(not.query()) : null;
            if (fts != null) {
                matched.add(c);
                positive.add(fts);
            } else if (negated != null) negative.add(negated);
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
        this.rankMatch = match != null ? rankExpression(matched) : null;
    }

    /** @param matched the conjuncts {@link #match} is made of, exclusions aside */
    private String rankExpression(List<SearchQuery> matched) throws SQLException {
        // a lone word, or words only under OR, rank as they are: no article counts to look up
        if (matched.size() < 2 && !joinsWords(matched.get(0))) return null;
        List<RankPart> parts = new ArrayList<>();
        for (SearchQuery c : matched) parts.add(rank(c));
        String expression = allOf(parts).fts();
        return rankDiffers ? expression : null;
    }

    // ---- the expression BM25 ranks by (rankMatch)

    /**
     * Part of the rank expression: its FTS5 text; whether BM25 gives it no weight (every article
     * it matches holds only words found in half the library); about how many articles it matches.
     */
    private record RankPart(String fts, boolean weightless, long articles) {
    }

    /** Null exactly where {@link #fts} is null: the same node read for ranking. */
    private RankPart rank(SearchQuery q) throws SQLException {
        if (q instanceof SearchQuery.Words w) {
            List<RankPart> forms = new ArrayList<>();
            for (List<String> form : forms(w)) {
                rankDiffers |= form.size() > 1;
                List<RankPart> words = new ArrayList<>();
                for (String word : form) words.add(word(word));
                forms.add(allOf(words));
            }
            return anyOf(forms);
        }
        if (q instanceof SearchQuery.Any any) {
            List<RankPart> parts = new ArrayList<>();
            for (SearchQuery c : any.queries()) {
                RankPart p = rank(c);
                if (p == null) return null;
                parts.add(p);
            }
            return anyOf(parts);
        }
        if (q instanceof SearchQuery.All all) {
            List<RankPart> parts = new ArrayList<>();
            for (SearchQuery c : all.queries()) {
                // an exclusion only narrows: without it the expression matches more, never less
                if (c instanceof SearchQuery.Not not && fts(not.query()) != null) continue;
                RankPart p = rank(c);
                if (p == null) return null;
                parts.add(p);
            }
            return parts.isEmpty() ? null : allOf(parts);
        }
        return null;
    }

    /** Whether {@code q} has a phrase of several words or an AND of several parts: what ranking may read otherwise. */
    private static boolean joinsWords(SearchQuery q) {
        if (q instanceof SearchQuery.Words w) return w.words().size() > 1;
        if (q instanceof SearchQuery.All all) {
            int positive = 0;
            for (SearchQuery c : all.queries()) {
                if (!(c instanceof SearchQuery.Not)) positive++;
                if (joinsWords(c)) return true;
            }
            return positive > 1;
        }
        if (q instanceof SearchQuery.Any any) {
            for (SearchQuery c : any.queries()) if (joinsWords(c)) return true;
        }
        return false;
    }

    private RankPart word(String word) throws SQLException {
        if (librarySize < 0) librarySize = entities.librarySize();
        long n = entities.words.articles(word);
        // FTS5's BM25: idf = log((N - n + 0.5) / (n + 0.5)), clamped to 1e-6 when not above 0, i.e. when
        // 2n >= N; the highest row number is at least N, so a word passing this test surely is clamped
        return new RankPart(phrase(List.of(word)), librarySize > 0 && 2 * n >= librarySize, n);
    }

    /** The parts that carry weight; when none does, the one matching the fewest articles. */
    private RankPart allOf(List<RankPart> parts) {
        List<RankPart> kept = new ArrayList<>();
        for (RankPart p : parts) if (!p.weightless()) kept.add(p);
        if (kept.isEmpty()) {
            RankPart rarest = parts.get(0);
            for (RankPart p : parts) if (p.articles() < rarest.articles()) rarest = p;
            kept.add(rarest);
        }
        rankDiffers |= kept.size() < parts.size();
        StringJoiner and = new StringJoiner(" AND ", "(", ")");
        boolean weightless = true;
        long articles = Long.MAX_VALUE;
        for (RankPart p : kept) {
            and.add(p.fts());
            weightless &= p.weightless();
            articles = Math.min(articles, p.articles());
        }
        return new RankPart(and.toString(), weightless, articles);
    }

    private static RankPart anyOf(List<RankPart> parts) {
        StringJoiner or = new StringJoiner(" OR ", "(", ")");
        boolean weightless = true;
        long articles = 0;
        for (RankPart p : parts) {
            or.add(p.fts());
            weightless &= p.weightless();
            articles = Math.min(Long.MAX_VALUE / 2, articles + p.articles());
        }
        return new RankPart(or.toString(), weightless, articles);
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
        StringJoiner or = new StringJoiner(" OR ", "(", ")");
        // No column filter: the index holds only the two stemmed columns, and a filter makes FTS5 read
        // every match's positions (a count of "kerja" matches: 4.4 ms bare, 11.9 ms filtered, at 100,000)
        for (List<String> form : forms(w)) or.add(phrase(form));
        return or.toString();
    }

    /** The ways the index may hold the words: their stems (names kept whole), and as written or plainly stemmed. */
    private Set<List<String>> forms(SearchQuery.Words w) throws SQLException {
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
        return forms;
    }

    private String stemUnlessName(String word) throws SQLException {
        return entities.isName(word) ? word : StemmedText.stem(word);
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
        return (int) Math.max(1, Math.sqrt(2.0 * WINDOW * entities.librarySize()));
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
