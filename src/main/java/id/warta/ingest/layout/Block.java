package id.warta.ingest.layout;

/** One block of an article body as a reader found it: a sub-heading or a paragraph. */
public record Block(Kind kind, String text) {
    public enum Kind { HEADING, PARAGRAPH }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
