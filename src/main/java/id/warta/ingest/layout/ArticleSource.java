package id.warta.ingest.layout;

/**
 * The rule that names an article's {@code source}, the same for every input format: the outlet that
 * published the piece, on the best evidence the input gives. In order:
 * <ol>
 *   <li>the outlet whose site the page was read from (the registry knows its domain);</li>
 *   <li>the outlet printed in the dateline ({@code TEMPO.CO, Jakarta -} → Tempo), its own mark on the story;</li>
 *   <li>the outlet a closing copyright line names ({@code Copyright © ANTARA 2025});</li>
 *   <li>an outlet the input names outside the body: a page's publisher or site name (else its domain), a
 *       source block in a text's header ({@code Sumber : • ANTARA}), a stored article's source;</li>
 *   <li>the outlet a closing {@code Sumber:} line names (only an outlet: see {@link SourceLine});</li>
 *   <li>the distributor in a release's dateline ({@code /PRNewswire/}): it published the release when
 *       nothing says who carried it;</li>
 *   <li>a closing wire tag ({@code (ant)} → ANTARA).</li>
 * </ol>
 * A page's metadata comes after the dateline so that a copy of the page and the page agree: an aggregator
 * carrying {@code Jakarta (ANTARA) -} is ANTARA either way. Credits for photos, tweets and embedded posts
 * are never evidence. Every name goes through the registry, so one outlet has one name.
 */
final class ArticleSource {
    private ArticleSource() {
    }

    static String decide(Draft draft, Dateline dateline, Tail tail) {
        Outlets outlets = Outlets.standard();
        String printed = dateline == null ? null : dateline.outlet();
        boolean distributor = printed != null && outlets.byName(printed)
                .filter(o -> o.kind() == Outlet.Kind.DISTRIBUTOR).isPresent();
        String[] evidence = {
                draft.site(),
                distributor ? null : printed,
                tail.copyright(),
                draft.source(),
                tail.sourced(),
                distributor ? printed : null,
                tail.tagged()};
        for (String name : evidence) {
            if (name != null && !name.isBlank()) return outlets.canonical(name);
        }
        return null;
    }
}
