package id.warta.text;

import java.util.regex.Matcher;

/**
 * The matches of {@link QuoteFinder#SUBJECT} in a text, in the order and with the groups a
 * {@code find()} loop gives, found faster: such a match can only begin at the text's start or at a
 * sentence end ({@code .}, {@code !}, {@code ?}) or line break, so the pattern is tried only there
 * ({@code lookingAt}) instead of at every character, which cost a sixth of the quote finder.
 * The pattern looks behind nothing, and {@code ^} keeps meaning the text's start (no anchoring
 * bounds), so each try gives what {@code find()} would have found starting there.
 */
final class SubjectRuns {
    private final String text;
    private final Matcher matcher;
    /** Where the next search starts: the end of the last match, as {@code find()} continues. */
    private int from;

    SubjectRuns(String text) {
        this.text = text;
        this.matcher = QuoteFinder.SUBJECT.matcher(text).useAnchoringBounds(false).useTransparentBounds(true);
    }

    /** Moves to the next match; false when there is none. */
    boolean find() {
        int at = from;
        if (at > 0 && (at >= text.length() || !isStart(text.charAt(at)))) at = nextStart(at);
        for (; at <= text.length(); at = nextStart(at + 1)) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                // an empty match would make find() step on by one; SUBJECT's name run is never empty
                from = matcher.end() > at ? matcher.end() : at + 1;
                return true;
            }
        }
        return false;
    }

    /** The first place at or after {@code at} where a match could begin, or past the end. */
    private int nextStart(int at) {
        int i = at;
        while (i < text.length() && !isStart(text.charAt(i))) i++;
        return i < text.length() ? i : text.length() + 1;
    }

    private static boolean isStart(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    int start() {
        return matcher.start();
    }

    int start(int group) {
        return matcher.start(group);
    }

    int end(int group) {
        return matcher.end(group);
    }

    String group(int group) {
        return matcher.group(group);
    }
}
