package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A regex group matching exactly the same words as a plain alternation {@code w1|w2|…}, factored by
 * common prefixes ({@code me(?:n(?:gatakan|yatakan)|…)}). Java's regex engine tries the alternatives of
 * {@code (?:w1|w2|…)} one by one at every place it is tried; the factored group fails after a letter or
 * two. The quote finder's speech-verb list (80 verbs), tried after every capitalised run of an article,
 * cost a third of its name-and-verb pattern's time that way. Same words, so the same matches wherever
 * the group is followed by a word end (as it is in every use), whatever the alternatives' order was.
 */
final class WordChoice {
    private WordChoice() {
    }

    /** {@code alternation} (plain letters separated by {@code |}) as one factored non-capturing group. */
    static String of(String alternation) {
        List<String> words = List.of(alternation.split("\\|"));
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("not a plain word: '" + w + "' in " + alternation);
            }
        }
        return "(?:" + factored(new TreeSet<>(words)) + ")";
    }

    /** The words (sorted, distinct; "" for a word that may end here) as alternatives sharing their first letters. */
    private static String factored(TreeSet<String> words) {
        Map<Character, TreeSet<String>> byFirst = new TreeMap<>();
        boolean mayEnd = false;
        for (String w : words) {
            if (w.isEmpty()) mayEnd = true;
            else byFirst.computeIfAbsent(w.charAt(0), c -> new TreeSet<>()).add(w.substring(1));
        }
        List<String> branches = new ArrayList<>();
        for (Map.Entry<Character, TreeSet<String>> e : byFirst.entrySet()) {
            TreeSet<String> rests = e.getValue();
            String rest = rests.size() == 1 ? rests.first() : "(?:" + factored(rests) + ")";
            branches.add(e.getKey() + rest);
        }
        // a word ending here is tried last: the longer words sharing it as a prefix come first, as a
        // greedy match would take them, though with a word end after the group only one can match
        if (mayEnd) branches.add("");
        return String.join("|", branches);
    }
}
