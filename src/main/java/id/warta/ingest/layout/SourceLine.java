package id.warta.ingest.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that name where a story came from: {@code Sumber: Antara}, the seed's {@code Sumber :} then
 * {@code • ANTARA}, and copyright lines ({@code Copyright © ANTARA 2025}, {@code © 2024 KOMPAS.com}).
 *
 * <p>The rule: a line names the article's source only when it names an outlet: one the registry knows, or
 * one printed as an outlet is ({@code Sumber: Kabarpas.com}, {@code Sumber: Harian Timur}; see
 * {@link Outlets#looksLikeOutlet}). A {@code Sumber:} line naming anything else (a ministry, a company, a
 * city government, {@code twitter @tabloidbola}) credits a release's issuer or an embedded post, never the
 * outlet that published the piece.
 */
public final class SourceLine {
    private SourceLine() {
    }

    private static final Pattern LABEL = Pattern.compile("(?iu)^sumber\\s*:\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●*-]\\s*(.+)$");
    /** The words of a copyright line around the owner's name: the label, the sign, years, reservations. */
    private static final Pattern COPYRIGHT_WORDS = Pattern.compile(
            "(?iu)\\b(?:copyright|hak cipta(?: dilindungi(?: undang-undang)?)?|all rights reserved|dilarang\\b.*)"
                    + "|©|\\(c\\)|\\b\\d{4}\\b");
    private static final Pattern COPYRIGHT_START = Pattern.compile("(?iu)^(?:copyright|hak cipta|©|\\(c\\))");

    /** True for a {@code Sumber:} line, whatever it names. */
    public static boolean isSourceLine(String line) {
        return LABEL.matcher(line.strip()).matches();
    }

    /** What a {@code Sumber:} line names, as printed; "" when the name follows on the next line (the seed's block). */
    public static Optional<String> named(String line) {
        Matcher m = LABEL.matcher(line.strip());
        return m.matches() ? Optional.of(withoutBullet(m.group(1))) : Optional.empty();
    }

    /** A bulleted line ({@code • ANTARA}) without its bullet. */
    public static String withoutBullet(String line) {
        String s = line.strip();
        Matcher b = BULLET.matcher(s);
        return b.matches() ? b.group(1).strip() : s;
    }

    /** The outlet a copyright line names ({@code Copyright © ANTARA 2025} → ANTARA), if it names one. */
    public static Optional<String> copyrightOutlet(String line) {
        String s = line.strip();
        if (!COPYRIGHT_START.matcher(s).find()) return Optional.empty();
        String owner = COPYRIGHT_WORDS.matcher(s).replaceAll(" ").replaceAll("[\\s,|–]+", " ")
                .replaceAll("^[\\s.]+|[\\s.]+$", "");
        return owner.split("\\s+").length > 4 ? Optional.empty() : outlet(owner);
    }

    /**
     * The source a printed name gives under the rule: the registry's name for an outlet it knows, the
     * cleaned name of one printed as an outlet, and nothing for any other name.
     */
    public static Optional<String> outlet(String printed) {
        if (printed == null || printed.isBlank()) return Optional.empty();
        Outlets outlets = Outlets.standard();
        Optional<Outlet> known = outlets.byName(printed.strip());
        if (known.isPresent()) return Optional.of(known.get().name());
        return outlets.looksLikeOutlet(printed) ? Optional.ofNullable(outlets.canonical(printed)) : Optional.empty();
    }
}
