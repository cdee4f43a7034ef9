package id.warta.text;

import id.warta.model.Entity;
import id.warta.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Names of real-world people, places and organisations, each under one canonical name with the aliases
 * the press uses (Amerika Serikat: AS, USA, United States). Read once from the {@code gazetteer/} folder on
 * the classpath (the project's {@code data/gazetteer} files): one entity a line, {@code canonical|alias|…},
 * the type given by the file name's prefix. Immutable and thread-safe.
 */
public final class Gazetteer {
    static final List<String> FILES = List.of(
            "people-world.lst", "people-indonesia.lst",
            "places-countries.lst", "places-indonesia.lst", "places-world.lst", "places-regions.lst",
            "organizations-international.lst", "organizations-indonesia.lst", "organizations-media.lst");

    /** One known name: the entity it refers to. */
    record Entry(String canonical, EntityType type) {
    }

    /** A gazetteer name found in running text: {@code length} tokens from the start position. */
    record Match(Entry entry, int length) {
    }

    private final Map<String, List<Entry>> byAlias = new HashMap<>();
    private final Map<String, List<Entry>> byFolded = new HashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** Every name's word prefixes, lower-cased (united, united nations): longestMatch stops at the first that is none. */
    private final java.util.Set<String> foldedPrefixes = new java.util.HashSet<>();
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private int longest = 1;

    private Gazetteer() {
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = loadStandard();
    }

    /** The gazetteer built from the bundled data files. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /** A gazetteer from lines in the data-file format, for one type (tests, extra lists). */
    public static Gazetteer of(EntityType type, List<String> lines) {
        Gazetteer g = new Gazetteer();
        g.addLines(type, lines);
        return g;
    }

    private static Gazetteer loadStandard() {
        Gazetteer g = new Gazetteer();
        for (String file : FILES) {
            List<String> lines = readResource("/gazetteer/" + file);
            g.addLines(typeOf(file), lines);
            if (file.startsWith("places-countries")) {
                for (String line : lines) g.countries.add(line.split("\\|")[0].strip());
            }
        }
        return g;
    }

    static EntityType typeOf(String file) {
        if (file.startsWith("people")) return EntityType.PERSON;
        if (file.startsWith("places")) return EntityType.PLACE;
        if (file.startsWith("organizations")) return EntityType.ORGANIZATION;
        throw new IllegalArgumentException("gazetteer file with no type prefix: " + file);
    }

    static List<String> readResource(String path) {
        InputStream in = Gazetteer.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing resource " + path + " (is data/gazetteer on the classpath?)");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private void addLines(EntityType type, List<String> lines) {
        for (String line : lines) {
            String[] names = line.split("\\|");
            String canonical = names[0].strip();
            Entry entry = new Entry(canonical, type);
            List<String> aliases = new ArrayList<>();
            for (String name : names) {
                String n = name.strip();
                if (n.isEmpty()) continue;
                index(n, entry);
                if (!n.equals(canonical) && !aliases.contains(n)) aliases.add(n);
            }
            entities.merge(key(canonical, type), new Entity(canonical, type, aliases),
                    (a, b) -> new Entity(a.name(), a.type(), union(a.aliases(), b.aliases())));
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        for (String s : b) if (!out.contains(s)) out.add(s);
        return out;
    }

    private void index(String name, Entry entry) {
        List<WordToken> tokens = WordToken.split(name);
        String joined = join(tokens, 0, tokens.size());
        byAlias.computeIfAbsent(joined, k -> new ArrayList<>(1)).add(entry);
        byFolded.computeIfAbsent(fold(joined), k -> new ArrayList<>(1)).add(entry);
        if (!tokens.isEmpty()) firstWords.add(fold(tokens.get(0).text()));
        for (int k = 1; k <= tokens.size(); k++) foldedPrefixes.add(fold(join(tokens, 0, k)));
        longest = Math.max(longest, tokens.size());
    }

    private static String key(String name, EntityType type) {
        return type + "\u0000" + name;
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String join(List<WordToken> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append(' ');
            b.append(tokens.get(i).text());
        }
        return b.toString();
    }

    /**
     * The canonical name of {@code alias} for the given type: exact spelling first, then ignoring case
     * (JAKARTA, Antara). Empty when the gazetteer does not know the alias as that type.
     */
    public Optional<String> canonical(String alias, EntityType type) {
        return lookup(alias, type).map(Entry::canonical);
    }

    /** The entity with its canonical name and every alias, for any of its names. */
    public Optional<Entity> entity(String alias, EntityType type) {
        return lookup(alias, type).map(e -> entities.get(key(e.canonical(), e.type())));
    }

    /** Whether a canonical place name is a country (Rusia), not a city or region (Moskow, Donetsk). */
    public boolean isCountry(String canonical) {
        return countries.contains(canonical);
    }

    /** Every entity the gazetteer knows, in file order. */
    public List<Entity> entities() {
        return Collections.unmodifiableList(new ArrayList<>(entities.values()));
    }

    /** Every entity one of whose names is {@code alias} (exact spelling, then ignoring case), of any type. */
    public List<Entity> entitiesNamed(String alias) {
        String joined = join(WordToken.split(alias), 0, WordToken.split(alias).size());
        List<Entry> found = byAlias.getOrDefault(joined, byFolded.getOrDefault(fold(joined), List.of()));
        return found.stream().map(e -> entities.get(key(e.canonical(), e.type()))).distinct().collect(Collectors.toList());
    }

    private Optional<Entry> lookup(String alias, EntityType type) {
        if (alias == null || alias.isBlank()) return Optional.empty();
        List<WordToken> tokens = WordToken.split(alias.strip());
        String joined = join(tokens, 0, tokens.size());
        Optional<Entry> exact = pick(byAlias.get(joined), type);
        return exact.isPresent() ? exact : pick(byFolded.get(fold(joined)), type);
    }

    private static Optional<Entry> pick(List<Entry> entries, EntityType type) {
        if (entries == null) return Optional.empty();
        return entries.stream().filter(e -> type == null || e.type() == type).findFirst();
    }

    /**
     * Whether two neighbouring tokens are a dash and a word with a space between them: a name joined by a spaced
     * dash is two names as the press prints them (<i>Sistan - Baluchestan</i>, <i>Prabowo - Hatta</i>), while the
     * unspaced form is one (<i>Sistan-Baluchestan</i>, <i>Guinea-Bissau</i>).
     */
    private static boolean spacedDash(WordToken left, WordToken right) {
        return left.end() < right.start() && (isDash(left.text()) || isDash(right.text()));
    }

    private static boolean isDash(String token) {
        return token.equals("-") || token.equals("–") || token.equals("—");
    }

    /**
     * The longest gazetteer name starting at {@code from} and ending at or before {@code limit}. Spelling
     * must match exactly, except that a name printed all in capitals (JAKARTA, RUSIA) matches ignoring case.
     */
    Optional<Match> longestMatch(List<WordToken> tokens, int from, int limit) {
        if (from >= limit || !firstWords.contains(fold(tokens.get(from).text()))) return Optional.empty();
        int max = Math.min(limit, from + longest);
        StringBuilder joined = new StringBuilder();
        List<Entry> best = null;
        int bestTo = from;
        // Grow the name a word at a time while it is still the start of some listed name; keep the longest hit.
        for (int to = from + 1; to <= max; to++) {
            if (to > from + 1 && spacedDash(tokens.get(to - 2), tokens.get(to - 1))) break;
            if (to > from + 1) joined.append(' ');
            joined.append(tokens.get(to - 1).text());
            String name = joined.toString();
            String folded = fold(name);
            if (!foldedPrefixes.contains(folded)) break;
            List<Entry> found = byAlias.get(name);
            if (found == null && name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT))) found = byFolded.get(folded);
            if (found != null) {
                best = found;
                bestTo = to;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.get(0), bestTo - from));
    }
}
