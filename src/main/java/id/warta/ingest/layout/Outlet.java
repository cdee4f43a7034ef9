package id.warta.ingest.layout;

/**
 * A news outlet as the registry ({@code data/outlets.tsv}) knows it.
 *
 * @param name the name readers know it by; what an article it published gets as {@code source}
 * @param kind whether it publishes its own stories, is a wire agency, or distributes others' releases
 */
public record Outlet(String name, Kind kind) {
    /** What an outlet does with what it prints. */
    public enum Kind {
        /** Writes and publishes its own stories. */
        OUTLET,
        /** A wire agency: writes stories that others carry (ANTARA, Reuters). */
        AGENCY,
        /** Carries releases written by companies and governments (PR Newswire): it publishes, it does not report. */
        DISTRIBUTOR
    }
}
