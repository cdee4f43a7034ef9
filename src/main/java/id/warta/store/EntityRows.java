package id.warta.store;

import id.warta.model.Article;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity, alias, article_entity and mention tables. One entity per (type, folded canonical
 * name) across the library; every spelling seen (the canonical name and each mention's printed
 * text) becomes an alias, so any of them finds the entity. Callers hold the transaction.
 *
 * <p>Within one write transaction the entities, their types and alias keys already looked up are
 * remembered: a batch of articles names the same people again and again, and asking SQLite each
 * time (a query per mention, an INSERT OR IGNORE per alias) was most of the cost of storing.
 * The library calls {@link #forget} when a write transaction begins: only under its write lock is
 * nothing else changing these tables, and a rolled-back transaction must not leave ids behind.
 */
final class EntityRows {
    private final StatementCache statements;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Long, EntityType> types = new HashMap<>();
    private final Map<Long, Set<String>> aliasKeys = new HashMap<>();

    EntityRows(StatementCache statements) {
        this.statements = statements;
    }

    /** Drops what was remembered: called as each write transaction begins. */
    void forget() {
        ids.clear();
        types.clear();
        aliasKeys.clear();
    }

    /** How one article refers to one entity: its place in the article's list, counts. */
    private static final class Link {
        final String name;
        Integer rank;
        int mentions;
        int quoted;

        Link(String name) {
            this.name = name;
        }
    }

    /**
     * Stores the article's entities, aliases and mentions.
     * Returns, per quote, the id of the speaker's PERSON entity (null when the quote has no speaker).
     */
    Long[] insert(long doc, Article a) throws SQLException {
        Map<Long, Link> links = new LinkedHashMap<>();
        listed(a.people(), EntityType.PERSON, links);
        listed(a.places(), EntityType.PLACE, links);
        listed(a.organizations(), EntityType.ORGANIZATION, links);
        long[] mentionEntities = new long[a.mentions().size()];
        for (int i = 0; i < a.mentions().size(); i++) {
            Mention m = a.mentions().get(i);
            long entity = upsert(m.canonical(), m.type());
            alias(entity, m.text());
            links.computeIfAbsent(entity, e -> new Link(m.canonical())).mentions++;
            mentionEntities[i] = entity;
        }
        Long[] speakers = speakers(a, links);
        insertLinks(doc, links);
        insertMentions(doc, a.mentions(), mentionEntities);
        return speakers;
    }

    private void listed(List<String> names, EntityType type, Map<Long, Link> links) throws SQLException {
        for (int rank = 0; rank < names.size(); rank++) {
            String name = names.get(rank);
            Link link = links.computeIfAbsent(upsert(name, type), e -> new Link(name));
            if (link.rank == null) link.rank = rank;
        }
    }

    /**
     * A speaker is linked to the PERSON entity of this article that has the speaker's name as its
     * name or an alias; a speaker the recogniser missed still becomes a PERSON entity, because a
     * quote's speaker is a person by definition and quoted:NAME must find them.
     */
    private Long[] speakers(Article a, Map<Long, Link> links) throws SQLException {
        Map<String, Long> byKey = new HashMap<>();
        for (Long entity : links.keySet()) {
            if (!isPerson(entity)) continue;
            for (String key : aliasKeys(entity)) byKey.putIfAbsent(key, entity);
        }
        Long[] out = new Long[a.quotes().size()];
        for (int i = 0; i < out.length; i++) {
            Quote quote = a.quotes().get(i);
            if (quote.speaker() == null || quote.speaker().isBlank()) continue;
            Long entity = byKey.get(Folding.fold(quote.speaker()));
            if (entity == null) {
                entity = upsert(quote.speaker(), EntityType.PERSON);
                byKey.put(Folding.fold(quote.speaker()), entity);
            }
            links.computeIfAbsent(entity, e -> new Link(quote.speaker())).quoted++;
            out[i] = entity;
        }
        return out;
    }

    private boolean isPerson(long entity) throws SQLException {
        EntityType known = types.get(entity);
        if (known != null) return known == EntityType.PERSON;
        {
            PreparedStatement q = statements.get("SELECT type FROM entity WHERE id = ?");
            q.setLong(1, entity);
            try (ResultSet r = q.executeQuery()) {
                return r.next() && EntityType.PERSON.name().equals(r.getString(1));
            }
        }
    }

    /** The entity's alias keys, read once per transaction and kept up to date by {@link #alias}. */
    private Set<String> aliasKeys(long entity) throws SQLException {
        Set<String> cached = aliasKeys.get(entity);
        if (cached != null) return cached;
        Set<String> keys = new LinkedHashSet<>();
        {
            PreparedStatement q = statements.get("SELECT key FROM alias WHERE entity = ?");
            q.setLong(1, entity);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) keys.add(r.getString(1));
            }
        }
        aliasKeys.put(entity, keys);
        return keys;
    }

    /** The entity for (type, name), created with its name as first alias when new. */
    long upsert(String name, EntityType type) throws SQLException {
        String key = Folding.fold(name);
        String typedKey = type.name() + '\u0000' + key;
        Long known = ids.get(typedKey);
        if (known != null) return known;
        long id = find(type, key);
        if (id < 0) id = create(name, type, key);
        ids.put(typedKey, id);
        types.put(id, type);
        return id;
    }

    /** The entity's id, or -1 when there is none. */
    private long find(EntityType type, String key) throws SQLException {
        {
            PreparedStatement find = statements.get("SELECT id FROM entity WHERE type = ? AND key = ?");
            find.setString(1, type.name());
            find.setString(2, key);
            try (ResultSet r = find.executeQuery()) {
                return r.next() ? r.getLong(1) : -1;
            }
        }
    }

    private long create(String name, EntityType type, String key) throws SQLException {
        long id;
        {
            PreparedStatement insert = statements.get("INSERT INTO entity (name, type, key) VALUES (?, ?, ?)");
            insert.setString(1, name);
            insert.setString(2, type.name());
            insert.setString(3, key);
            insert.executeUpdate();
            id = statements.lastInsertRowid();
        }
        alias(id, name);
        return id;
    }

    void alias(long entity, String text) throws SQLException {
        String key = Folding.fold(text);
        if (key.isEmpty()) return;
        Set<String> keys = aliasKeys(entity);
        if (keys.contains(key)) return;
        keys.add(key);
        {
            PreparedStatement q = statements.get("INSERT OR IGNORE INTO alias (entity, key, text) VALUES (?, ?, ?)");
            q.setLong(1, entity);
            q.setString(2, key);
            q.setString(3, text.strip());
            q.executeUpdate();
        }
    }

    private void insertLinks(long doc, Map<Long, Link> links) throws SQLException {
        {
            PreparedStatement q = statements.get("""
                INSERT INTO article_entity (doc, entity, name, rank, mentions, quoted) VALUES (?, ?, ?, ?, ?, ?)""");
            for (Map.Entry<Long, Link> e : links.entrySet()) {
                Link link = e.getValue();
                q.setLong(1, doc);
                q.setLong(2, e.getKey());
                q.setString(3, link.name);
                if (link.rank == null) q.setNull(4, Types.INTEGER);
                else q.setInt(4, link.rank);
                q.setInt(5, link.mentions);
                q.setInt(6, link.quoted);
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    private void insertMentions(long doc, List<Mention> mentions, long[] entities) throws SQLException {
        {
            PreparedStatement q = statements.get("""
                INSERT INTO mention (doc, idx, entity, canonical, text, section, paragraph, start, end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                q.setLong(1, doc);
                q.setInt(2, i);
                q.setLong(3, entities[i]);
                q.setString(4, m.canonical());
                q.setString(5, m.text());
                q.setInt(6, m.section());
                q.setInt(7, m.paragraph());
                q.setInt(8, m.start());
                q.setInt(9, m.end());
                q.addBatch();
            }
            q.executeBatch();
        }
    }

    /** The article's listed names of one type, in the order the article listed them. */
    List<String> names(long doc, EntityType type) throws SQLException {
        List<String> out = new ArrayList<>();
        {
            PreparedStatement q = statements.get("""
                SELECT ae.name FROM article_entity ae JOIN entity e ON e.id = ae.entity
                WHERE ae.doc = ? AND e.type = ? AND ae.rank IS NOT NULL ORDER BY ae.rank""");
            q.setLong(1, doc);
            q.setString(2, type.name());
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }

    List<Mention> mentions(long doc) throws SQLException {
        List<Mention> out = new ArrayList<>();
        {
            PreparedStatement q = statements.get("""
                SELECT m.canonical, e.type, m.text, m.section, m.paragraph, m.start, m.end
                FROM mention m JOIN entity e ON e.id = m.entity WHERE m.doc = ? ORDER BY m.idx""");
            q.setLong(1, doc);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new Mention(r.getString(1), EntityType.valueOf(r.getString(2)), r.getString(3),
                            r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7)));
                }
            }
        }
        return out;
    }

    /** Entities no article refers to any more (after deletes) go, with their aliases. */
    void pruneOrphans() throws SQLException {
        {
            PreparedStatement q = statements.get(
                "DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM article_entity ae WHERE ae.entity = entity.id)");
            q.executeUpdate();
        }
    }
}
