package id.warta.ingest;

import java.util.List;
import java.util.Locale;

/**
 * How one outlet lays out its article pages: CSS selectors (Jsoup syntax, alternatives separated by
 * commas, current layout first, older layouts after) for the headline, the printed date, the body and
 * the lead photo's caption, plus page furniture inside the body to drop. A selector that finds nothing
 * leaves the job to the metadata or to the {@link GeneralExtractor}.
 *
 * @param outlet  the outlet's name as articles credit it
 * @param domains registrable domains the outlet publishes under (sub-domains included)
 * @param noise   elements inside the body that are not article text ("" for none)
 */
record SiteRule(String outlet, List<String> domains, String headline, String date, String body, String caption,
                String noise) {

    boolean covers(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
    }
}
