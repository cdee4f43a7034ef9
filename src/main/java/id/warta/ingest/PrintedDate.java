package id.warta.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Indonesian news pages print them ("Kamis, 5 November 2015 14:56 WIB",
 * "Selasa, 23/02/2016 15:32 WIB", "16 Feb 2016 at 09:10 WIB") and as machines write them
 * (ISO-8601, with the odd stray space). A printed time without a zone is read as WIB, the
 * zone of Jakarta where the outlets publish; WITA and WIT are +08:00 and +09:00.
 */
final class PrintedDate {
    static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("january", 1),
            Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("pebruari", 2), Map.entry("february", 2),
            Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("agustus", 8), Map.entry("agu", 8), Map.entry("ags", 8), Map.entry("agt", 8),
            Map.entry("aug", 8), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("des", 12), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH = "(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|nopember|desember|january|february|march|june|july|august|october|december"
            + "|jan|feb|mar|apr|may|jun|jul|agu|ags|agt|aug|sept|sep|okt|oct|nov|des|dec)\\.?";
    /** Between the date and the time: a comma, a bar, a dash, "pukul", "at", "jam" or just space. */
    private static final String GAP = "[\\s,|\\-–—]*(?:pukul|jam|at)?[\\s,|\\-–—]*";
    private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(WIB|WITA|WIT|GMT[+-]\\d{1,2}|UTC)?\\b";

    private static final Pattern NAMED_MONTH = Pattern.compile(
            "\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})" + GAP + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC = Pattern.compile(
            "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})" + GAP + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\s*[T ]\\s*(\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?");

    private PrintedDate() {
    }

    /** The first printed date with a time in {@code text}, or empty. */
    static Optional<OffsetDateTime> findPrinted(String text) {
        if (text == null || text.length() < 10) return Optional.empty();
        Matcher named = NAMED_MONTH.matcher(text);
        if (named.find()) {
            Integer month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
            Optional<OffsetDateTime> date = build(named.group(3), month, named.group(1), named, 4);
            if (date.isPresent()) return date;
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            return build(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1), numeric, 4);
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> build(String year, Integer month, String day, Matcher m, int timeGroup) {
        if (month == null) return Optional.empty();
        try {
            int second = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(year), month, Integer.parseInt(day),
                    Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)), second);
            return Optional.of(OffsetDateTime.of(local, zone(m.group(timeGroup + 3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset zone(String name) {
        if (name == null) return WIB;
        String upper = name.toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "WIB" -> WIB;
            case "WITA" -> ZoneOffset.ofHours(8);
            case "WIT" -> ZoneOffset.ofHours(9);
            case "UTC" -> ZoneOffset.UTC;
            default -> ZoneOffset.ofHours(Integer.parseInt(upper.substring(3)));
        };
    }

    /**
     * A machine-written timestamp (JSON-LD, meta tags, {@code <time datetime>}). Tolerates a space
     * before the T and a missing zone (then WIB, as for printed times).
     */
    static Optional<OffsetDateTime> parseMachine(String value) {
        if (value == null) return Optional.empty();
        Matcher m = ISO_LIKE.matcher(value.strip());
        if (!m.find()) return Optional.empty();
        String time = m.group(2).length() == 5 ? m.group(2) + ":00" : m.group(2);
        String zone = m.group(3);
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + time);
            ZoneOffset offset = zone == null ? WIB : zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return Optional.of(OffsetDateTime.of(local, offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Settles the publication time from a machine timestamp and the date printed by the headline.
     * Some sites label local time as UTC ("10:08:58Z" beside "10:08 WIB"): when both agree on the
     * wall-clock minute but not on the zone, the printed zone is right. When both name the same
     * moment, the machine's seconds are kept in the printed zone. A machine time far from the printed
     * one wins (the printed date found may belong to something else on the page).
     */
    static Optional<OffsetDateTime> settle(Optional<OffsetDateTime> machine, Optional<OffsetDateTime> printed) {
        if (machine.isEmpty()) return printed;
        if (printed.isEmpty()) return machine;
        OffsetDateTime m = machine.get();
        OffsetDateTime p = printed.get();
        LocalDateTime mMinute = m.toLocalDateTime().withSecond(0).withNano(0);
        if (!m.getOffset().equals(p.getOffset()) && mMinute.equals(p.toLocalDateTime())) {
            return Optional.of(OffsetDateTime.of(m.toLocalDateTime(), p.getOffset()));
        }
        return Optional.of(m.withOffsetSameInstant(p.getOffset()));
    }

    static String format(OffsetDateTime date) {
        return date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
