package id.warta.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as Indonesian outlets print them: {@code Senin, 18 Agustus 2025 10:15 WIB},
 * {@code 18/08/2025, 10:15 WIB}, {@code Selasa, 23/02/2016 15:32 WIB}, {@code 18/8/2025}.
 *
 * <p>The result is ISO-8601. With a time and a zone (WIB +07:00, WITA +08:00, WIT +09:00, or an
 * explicit GMT+7/UTC offset) it is a full date-time with offset ({@code 2025-08-18T10:15:00+07:00}).
 * Without a zone no offset is invented: the result is the calendar date alone ({@code 2025-08-18}),
 * because absent is never guessed.
 */
public final class PublishedDate {
    private PublishedDate() {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("pebruari", 2), Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("agustus", 8), Map.entry("agu", 8),
            Map.entry("ags", 8), Map.entry("agt", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nopember", 11),
            Map.entry("desember", 12), Map.entry("des", 12), Map.entry("dec", 12), Map.entry("may", 5),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("october", 10), Map.entry("december", 12));

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final String DAY = "(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)";
    private static final Pattern DATE = Pattern.compile(
            "(?iu)^(?:" + DAY + "\\s*,?\\s*)?(?:(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+(\\d{4})"
                    + "|(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2}))"
                    + "(?:\\s*[,|-]?\\s*(?:pukul\\s+)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?"
                    + "\\s*(WIB|WITA|WIT|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:\\d{2})?$");

    /**
     * The ISO-8601 form of {@code text} when the whole text (after an optional label such as
     * {@code Diterbitkan:}) is one date; empty otherwise, so running prose never counts.
     */
    public static Optional<String> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.strip().replaceFirst("(?iu)^(?:diterbitkan|dipublikasikan|diperbarui|terbit|published)\\s*:?\\s*", "");
        if (s.length() > 60) return Optional.empty();
        Matcher m = DATE.matcher(s);
        if (!m.matches()) return Optional.empty();
        try {
            LocalDate date = m.group(1) != null ? textual(m) : numeric(m);
            if (date == null) return Optional.empty();
            if (m.group(7) == null || m.group(10) == null) return Optional.of(date.toString());
            int second = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
            LocalDateTime time = date.atTime(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), second);
            return Optional.of(ISO.format(time.atOffset(offset(m.group(10)))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate textual(Matcher m) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month == null) return null;
        return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }

    private static LocalDate numeric(Matcher m) {
        int year = Integer.parseInt(m.group(6).length() == 2 ? "20" + m.group(6) : m.group(6));
        return LocalDate.of(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
    }

    static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        switch (z) {
            case "WIB": return ZoneOffset.ofHours(7);
            case "WITA": return ZoneOffset.ofHours(8);
            case "WIT": return ZoneOffset.ofHours(9);
            default:
                String o = z.replaceFirst("^(GMT|UTC)", "");
                if (!o.contains(":") && o.length() > 3) o = o.substring(0, o.length() - 2) + ":" + o.substring(o.length() - 2);
                if (o.matches("[+-]\\d")) o = o.charAt(0) + "0" + o.charAt(1);
                return ZoneOffset.of(o);
        }
    }
}
