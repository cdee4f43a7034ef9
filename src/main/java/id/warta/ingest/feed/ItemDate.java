package id.warta.ingest.feed;

import id.warta.ingest.layout.PrintedDate;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's date as Warta stores dates: ISO-8601 with the offset the feed printed. Rome reads the many
 * date forms of feeds but hands back an instant without its offset; an Indonesian outlet's
 * {@code Mon, 18 Aug 2025 10:15:00 +0700} should stay 10:15 at +07:00, not become 03:15 UTC, so the
 * offset is taken from the printed text. A date Rome cannot read (an outlet printing
 * {@code Senin, 18 Agustus 2025 10:15 WIB}) goes to the date reader for printed Indonesian dates.
 */
final class ItemDate {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})\\s*$");
    private static final Pattern ZONE_NAME = Pattern.compile("(?i)\\b(WIB|WITA|WIT)\\s*$");

    private ItemDate() {
    }

    /** {@code when} at the offset printed in {@code printed}; UTC when it prints none. Null when neither is a date. */
    static String of(Date when, String printed) {
        if (when == null) return printed == null ? null : PrintedDate.line(printed).map(PrintedDate::iso).orElse(null);
        return ISO.format(when.toInstant().atOffset(offsetOf(printed)));
    }

    static ZoneOffset offsetOf(String printed) {
        if (printed == null) return ZoneOffset.UTC;
        String text = printed.strip();
        Matcher numeric = NUMERIC_OFFSET.matcher(text);
        if (numeric.find()) {
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            try {
                return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(numeric.group(2)), sign * Integer.parseInt(numeric.group(3)));
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }
        Matcher zone = ZONE_NAME.matcher(text);
        if (zone.find()) {
            return switch (zone.group(1).toUpperCase(Locale.ROOT)) {
                case "WITA" -> ZoneOffset.ofHours(8);
                case "WIT" -> ZoneOffset.ofHours(9);
                default -> ZoneOffset.ofHours(7);
            };
        }
        return ZoneOffset.UTC;
    }
}
