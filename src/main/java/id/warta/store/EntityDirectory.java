package id.warta.store;

import id.warta.model.EntityType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Finding entities by any of their names: for filters (person:Putin), for name suggestions and
 * for related articles. A name matches an alias exactly when one does (so place:AS is the
 * United States, not every place starting with "as"); otherwise every alias it is a prefix of,
 * or a prefix of a word in (Trum → Donald Trump), so a half-typed name already finds.
 */
final class EntityDirectory {
    private static final int MAX_MATCHES = 500;

    private final StatementCache statements;
    /** The index's words and how many articles hold each: kept here with the names, for the same connection. */
    final WordFrequencies words;

    EntityDirectory(StatementCache statements) {
        this.statements = statements;
        this.words = new WordFrequencies(statements);
    }

    /** Entities of {@code type} (null: any type) that {@code name} names. */
    Set<Long> resolve(String name, EntityType type) throws SQLException {
        String key = Folding.fold(name);
        Set<Long> out = new LinkedHashSet<>();
        if (key.isEmpty()) return out;
        String typed = type == null ? "" : " AND e.type = ?";
        {
            PreparedStatement q = statements.get(
                "SELECT DISTINCT a.entity FROM alias a JOIN entity e ON e.id = a.entity WHERE a.key = ?" + typed);
            q.setString(1, key);
            if (type != null) q.setString(2, type.name());
            collect(q, out);
        }
        if (!out.isEmpty()) return out;
        {
            PreparedStatement q = statements.get("""
                SELECT DISTINCT a.entity FROM alias a JOIN entity e ON e.id = a.entity
                WHERE ((a.key >= ? AND a.key < ?) OR a.key LIKE ? ESCAPE '\\')""" + typed + " LIMIT " + MAX_MATCHES);
            q.setString(1, key);
            q.setString(2, Folding.afterPrefix(key));
            q.setString(3, "% " + likeEscape(key) + "%");
            if (type != null) q.setString(4, type.name());
            collect(q, out);
        }
        return out;
    }

    /** Entities of any type that have {@code name} itself as name or alias (no prefixes). */
    Set<Long> resolveExactly(String name) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        {
            PreparedStatement q = statements.get("SELECT entity FROM alias WHERE key = ? LIMIT " + MAX_MATCHES);
            q.setString(1, Folding.fold(name));
            collect(q, out);
        }
        return out;
    }

    /** Whether every word of {@code words} occurs in the stemmed headline or body of some article. */
    boolean indexHolds(List<String> words) throws SQLException {
        PreparedStatement q = statements.get("""
                SELECT 1 FROM article_terms WHERE term = ? AND col IN ('headline_stem', 'body_stem') LIMIT 1""");
        for (String word : words) {
            q.setString(1, word);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) return false;
            }
        }
        return true;
    }

    /** Whether {@code folded} is, whole, a name of some entity: such words are not stemmed in queries. */
    boolean isName(String folded) throws SQLException {
        {
            PreparedStatement q = statements.get("SELECT 1 FROM alias WHERE key = ? LIMIT 1");
            q.setString(1, folded);
            try (ResultSet r = q.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void collect(PreparedStatement q, Set<Long> out) throws SQLException {
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) out.add(r.getLong(1));
        }
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Stored outlets (folded) that {@code name} names: exactly, else as a prefix of the outlet or of a word in it. */
    List<String> sources(String name) throws SQLException {
        String key = Folding.fold(name);
        List<String> all = new ArrayList<>();
        {
            // The distinct outlets, one index seek each (a skip scan): SELECT DISTINCT read the whole
            // index, 9 ms at 100,000 articles, for a handful of outlets.
            PreparedStatement q = statements.get("""
                WITH RECURSIVE outlet(key) AS (
                    SELECT min(source_key) FROM article
                    UNION ALL
                    SELECT (SELECT min(source_key) FROM article WHERE source_key > outlet.key)
                    FROM outlet WHERE outlet.key IS NOT NULL)
                SELECT key FROM outlet WHERE key IS NOT NULL""");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) all.add(r.getString(1));
            }
        }
        if (all.contains(key)) return List.of(key);
        return all.stream().filter(s -> s.startsWith(key) || s.contains(" " + key)).toList();
    }

    /** About how many articles the library holds (the highest row number: one index seek). */
    long librarySize() throws SQLException {
        try (ResultSet r = statements.get("SELECT coalesce(max(doc), 0) FROM article").executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /**
     * Whether at least {@code threshold} article links (or quotes, when {@code quoted}) point to
     * these entities. Reads at most that many index entries, so it is cheap for any entity.
     */
    boolean namedOften(Set<Long> ids, boolean quoted, int threshold) throws SQLException {
        StringJoiner list = new StringJoiner(", ");
        for (int i = 0; i < ids.size(); i++) list.add("?");
        String rows = quoted ? "SELECT 1 FROM quote WHERE speaker_entity IN (" + list + ")"
                : "SELECT 1 FROM article_entity WHERE entity IN (" + list + ")";
        PreparedStatement q = statements.get("SELECT count(*) FROM (" + rows + " LIMIT " + threshold + ")");
        int i = 1;
        for (Long id : ids) q.setLong(i++, id);
        try (ResultSet r = q.executeQuery()) {
            return r.next() && r.getInt(1) >= threshold;
        }
    }

    /** Entities whose name or alias starts with {@code prefix} (any word of it), most articles first. */
    List<NameCount> suggest(String prefix, EntityType type, int limit) throws SQLException {
        String key = Folding.fold(prefix == null ? "" : prefix);
        StringBuilder sql = new StringBuilder("""
                SELECT e.name, e.type, count(*) AS n FROM entity e JOIN article_entity ae ON ae.entity = e.id
                WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (!key.isEmpty()) {
            sql.append(" AND e.id IN (SELECT entity FROM alias WHERE (key >= ? AND key < ?) OR key LIKE ? ESCAPE '\\')");
            params.add(key);
            params.add(Folding.afterPrefix(key));
            params.add("% " + likeEscape(key) + "%");
        }
        if (type != null) {
            sql.append(" AND e.type = ?");
            params.add(type.name());
        }
        sql.append(" GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?");
        params.add(limit);
        List<NameCount> out = new ArrayList<>();
        {
            PreparedStatement q = statements.get(sql.toString());
            for (int i = 0; i < params.size(); i++) q.setObject(i + 1, params.get(i));
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(new NameCount(r.getString(1), EntityType.valueOf(r.getString(2)), r.getInt(3)));
            }
        }
        return out;
    }

    /**
     * Articles sharing entities with article {@code doc}. Each shared entity weighs log(N / df):
     * sharing a rarely named person says more than sharing "Indonesia".
     */
    List<RelatedArticle> related(long doc, int limit) throws SQLException {
        int total = count("SELECT count(*) FROM article");
        List<long[]> mine = new ArrayList<>();    // entity, df
        List<String> names = new ArrayList<>();
        {
            PreparedStatement q = statements.get("""
                SELECT ae.entity, e.name, (SELECT count(*) FROM article_entity x WHERE x.entity = ae.entity)
                FROM article_entity ae JOIN entity e ON e.id = ae.entity WHERE ae.doc = ?""");
            q.setLong(1, doc);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    mine.add(new long[]{r.getLong(1), r.getLong(3)});
                    names.add(r.getString(2));
                }
            }
        }
        List<RelatedArticle> out = new ArrayList<>();
        if (mine.isEmpty()) return out;
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < mine.size(); i++) values.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        String sql = "WITH w(entity, weight, name) AS (VALUES " + values + ")"
                + " SELECT a.id, a.headline, a.source, a.published, sum(w.weight) AS score,"
                + "        group_concat(w.name, char(31)) AS shared"
                + " FROM w JOIN article_entity ae ON ae.entity = w.entity JOIN article a ON a.doc = ae.doc"
                + " WHERE ae.doc <> ? GROUP BY ae.doc ORDER BY score DESC, a.published DESC LIMIT ?";
        {
            PreparedStatement q = statements.get(sql);
            int p = 1;
            for (int i = 0; i < mine.size(); i++) {
                q.setLong(p++, mine.get(i)[0]);
                q.setDouble(p++, Math.log((total + 1.0) / mine.get(i)[1]));
                q.setString(p++, names.get(i));
            }
            q.setLong(p++, doc);
            q.setInt(p, limit);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new RelatedArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getDouble(5), sharedByWeight(r.getString(6), names, mine)));
                }
            }
        }
        return out;
    }

    private static List<String> sharedByWeight(String joined, List<String> names, List<long[]> mine) {
        List<String> shared = new ArrayList<>(List.of(joined.split("\u001f")));
        shared.sort((x, y) -> Long.compare(df(x, names, mine), df(y, names, mine)));
        return shared;
    }

    private static long df(String name, List<String> names, List<long[]> mine) {
        int i = names.indexOf(name);
        return i < 0 ? Long.MAX_VALUE : mine.get(i)[1];
    }

    private int count(String sql) throws SQLException {
        try (ResultSet r = statements.get(sql).executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
