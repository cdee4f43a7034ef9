package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed dateline that opens an Indonesian news body: the place, sometimes a date, and the
 * outlet, before a dash. Recognises every house style in the conventions guide:
 * {@code Jakarta (ANTARA) -}, {@code Samarinda, Kalimantan Timur (ANTARA) -},
 * {@code ISTANBUL, 23 Februari 2016 (Antara) -}, {@code JAKARTA, KOMPAS.com -},
 * {@code SEMARANG, KOMPAS —}, {@code TEMPO.CO, Jakarta -}, {@code REPUBLIKA.CO.ID, JAKARTA -},
 * {@code Jakarta, CNN Indonesia --}, {@code Liputan6.com, Jakarta -}, {@code VIVA –},
 * {@code Merdeka.com -}, detik's bare {@code Jakarta -} and the seed's {@code Tangerang –}.
 *
 * <p>Conventions (kept the same for every reader): {@code place} is the first place named, in
 * title case when printed in capitals ({@code JAKARTA} → {@code Jakarta}, {@code GOLD COAST} →
 * {@code Gold Coast}); a province after it is dropped. {@code outlet} is the outlet as printed,
 * except the wire agency, which is always {@code ANTARA} ({@code (ANTARA News)},
 * {@code (Antara/Xinhua)}). Only the very start of a paragraph is examined, and only a dash with
 * space on both sides counts, so {@code Rusia–AS} and {@code 4-1} are never datelines.
 *
 * @param place  the place, or null when only the outlet is printed ({@code VIVA –})
 * @param outlet the outlet, or null when only the place is printed ({@code Tangerang –})
 * @param date   the date printed inside the dateline, as written, or null
 * @param rest   the paragraph after the dateline and dash ("" when the dateline stands alone)
 */
public record Dateline(String place, String outlet, String date, String rest) {

    /** The prefix, then a dash (-, --, –, —, with spaces around), then the body. */
    private static final Pattern PREFIX = Pattern.compile(
            "^(.{2,90}?)\\s+(?:-\\s?-|--|-|–|—|―)(?:\\s*(.*))?$", Pattern.DOTALL);
    /** The outlet in brackets at the end: (ANTARA), (ANTARA News), (Antara/Xinhua), (Pos Kota). */
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^()]{2,30})\\)$");
    private static final Pattern DOMAIN = Pattern.compile("(?i).+\\.(com|co|co\\.id|net|id|tv|news)$");
    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\\s*,?\\s*)?"
                    + "(?:\\d{1,2}\\s+\\p{L}{3,10}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})$");
    private static final Pattern PLACE_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*|\\d+|de|da|di|van|al|el|la|le)$");

    /** Outlets printed without a domain suffix; compared in lower case with spaces removed. */
    private static final List<String> OUTLETS = List.of(
            "antara", "antaranews", "kompas", "cnnindonesia", "viva", "rimanews", "tempo", "poskota",
            "detik", "detikcom", "detiknews", "detikinet", "detikfinance", "detiksport", "detikhealth",
            "okezone", "tribunnews", "kumparan", "sindonews", "republika", "liputan6", "suara", "merdeka",
            "juara", "bisnis", "kontan", "jawapos", "beritasatu", "medcom", "inews", "mediaindonesia",
            "thejakartapost", "jpnn", "cnbcindonesia", "idntimes", "katadata", "gatra", "voa", "bbc",
            "bbcindonesia", "reuters", "afp", "ap", "xinhua", "sputnik", "ria novosti");

    /** The dateline at the start of {@code paragraph}, if it has one. */
    public static Optional<Dateline> find(String paragraph) {
        if (paragraph == null) return Optional.empty();
        Matcher m = PREFIX.matcher(paragraph.strip());
        if (!m.matches()) return Optional.empty();
        String prefix = m.group(1).strip();
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        return parsePrefix(prefix).map(p -> new Dateline(p.place, p.outlet, p.date, rest));
    }

    private record Parts(String place, String outlet, String date) {
    }

    private static Optional<Parts> parsePrefix(String prefix) {
        String outlet = null;
        Matcher b = BRACKETED.matcher(prefix);
        if (b.matches()) {
            outlet = b.group(2).strip();
            if (!isOutletName(outlet) && !DOMAIN.matcher(outlet).matches()) return Optional.empty();
            prefix = b.group(1).strip();
            if (prefix.endsWith(",")) prefix = prefix.substring(0, prefix.length() - 1).strip();
        }
        String place = null;
        String date = null;
        List<String> segments = new ArrayList<>();
        for (String s : prefix.split(",")) if (!s.isBlank()) segments.add(s.strip());
        if (segments.isEmpty() && outlet == null) return Optional.empty();
        if (segments.size() > 3) return Optional.empty();
        for (String segment : segments) {
            if (DATE.matcher(segment).matches() && date == null) {
                date = segment;
            } else if (outlet == null && isOutlet(segment, segments.size())) {
                outlet = segment;
            } else if (isPlace(segment)) {
                if (place == null) place = segment;
            } else {
                return Optional.empty();
            }
        }
        if (place == null && outlet == null) return Optional.empty();
        return Optional.of(new Parts(place == null ? null : titleCase(place), canonicalOutlet(outlet), date));
    }

    /**
     * A segment is the outlet when it has a domain suffix (KOMPAS.com, TEMPO.CO) or is a known
     * outlet name. A lone known name (VIVA –) is the outlet; a lone unknown one (Tangerang –) a place.
     */
    private static boolean isOutlet(String segment, int segmentCount) {
        if (segment.split("\\s+").length > 3) return false;
        if (DOMAIN.matcher(segment).matches() && !segment.contains(" ")) return true;
        return isOutletName(segment);
    }

    private static boolean isOutletName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        // "(ANTARA News)", "(Antara/Xinhua)", even a misprinted "(ANTARA Bews)": the first word decides.
        String firstWord = name.toLowerCase(Locale.ROOT).split("[\\s/]+")[0];
        if (firstWord.equals("antara")) return true;
        for (String part : key.split("/")) {
            String bare = part.replaceAll("\\.(com|co\\.id|co|net|id)$", "");
            if (OUTLETS.contains(bare) || OUTLETS.contains(part)) return true;
            if (bare.endsWith("news") && OUTLETS.contains(bare.substring(0, bare.length() - 4))) return true;
            if (bare.startsWith("detik")) return true;
        }
        return false;
    }

    private static boolean isPlace(String segment) {
        String[] words = segment.split("\\s+");
        if (words.length > 4) return false;
        if (!Character.isUpperCase(words[0].codePointAt(0))) return false;
        for (String w : words) if (!PLACE_WORD.matcher(w).matches()) return false;
        return true;
    }

    /** The wire agency under one name whatever its printed form; other outlets as printed. */
    public static String canonicalOutlet(String outlet) {
        if (outlet == null) return null;
        String lower = outlet.toLowerCase(Locale.ROOT);
        if (lower.startsWith("antara")) return "ANTARA";
        return outlet;
    }

    /** JAKARTA → Jakarta, GOLD COAST → Gold Coast; mixed-case places stay as printed. */
    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) return place;
        StringBuilder out = new StringBuilder();
        for (String word : place.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
