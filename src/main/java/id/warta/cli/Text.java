package id.warta.cli;

/** Small formatting rules shared by the text (non-JSON) output of the commands. */
final class Text {
    private Text() {
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** The date part of an ISO-8601 timestamp, or a dash of the same width when unknown. */
    static String day(String published) {
        return published != null && published.length() >= 10 ? published.substring(0, 10) : "----------";
    }
}
