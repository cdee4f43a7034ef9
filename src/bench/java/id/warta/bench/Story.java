package id.warta.bench;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One generated news story, before it is printed as a plain-text file or a web page.
 *
 * @param sections the first has no heading; paragraphs of the first start without the dateline,
 *                 which {@link #dateline} holds and the printers put in front
 */
record Story(int number, String headline, Outlet outlet, String place, OffsetDateTime published, String caption,
             String author, List<Part> sections) {
    /** A section: its sub-heading (null for the first) and paragraphs. */
    record Part(String heading, List<String> paragraphs) {
    }

    String dateline() {
        return outlet.dateline(place);
    }

    String url() {
        return "https://" + outlet.host() + "/" + outlet.section() + "/" + published.toLocalDate().toString()
                .replace("-", "/") + "/" + number + "/" + slug(headline);
    }

    int words() {
        int n = headline.split("\\s+").length;
        for (Part p : sections) for (String para : p.paragraphs()) n += para.split("\\s+").length;
        return n;
    }

    private static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return s.replaceAll("^-|-$", "");
    }
}
