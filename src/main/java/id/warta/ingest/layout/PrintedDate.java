package id.warta.ingest.layout;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as an outlet prints it or a page's metadata writes it: the one date reader for
 * every input format. Printed forms: {@code Senin, 18 Agustus 2025 10:15 WIB}, {@code 18/08/2025, 10:15 WIB},
 * {@code Selasa, 23/02/2016 15:32 WITA}, {@code 16 Feb 2016 at 09:10 WIB}, {@code Rabu, 15 Mei 2024 pukul
 * 19.45 WITA}, {@code 18/8/2025}; machine forms: ISO-8601 with or without an offset, with the odd stray space.
 *
 * <p>The rule, the same for text and pages: a time printed without a zone is WIB (+07:00), the zone the
 * Indonesian outlets publish from, unless the page or the dateline says WITA (+08:00) or WIT (+09:00);
 * an offset a page's metadata gives is kept. A date printed without a time stays a date: no hour is
 * invented ({@code 2016-02-23}).
 *
 * @param date the calendar date
 * @param time the time of day, or null when none was printed
 * @param zone the offset printed or written with the time, or null when none was (then WIB, or the page's zone)
 */
public record PrintedDate(LocalDate date, LocalTime time, ZoneOffset zone) {
    public static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    public static final ZoneOffset WITA = ZoneOffset.ofHours(8);
    public static final ZoneOffset WIT = ZoneOffset.ofHours(9);

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
    private static final Map<String, DayOfWeek> DAYS = Map.of("senin", DayOfWeek.MONDAY, "selasa", DayOfWeek.TUESDAY,
            "rabu", DayOfWeek.WEDNESDAY, "kamis", DayOfWeek.THURSDAY, "jumat", DayOfWeek.FRIDAY,
            "sabtu", DayOfWeek.SATURDAY, "minggu", DayOfWeek.SUNDAY, "ahad", DayOfWeek.SUNDAY);

    private static final String DAY = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)";
    private static final String MONTH = "(januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
            + "|november|nopember|desember|january|february|march|june|july|august|october|december"
            + "|jan|feb|mar|apr|may|jun|jul|agu|ags|agt|aug|sept|sep|okt|oct|nov|des|dec)\\.?";
    /** Day, month, year: {@code 5 November 2015} (groups 1–3) or {@code 23/02/2016} (groups 4–6). */
    private static final String DATE = "(?:(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})|(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2}))";
    /** Between the date and the time: a comma, a bar, a dash, "pukul", "at", "jam" or just space. */
    private static final String GAP = "[\\s,|\\-–—]*(?:pukul|jam|at)?[\\s,|\\-–—]*";
    /** Hours, minutes, seconds (groups 7–9) and a zone (group 10). */
    private static final String TIME = "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?";
    private static final String ZONE = "(WITA|WIT|WIB|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|GMT|UTC|[+-]\\d{2}:\\d{2})";
    private static final int CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A whole line that is one date, after an optional label; the time and zone may be absent. */
    private static final Pattern LINE = Pattern.compile(
            "^(?:" + DAY + "\\s*,?\\s*)?" + DATE + "(?:" + GAP + TIME + ")?\\s*" + ZONE + "?\\.?$", CASE);
    /** A date with a time anywhere in a text (a page's by-line); a date alone is too often another date. */
    private static final Pattern WITH_TIME = Pattern.compile("\\b" + DATE + GAP + TIME + "\\s*" + ZONE + "?\\b", CASE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:diterbitkan|dipublikasikan|diperbarui|terbit|published|dimuat|tanggal)\\s*:?\\s*", CASE);
    private static final Pattern ISO_LIKE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\s*[T ]\\s*(\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** {@code Jumat (8/9/2017)}, {@code Senin (21/2)}: the day an event of the lead happened. */
    private static final Pattern LEAD_DATE = Pattern.compile(
            "\\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\\s*\\(\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?\\s*\\)", CASE);
    private static final Pattern ZONE_WORD = Pattern.compile("\\b(WITA|WIT|WIB)\\b");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final int MAX_LINE = 80;

    /**
     * The date when the whole of {@code text} is one printed date (a header line, the date in a dateline),
     * after an optional label such as {@code Diterbitkan:}; empty otherwise, so running prose never counts.
     */
    public static Optional<PrintedDate> line(String text) {
        if (text == null) return Optional.empty();
        String s = LABEL.matcher(text.strip()).replaceFirst("");
        if (s.length() > MAX_LINE || s.length() < 6) return Optional.empty();
        Matcher m = LINE.matcher(s);
        return m.matches() ? build(m) : Optional.empty();
    }

    /** The first date printed with a time anywhere in {@code text} (a by-line beside the headline). */
    public static Optional<PrintedDate> find(String text) {
        if (text == null || text.length() < 10) return Optional.empty();
        Matcher m = WITH_TIME.matcher(text);
        while (m.find()) {
            Optional<PrintedDate> date = build(m);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    /**
     * A machine-written timestamp (JSON-LD, meta tags, {@code <time datetime>}): ISO-8601, tolerating a
     * space before the T and a missing offset (then the zone is decided as for printed times).
     */
    public static Optional<PrintedDate> machine(String value) {
        if (value == null) return Optional.empty();
        Matcher m = ISO_LIKE.matcher(value.strip());
        if (!m.find()) return Optional.empty();
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            if (m.group(2) == null) return Optional.of(new PrintedDate(date, null, null));
            LocalTime time = LocalTime.parse(m.group(2));
            String zone = m.group(3);
            ZoneOffset offset = zone == null ? null : zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return Optional.of(new PrintedDate(date, time, offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The date printed in a lead as the day of the event it reports: {@code Jumat (8/9/2017)}, or
     * {@code Jumat (8/9)} with the year from {@code reference} (the dateline's date, the file's date or the
     * import date), or the year before when the printed weekday says so (a January import of a December
     * story); never a later year, since a story cannot report a day after it was saved. A lead naming several days ({@code Senin (31/10/2016) … Kamis (24/11/2016)}) is
     * dated by the latest one: the earlier ones are background. A day after the reference is a preview of
     * something to come, never the day the story was published: it is passed over. The date alone: no time.
     */
    public static Optional<LocalDate> inLead(String paragraph, LocalDate reference) {
        if (paragraph == null) return Optional.empty();
        Matcher m = LEAD_DATE.matcher(paragraph);
        LocalDate latest = null;
        while (m.find()) {
            LocalDate date = leadDate(m, reference);
            if (date == null || reference != null && date.isAfter(reference)) continue;
            if (latest == null || date.isAfter(latest)) latest = date;
        }
        return Optional.ofNullable(latest);
    }

    /**
     * One lead date: the printed year, else the reference's year or the one before, whichever the printed
     * weekday falls on (the reference's first); when it falls on neither, the reference's year unless that
     * puts the day after the reference.
     */
    private static LocalDate leadDate(Matcher m, LocalDate reference) {
        int day = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        if (m.group(4) != null) return validDate(year(m.group(4)), month, day);
        if (reference == null) return null;
        DayOfWeek weekday = DAYS.get(m.group(1).toLowerCase(Locale.ROOT).replace("'", ""));
        LocalDate inYear = validDate(reference.getYear(), month, day);
        LocalDate yearBefore = validDate(reference.getYear() - 1, month, day);
        for (LocalDate candidate : new LocalDate[]{inYear, yearBefore}) {
            if (candidate != null && candidate.getDayOfWeek() == weekday) return candidate;
        }
        return inYear != null && !inYear.isAfter(reference) ? inYear : yearBefore;
    }

    /** The zone a text names (WIB, WITA, WIT), if it names one: the page's or dateline's own zone. */
    public static Optional<ZoneOffset> zoneNamed(String text) {
        if (text == null) return Optional.empty();
        Matcher m = ZONE_WORD.matcher(text);
        return m.find() ? Optional.of(offset(m.group(1))) : Optional.empty();
    }

    /**
     * Settles the publication time from a machine timestamp and the date printed by the headline.
     * A machine time without an offset is read in the printed zone. Some sites label local time as UTC
     * ("10:08:58Z" beside "10:08 WIB"): when both agree on the wall-clock minute but not on the zone, the
     * printed zone is right. Otherwise the machine's moment is kept (the printed date found may belong to
     * something else on the page), shown in the printed zone. Minutes are compared on both sides: a page
     * printing seconds ("16:00:35 WIB" beside "16:00:35Z") once fell through to the moment rule and moved
     * a 16:00 WIB story to 23:00 WIB.
     */
    public static Optional<PrintedDate> settle(Optional<PrintedDate> machine, Optional<PrintedDate> printed) {
        if (machine.isEmpty() || machine.get().time() == null && printed.isPresent()) return printed.or(() -> machine);
        if (printed.isEmpty() || printed.get().time() == null) return machine;
        PrintedDate m = machine.get();
        PrintedDate p = printed.get();
        ZoneOffset zone = p.zoneOr(WIB);
        if (m.zone() == null) return Optional.of(new PrintedDate(m.date(), m.time(), zone));
        LocalDateTime machineMinute = LocalDateTime.of(m.date(), m.time()).withSecond(0).withNano(0);
        LocalDateTime printedMinute = LocalDateTime.of(p.date(), p.time()).withSecond(0).withNano(0);
        if (!m.zone().equals(zone) && machineMinute.equals(printedMinute)) {
            return Optional.of(new PrintedDate(m.date(), m.time(), zone));
        }
        OffsetDateTime moment = OffsetDateTime.of(m.date(), m.time(), m.zone()).withOffsetSameInstant(zone);
        return Optional.of(new PrintedDate(moment.toLocalDate(), moment.toLocalTime(), zone));
    }

    /** The zone printed with the time, else {@code fallback}. */
    public ZoneOffset zoneOr(ZoneOffset fallback) {
        return zone != null ? zone : fallback;
    }

    /** This date in {@code zone} when no zone was printed with its time. */
    public PrintedDate inZone(ZoneOffset pageZone) {
        return zone != null || time == null || pageZone == null ? this : new PrintedDate(date, time, pageZone);
    }

    /**
     * ISO-8601: with a time, a date-time with its offset (WIB when none was printed):
     * {@code 2025-08-18T10:15:00+07:00}; without one, the calendar date alone: {@code 2016-02-23}.
     */
    public String iso() {
        if (time == null) return date.toString();
        return ISO.format(OffsetDateTime.of(date, time.withNano(0), zoneOr(WIB)));
    }

    private static Optional<PrintedDate> build(Matcher m) {
        try {
            LocalDate date;
            if (m.group(1) != null) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month == null) return Optional.empty();
                date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            } else {
                date = LocalDate.of(year(m.group(6)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)));
            }
            if (m.group(7) == null) return Optional.of(new PrintedDate(date, null, null));
            int second = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(7)), Integer.parseInt(m.group(8)), second);
            return Optional.of(new PrintedDate(date, time, m.group(10) == null ? null : offset(m.group(10))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int year(String printed) {
        return Integer.parseInt(printed.length() == 2 ? "20" + printed : printed);
    }

    private static LocalDate validDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** WIB, WITA, WIT, GMT+7, UTC+07:00, +07:00 → the offset. */
    static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        switch (z) {
            case "WIB": return WIB;
            case "WITA": return WITA;
            case "WIT": return WIT;
            case "UTC", "GMT": return ZoneOffset.UTC;
            default:
                String o = z.replaceFirst("^(GMT|UTC)", "");
                if (!o.contains(":") && o.length() > 3) o = o.substring(0, o.length() - 2) + ":" + o.substring(o.length() - 2);
                if (o.matches("[+-]\\d")) o = o.charAt(0) + "0" + o.charAt(1);
                return ZoneOffset.of(o);
        }
    }
}
