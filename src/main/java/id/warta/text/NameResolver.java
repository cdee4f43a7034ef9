package id.warta.text;

import id.warta.model.Entity;
import id.warta.model.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every name printed in one article the canonical name of the real entity it refers to, so that
 * Vladimir Putin, Putin and Presiden Putin count as one person, AS and Amerika Serikat as one place:
 * <ol>
 *   <li>a name the {@link Gazetteer} knows takes the gazetteer's canonical name;</li>
 *   <li>a short form in brackets after a name (Komisi Pemilihan Umum (KPU)) is that name's alias;</li>
 *   <li>a person's surname or first name alone (Kuzmarov) is the full name the article uses (Jeremy Kuzmarov);</li>
 *   <li>spellings that differ only in case (Ukraina Timur, Ukraina timur) are one name.</li>
 * </ol>
 * Feed it every name of the article ({@link #add}), then ask {@link #canonical}. Not thread-safe: one per article.
 */
public final class NameResolver {
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Gazetteer gazetteer;
    private final Map<String, String> resolved = new HashMap<>();
    private final Map<String, Integer> personCounts = new LinkedHashMap<>();
    /** Each person name's words, split once: {@link #fullPersonName} compares them for every name it resolves. */
    private final Map<String, String[]> personWords = new HashMap<>();
    private final Map<String, String> bracketAliases = new HashMap<>();
    private final Map<String, String> spellings = new HashMap<>();
    private boolean dirty;

    public NameResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Records one printed name of the article. */
    public void add(String text, EntityType type) {
        String name = type == EntityType.PERSON ? withoutHonorific(bare(text)) : bare(text);
        if (text.indexOf('(') >= 0) {
            Matcher m = BRACKETED.matcher(text.strip());
            if (m.matches()) bracketAliases.put(key(m.group(2).strip(), type), m.group(1).strip());
        }
        // Of spellings that differ in case only, keep the one with most capitals (Ukraina Timur over Ukraina timur).
        spellings.merge(key(name, type).toLowerCase(Locale.ROOT), name, (a, b) -> capitals(b) > capitals(a) ? b : a);
        if (type == EntityType.PERSON && personCounts.merge(name, 1, Integer::sum) == 1) personWords.put(name, words(name));
        dirty = true;
    }

    /** The canonical name of a printed name, once every name of the article has been added. */
    public String canonical(String text, EntityType type) {
        if (dirty) {
            resolved.clear();
            dirty = false;
        }
        return resolved.computeIfAbsent(key(text, type), k -> resolve(text, type));
    }

    /** The entity a canonical name stands for, with every alias the gazetteer knows and those given. */
    public Entity entity(String canonical, EntityType type, List<String> seenAliases) {
        List<String> aliases = new ArrayList<>();
        gazetteer.entity(canonical, type).ifPresent(e -> aliases.addAll(e.aliases()));
        for (String a : seenAliases) {
            String bare = bare(a);
            if (!bare.equals(canonical) && !aliases.contains(bare)) aliases.add(bare);
        }
        return new Entity(canonical, type, aliases);
    }

    private String resolve(String text, EntityType type) {
        String name = type == EntityType.PERSON ? withoutHonorific(bare(text)) : bare(text);
        Optional<String> listed = gazetteer.canonical(name, type);
        if (listed.isPresent()) return listed.get();
        String expanded = bracketAliases.get(key(name, type));
        if (expanded != null && !expanded.equals(name)) return resolve(expanded, type);
        if (type == EntityType.PERSON) {
            String full = fullPersonName(name);
            if (full != null) return full;
        }
        return spellings.getOrDefault(key(name, type).toLowerCase(Locale.ROOT), name);
    }

    /** The longest person name of the article that starts or ends with all of {@code name}'s words. */
    private String fullPersonName(String name) {
        String[] words = words(name);
        String best = null;
        int bestCount = 0;
        int bestLength = 0;
        for (Map.Entry<String, Integer> e : personCounts.entrySet()) {
            String[] other = personWords.get(e.getKey());
            if (other.length <= words.length || !(startsWith(other, words) || endsWith(other, words))) continue;
            if (best == null || other.length > bestLength || other.length == bestLength && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                bestLength = other.length;
            }
        }
        if (best == null) return null;
        return gazetteer.canonical(best, EntityType.PERSON).orElse(best);
    }

    private static boolean startsWith(String[] whole, String[] part) {
        for (int i = 0; i < part.length; i++) if (!whole[i].equals(part[i])) return false;
        return true;
    }

    private static boolean endsWith(String[] whole, String[] part) {
        int offset = whole.length - part.length;
        for (int i = 0; i < part.length; i++) if (!whole[offset + i].equals(part[i])) return false;
        return true;
    }

    /** The name without a bracketed short form after it and with single spaces. */
    static String bare(String text) {
        String t = hasOnlySingleSpaces(text) ? text.strip() : SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.indexOf('(') < 0) return t; // most names: no bracket, so no need to run the pattern
        Matcher m = BRACKETED.matcher(t);
        return m.matches() ? m.group(1).strip() : t;
    }

    /** Mr Smith → Smith, Dr Lely Arriane Napitupulu → Lely Arriane Napitupulu: the honorific is printed, not the name. */
    static String withoutHonorific(String name) {
        int space = name.indexOf(' ');
        if (space < 0) return name;
        String first = name.substring(0, space);
        if (first.endsWith(".")) first = first.substring(0, first.length() - 1);
        return NameCues.HONORIFICS.contains(first) ? name.substring(space + 1).strip() : name;
    }

    /** True when every whitespace character is a lone space, so that bare() need not rewrite it. */
    private static boolean hasOnlySingleSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) return false;
        }
        return true;
    }

    private static String[] words(String name) {
        return name.indexOf(' ') < 0 ? new String[]{name} : SPACES.split(name);
    }

    private static long capitals(String s) {
        return s.chars().filter(Character::isUpperCase).count();
    }

    private static String key(String name, EntityType type) {
        return type + "\u0000" + name;
    }
}
