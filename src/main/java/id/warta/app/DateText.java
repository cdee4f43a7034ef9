package id.warta.app;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Publication dates as the reader and the list print them, in the window's language. */
final class DateText {
    private DateText() {
    }

    static String of(String iso, Texts texts, String patternKey) {
        if (iso == null || iso.isBlank()) return null;
        try {
            OffsetDateTime t = OffsetDateTime.parse(iso);
            return DateTimeFormatter.ofPattern(texts.get(patternKey), texts.locale()).format(t);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** {@code source · dateline · date}, leaving out what is absent. */
    static String metaLine(String source, String dateline, String published, Texts texts, String patternKey) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[]{source, dateline, of(published, texts, patternKey)}) {
            if (part == null || part.isBlank()) continue;
            if (!out.isEmpty()) out.append(" · ");
            out.append(part);
        }
        return out.toString();
    }
}
