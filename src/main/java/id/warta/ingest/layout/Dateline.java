package id.warta.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed dateline that opens a news body: the place, sometimes a date, and the outlet, before a
 * dash. The one reader of datelines, for every input format. Recognises the house styles of the
 * conventions guide: {@code Jakarta (ANTARA) -}, {@code Samarinda, Kalimantan Timur (ANTARA) -},
 * {@code ISTANBUL, 23 Februari 2016 (Antara) -}, {@code JAKARTA, KOMPAS.com -}, {@code SEMARANG, KOMPAS —},
 * {@code TEMPO.CO, Jakarta -}, {@code REPUBLIKA.CO.ID, JAKARTA -}, {@code Jakarta, CNN Indonesia --},
 * {@code Liputan6.com, Jakarta -}, {@code VIVA –}, {@code Merdeka.com -}, detik's bare {@code Jakarta -},
 * a release's {@code TAIPEI, 5 Juni 2024 /PRNewswire/ --}, and an outlet the registry has never heard of
 * when it is printed like one ({@code Malang (Kabarpas.com) –}).
 *
 * <p>Conventions (the same for every reader): {@code place} is the first place named, in title case when
 * printed in capitals ({@code JAKARTA} → {@code Jakarta}); a province after it is dropped. {@code outlet}
 * is the registry's name for the printed outlet ({@code TEMPO.CO} → {@code Tempo}, {@code (Antara/Xinhua)}
 * → {@code ANTARA}), or the printed name cleaned when the registry does not know it. Only the very start of
 * a paragraph is examined, and the dash needs a space before it, so {@code Rusia–AS} and {@code 4-1} are
 * never datelines; a prefix printed wholly in capitals may touch its dash ({@code SPANYOL– Perdana …}).
 *
 * @param place  the place, or null when only the outlet is printed ({@code VIVA –})
 * @param outlet the outlet's name, or null when only the place is printed ({@code Tangerang –})
 * @param date   the date printed inside the dateline, as written, or null
 * @param rest   the paragraph after the dateline and dash ("" when the dateline stands alone)
 */
public record Dateline(String place, String outlet, String date, String rest) {

    /** The prefix, then a dash (-, --, –, —, with space before it), then the body. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(.{2,90}?)\\s+(?:-\\s?-|--|-|–|—|―)(?:\\s*(.*))?$", Pattern.DOTALL);
    /** A prefix in capitals touching its dash, then a space: {@code SPANYOL– Perdana Menteri …}. */
    private static final Pattern CAPITALS_PREFIX = Pattern.compile(
            "^([\\p{Lu}\\p{N}][\\p{Lu}\\p{N} ,.()/]{1,60}?)(?:--|-|–|—|―)\\s+(.*)$", Pattern.DOTALL);
    /** The outlet in brackets at the end: (ANTARA), (ANTARA News), (Antara/Xinhua), (Pos Kota). */
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^()]{2,30})\\)$");
    /** A release distributor between slashes at the end: /PRNewswire/, /PRNewswire-AsiaNet/. */
    private static final Pattern SLASHED = Pattern.compile("^(.*?)\\s*/([^/]{2,40})/$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\p{N}-]+\\.(?:com|co|co\\.id|net|id|tv|news)$");
    private static final Pattern PLACE_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*|\\d+|de|da|di|van|al|el|la|le)$");

    /** The dateline at the start of {@code paragraph}, if it has one. */
    public static Optional<Dateline> find(String paragraph) {
        if (paragraph == null) return Optional.empty();
        String text = paragraph.strip();
        Matcher m = PREFIX.matcher(text);
        if (!m.matches()) {
            m = CAPITALS_PREFIX.matcher(text);
            if (!m.matches()) return Optional.empty();
        }
        String prefix = m.group(1).strip();
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        return parse(prefix).filter(p -> p.outlet != null || opensSentence(prefix, rest))
                .map(p -> new Dateline(p.place, p.outlet, p.date, rest));
    }

    /**
     * A dateline printed without its dash, by typography alone ({@code <b>Liputan6.com, Jakarta</b> London …}):
     * {@code prefix} is the bold run. Only a prefix naming an outlet counts, since a bold place alone is as
     * likely a sub-heading's first word.
     */
    public static Optional<Dateline> withoutDash(String prefix) {
        if (prefix == null || prefix.length() > 60) return Optional.empty();
        return parse(prefix.strip()).filter(p -> p.outlet != null).map(p -> new Dateline(p.place, p.outlet, p.date, ""));
    }

    /**
     * Without an outlet to vouch for it, a place before a dash is a dateline only when a sentence opens after
     * the dash: not a lower-case word, and not a number right after a number ({@code Kilometer 425 - 426},
     * {@code 4 - 1} are ranges and scores).
     */
    private static boolean opensSentence(String prefix, String rest) {
        if (rest.isEmpty()) return true;
        int first = rest.codePointAt(0);
        if (Character.isLowerCase(first)) return false;
        return !(Character.isDigit(first) && Character.isDigit(prefix.codePointBefore(prefix.length())));
    }

    private record Parts(String place, String outlet, String date) {
    }

    private static Optional<Parts> parse(String prefix) {
        String outlet = null;
        Matcher slashed = SLASHED.matcher(prefix);
        if (slashed.matches()) {
            outlet = slashed.group(2).strip();
            prefix = trimComma(slashed.group(1));
        }
        Matcher b = BRACKETED.matcher(prefix);
        if (outlet == null && b.matches()) {
            outlet = b.group(2).strip();
            if (!isOutlet(outlet)) return Optional.empty();
            prefix = trimComma(b.group(1));
        }
        String place = null;
        String date = null;
        List<String> segments = new ArrayList<>();
        for (String s : prefix.split(",")) if (!s.isBlank()) segments.add(s.strip());
        if (segments.isEmpty() && outlet == null) return Optional.empty();
        if (segments.size() > 3) return Optional.empty();
        for (String segment : segments) {
            if (date == null && PrintedDate.line(segment).isPresent()) {
                date = segment;
            } else if (outlet == null && isOutlet(segment)) {
                outlet = segment;
            } else if (isPlace(segment)) {
                if (place == null) place = segment;
            } else {
                return Optional.empty();
            }
        }
        if (place == null && outlet == null) return Optional.empty();
        return Optional.of(new Parts(place == null ? null : titleCase(place), Outlets.standard().canonical(outlet), date));
    }

    private static String trimComma(String s) {
        String t = s.strip();
        return t.endsWith(",") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /**
     * A segment names the outlet when the registry knows it, or when it is printed as an outlet is: as a web
     * address (Kabarpas.com) or named with a press word (HARIAN TIMUR, Pos Kupang). A lone known name
     * (VIVA –) is the outlet; a lone unknown one (Tangerang –) a place.
     */
    private static boolean isOutlet(String segment) {
        if (segment.split("\\s+").length > 3) return false;
        if (DOMAIN.matcher(segment).matches()) return true;
        return Outlets.standard().byName(segment).isPresent() || Outlets.standard().looksLikeOutlet(segment);
    }

    private static boolean isPlace(String segment) {
        String[] words = segment.split("\\s+");
        if (words.length > 4) return false;
        if (!Character.isUpperCase(words[0].codePointAt(0))) return false;
        for (String w : words) if (!PLACE_WORD.matcher(w).matches()) return false;
        return true;
    }

    /** JAKARTA → Jakarta, GOLD COAST → Gold Coast; mixed-case places stay as printed. */
    public static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) return place;
        StringBuilder out = new StringBuilder();
        for (String word : place.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
