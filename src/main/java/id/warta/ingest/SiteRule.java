package id.warta.ingest;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How one outlet lays out its article pages: CSS selectors (Jsoup syntax, alternatives separated by
 * commas, current layout first, older layouts after) for the headline, the printed date, the body and
 * the lead photo's caption, plus page furniture inside the body to drop. A selector that finds nothing
 * leaves the job to the metadata or to the {@link GeneralExtractor}. Selectors are compiled once, and
 * all four are looked up in a single pass over the page.
 */
final class SiteRule {
    /** What a rule found on one page; any field may be null. */
    record Match(Element headline, Element date, Element body, Element caption) {
    }

    private final String outlet;
    private final List<Evaluator> headline;
    private final List<Evaluator> date;
    private final List<Evaluator> body;
    private final List<Evaluator> caption;
    private final Evaluator any;
    private final String noise;

    /**
     * @param outlet  the registry's name of the outlet (data/outlets.tsv lists its sites)
     * @param noise   elements inside the body that are not article text ("" for none)
     */
    SiteRule(String outlet, String headline, String date, String body, String caption, String noise) {
        this.outlet = outlet;
        this.headline = compile(headline);
        this.date = compile(date);
        this.body = compile(body);
        this.caption = compile(caption);
        this.any = QueryParser.parse(String.join(", ", headline, date, body, caption));
        this.noise = noise;
    }

    private static List<Evaluator> compile(String selector) {
        List<Evaluator> out = new ArrayList<>();
        for (String alternative : selector.split(",")) out.add(QueryParser.parse(alternative.strip()));
        return out;
    }

    String outlet() {
        return outlet;
    }

    String noise() {
        return noise;
    }

    /** The rule's elements on {@code page}; for each field the first alternative that matches wins. */
    Match match(Element page, Predicate<Element> bodyIsLongEnough) {
        Elements found = Selector.select(any, page);
        Predicate<Element> hasText = e -> !e.text().isBlank();
        return new Match(first(found, headline, hasText), first(found, date, hasText),
                first(found, body, bodyIsLongEnough), first(found, caption, hasText));
    }

    private static Element first(Elements found, List<Evaluator> alternatives, Predicate<Element> accept) {
        for (Evaluator alternative : alternatives) {
            for (Element e : found) {
                if (e.is(alternative) && accept.test(e)) return e;
            }
        }
        return null;
    }
}
