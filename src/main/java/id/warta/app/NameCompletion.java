package id.warta.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Entity autocomplete for the search field. The word being typed (the last one) is matched
 * against the start of any word of a known name; {@code person:Pu} only offers people.
 * A chosen suggestion replaces that word with a filter such as {@code person:"Vladimir Putin"}.
 */
public final class NameCompletion {
    static final int MIN_PREFIX = 2;

    /** A suggestion: the whole query it would produce, and the name to show. */
    public record Suggestion(String query, Facet facet) {
    }

    private NameCompletion() {
    }

    public static List<Suggestion> suggest(String query, Collection<Facet> names, int limit) {
        if (query == null) return List.of();
        int start = lastWordStart(query);
        String word = query.substring(start);
        FacetKind only = null;
        int colon = word.indexOf(':');
        if (colon > 0) {
            only = kindOf(word.substring(0, colon));
            if (only == null) return List.of();
            word = word.substring(colon + 1);
        }
        String prefix = fold(word.replace("\"", ""));
        if (prefix.length() < MIN_PREFIX && only == null) return List.of();
        String head = query.substring(0, start);
        List<Suggestion> out = new ArrayList<>();
        for (Facet f : names) {
            if (only != null && f.kind() != only) continue;
            if (!matches(f.name(), prefix)) continue;
            out.add(new Suggestion(head + f.kind().query(f.name()) + " ", f));
            if (out.size() == limit) break;
        }
        return out;
    }

    private static int lastWordStart(String query) {
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (Character.isWhitespace(c) && !quoted) start = i + 1;
        }
        return start;
    }

    private static FacetKind kindOf(String filter) {
        for (FacetKind k : FacetKind.values()) if (k.filter().equalsIgnoreCase(filter)) return k;
        return null;
    }

    static boolean matches(String name, String prefix) {
        String folded = fold(name);
        if (folded.startsWith(prefix)) return true;
        for (String w : folded.split("[\\s\\-–]+")) if (w.startsWith(prefix)) return true;
        return false;
    }

    /** Lower case without diacritics, so "sergey" finds "Sergéy". */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}
