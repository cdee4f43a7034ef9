package id.warta.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One line of the article list. The text is fixed; read and starred are observable so a
 * row's marks change in place without rebuilding a list of 100,000 rows.
 */
public final class ArticleRow {
    private final String id;
    private final String headline;
    private final String source;
    private final String dateline;
    private final String published;
    private final String summaryLine;
    private final BooleanProperty read;
    private final BooleanProperty starred;
    private long epoch = Long.MAX_VALUE;

    public ArticleRow(String id, String headline, String source, String dateline, String published,
                      String summaryLine, boolean read, boolean starred) {
        this.id = id;
        this.headline = headline;
        this.source = source;
        this.dateline = dateline;
        this.published = published;
        this.summaryLine = summaryLine;
        this.read = new SimpleBooleanProperty(read);
        this.starred = new SimpleBooleanProperty(starred);
    }

    public String id() {
        return id;
    }

    public String headline() {
        return headline;
    }

    public String source() {
        return source;
    }

    public String dateline() {
        return dateline;
    }

    public String published() {
        return published;
    }

    public String summaryLine() {
        return summaryLine;
    }

    public BooleanProperty readProperty() {
        return read;
    }

    public boolean isRead() {
        return read.get();
    }

    public BooleanProperty starredProperty() {
        return starred;
    }

    public boolean isStarred() {
        return starred.get();
    }

    /** Epoch seconds of the publication time, or Long.MIN_VALUE when absent or unreadable; parsed once, on first use. */
    public long publishedEpoch() {
        if (epoch == Long.MAX_VALUE) epoch = epochOf(published);
        return epoch;
    }

    /** Epoch seconds of an ISO-8601 time with offset, or Long.MIN_VALUE when absent or unreadable (sorts last, newest first). */
    static long epochOf(String published) {
        if (published == null) return Long.MIN_VALUE;
        try {
            return OffsetDateTime.parse(published).toEpochSecond();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    /** The first sentence-ish line of a summary, short enough for one list row. */
    public static String firstLine(String summary) {
        if (summary == null || summary.isBlank()) return "";
        String s = summary.strip();
        int end = s.indexOf(". ");
        return end > 0 ? s.substring(0, end + 1) : s;
    }

    @Override
    public String toString() {
        return headline;
    }
}
