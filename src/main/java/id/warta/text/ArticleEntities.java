package id.warta.text;

import id.warta.model.Article;
import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills an article's people, places and organisations (canonical names, most mentioned first) and its
 * mentions (where each name is printed: headline, caption, section headings, paragraphs; plus the source
 * outlet and the dateline place, which the parser keeps outside the body).
 *
 * <p>Two passes: the first finds the names each passage shows on its own; the second runs again knowing
 * them, so that a surname introduced in full earlier (Jeremy Kuzmarov … Kuzmarov) is recognised in a
 * Title-Case headline or at a sentence start too. Thread-safe.
 */
public final class ArticleEntities {
    private final Gazetteer gazetteer;
    private final EntityRecognizer recognizer;

    public ArticleEntities() {
        this(Gazetteer.standard());
    }

    public ArticleEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.recognizer = new EntityRecognizer(gazetteer);
    }

    /** One piece of text of the article and where it stands. */
    private record Passage(String text, int section, int paragraph) {
    }

    /** A recognised name before resolution. */
    private record Found(EntitySpan span, Passage passage) {
    }

    public Article annotate(Article article) {
        List<Found> found = recognise(passages(article));
        Map<String, String> companies = companiesByShortName(found);
        found = companiesNotPeople(found, companies);
        NameResolver resolver = new NameResolver(gazetteer);
        for (Found f : found) resolver.add(f.span().text(), f.span().type());
        List<Mention> mentions = new ArrayList<>();
        for (Found f : found) {
            EntitySpan s = f.span();
            String name = s.type() == EntityType.ORGANIZATION ? companies.getOrDefault(s.text(), s.text()) : s.text();
            mentions.add(new Mention(resolver.canonical(name, s.type()), s.type(), s.text(),
                    f.passage().section(), f.passage().paragraph(), s.start(), s.end()));
        }
        mentions.addAll(outsideBody(article.source(), EntityType.ORGANIZATION, Mention.SOURCE));
        mentions.addAll(outsideBody(article.dateline(), EntityType.PLACE, Mention.DATELINE));
        return article.withEntities(ranked(mentions, EntityType.PERSON), ranked(mentions, EntityType.PLACE),
                ranked(mentions, EntityType.ORGANIZATION), mentions);
    }

    /**
     * The entities an annotated article names, each with the aliases the gazetteer knows and the other
     * spellings the article prints (Putin, Presiden Putin's "Putin", AS): what a library-wide alias table stores.
     */
    public List<Entity> entities(Article annotated) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (Mention m : annotated.mentions()) {
            String k = m.type() + "\u0000" + m.canonical();
            seen.computeIfAbsent(k, x -> new ArrayList<>()).add(m.text());
            types.put(k, m.type());
        }
        NameResolver resolver = new NameResolver(gazetteer);
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : seen.entrySet()) {
            String canonical = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            out.add(resolver.entity(canonical, types.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    /**
     * The PERSON entity a quote's speaker refers to in an annotated article, so a quote links to its
     * person: the speaker printed as a mention (Kuzmarov), as a canonical name (Jeremy Kuzmarov), or as a
     * gazetteer alias (Sergei Lavrov → Sergey Lavrov). Empty when the article names no such person.
     */
    public java.util.Optional<String> speakerEntity(Article annotated, String speaker) {
        if (speaker == null || speaker.isBlank()) return java.util.Optional.empty();
        String name = NameResolver.bare(speaker);
        for (Mention m : annotated.mentions()) {
            if (m.type() == EntityType.PERSON && (m.canonical().equals(name) || m.text().equals(name))) {
                return java.util.Optional.of(m.canonical());
            }
        }
        java.util.Optional<String> listed = gazetteer.canonical(name, EntityType.PERSON);
        if (listed.isPresent() && annotated.people().contains(listed.get())) return listed;
        NameResolver resolver = new NameResolver(gazetteer);
        for (String person : annotated.people()) resolver.add(person, EntityType.PERSON);
        String resolved = resolver.canonical(name, EntityType.PERSON);
        return annotated.people().contains(resolved) ? java.util.Optional.of(resolved) : java.util.Optional.empty();
    }

    private List<Found> recognise(List<Passage> passages) {
        Map<String, EntityType> known = new HashMap<>();
        List<List<WordToken>> tokens = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            List<WordToken> split = WordToken.split(p.text());
            tokens.add(split);
            for (EntitySpan s : recognizer.recognize(p.text(), split, Map.of())) learn(known, s);
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            for (EntitySpan s : recognizer.recognize(p.text(), tokens.get(i), known)) {
                for (EntitySpan part : pairParts(s, known)) found.add(new Found(part, p));
            }
        }
        return found;
    }

    /**
     * PT Astra Otoparts Tbk … Astra Otoparts luncurkan…: the companies the article names in full, by the name they
     * go by without PT, CV, Tbk or Inc.
     */
    private static Map<String, String> companiesByShortName(List<Found> found) {
        Map<String, String> companies = new HashMap<>();
        for (Found f : found) {
            if (f.span().type() != EntityType.ORGANIZATION) continue;
            String name = f.span().text();
            String core = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            for (String head : new String[]{"PT ", "CV "}) if (core.startsWith(head)) core = core.substring(head.length());
            for (String tail : new String[]{" Tbk", " Inc", " Ltd", " Corp"}) if (core.endsWith(tail)) core = core.substring(0, core.length() - tail.length());
            if (!core.equals(name) && !core.isBlank()) companies.putIfAbsent(core, name);
        }
        return companies;
    }

    /** A short company name the recogniser took for a person (Astra Otoparts luncurkan…) is the company. */
    private List<Found> companiesNotPeople(List<Found> found, Map<String, String> companies) {
        if (companies.isEmpty()) return found;
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EntitySpan s = f.span();
            boolean company = s.type() == EntityType.PERSON && companies.containsKey(s.text())
                    && gazetteer.canonical(s.text(), EntityType.PERSON).isEmpty();
            out.add(company ? new Found(new EntitySpan(s.text(), EntityType.ORGANIZATION, s.start(), s.end()), f.passage()) : f);
        }
        return out;
    }

    /** Putin-Trump names two people: each counts as a mention of its own. */
    private List<EntitySpan> pairParts(EntitySpan s, Map<String, EntityType> known) {
        int dash = s.text().indexOf('-');
        if (s.type() != EntityType.PERSON || dash <= 0 || dash == s.text().length() - 1) return List.of(s);
        String left = s.text().substring(0, dash);
        String right = s.text().substring(dash + 1);
        if (!isPerson(left, known) || !isPerson(right, known)) return List.of(s);
        return List.of(new EntitySpan(left, EntityType.PERSON, s.start(), s.start() + dash),
                new EntitySpan(right, EntityType.PERSON, s.start() + dash + 1, s.end()));
    }

    private boolean isPerson(String name, Map<String, EntityType> known) {
        return known.get(name) == EntityType.PERSON || gazetteer.canonical(name, EntityType.PERSON).isPresent();
    }

    /** A full person name teaches its first and last word too; other names teach themselves. */
    private void learn(Map<String, EntityType> known, EntitySpan s) {
        known.putIfAbsent(NameResolver.bare(s.text()), s.type());
        if (s.type() != EntityType.PERSON) return;
        String name = NameResolver.withoutHonorific(NameResolver.bare(s.text()));
        String[] words = name.split(" "); // bare() leaves single spaces; a one-character split needs no regex
        if (words.length < 2) return;
        for (String w : new String[]{words[0], words[words.length - 1]}) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && gazetteer.entitiesNamed(w).isEmpty()) {
                known.putIfAbsent(w, EntityType.PERSON);
            }
        }
    }

    private static List<Passage> passages(Article a) {
        List<Passage> out = new ArrayList<>();
        if (a.headline() != null) out.add(new Passage(a.headline(), Mention.HEADLINE, 0));
        if (a.caption() != null) out.add(new Passage(a.caption(), Mention.CAPTION, 0));
        for (int s = 0; s < a.sections().size(); s++) {
            Section section = a.sections().get(s);
            if (section.heading() != null) out.add(new Passage(section.heading(), s, Mention.HEADING_PARAGRAPH));
            for (int p = 0; p < section.paragraphs().size(); p++) out.add(new Passage(section.paragraphs().get(p), s, p));
        }
        return out;
    }

    /** The source outlet(s) or dateline place(s): "Antara/Xinhua", "Samarinda, Kalimantan Timur". */
    private List<Mention> outsideBody(String value, EntityType type, int where) {
        List<Mention> out = new ArrayList<>();
        if (value == null || value.isBlank()) return out;
        int from = 0;
        for (String part : value.split("[/,]")) {
            int start = value.indexOf(part, from);
            from = start + part.length();
            String name = part.strip();
            if (name.isEmpty()) continue;
            int lead = part.indexOf(name);
            String canonical = gazetteer.canonical(name, type).orElse(capitalised(name));
            out.add(new Mention(canonical, type, name, where, 0, start + lead, start + lead + name.length()));
        }
        return out;
    }

    /** JAKARTA → Jakarta; names printed in ordinary case stay as they are. */
    private static String capitalised(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() <= 4) return name;
        StringBuilder b = new StringBuilder();
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** Canonical names of one type, most mentioned first, ties in order of first mention. */
    private static List<String> ranked(List<Mention> mentions, EntityType type) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) if (m.type() == type) counts.merge(m.canonical(), 1, Integer::sum);
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort((x, y) -> Integer.compare(counts.get(y), counts.get(x)));
        return names;
    }
}
