package id.warta.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One parsed news article. Field names are a contract: {@code warta parse --json} prints exactly these.
 *
 * @param id            stable identifier derived from the article's normalised text (see {@link ArticleId})
 * @param headline      the headline, or null when the input had none
 * @param source        the outlet (ANTARA, KOMPAS.com, detikcom …), or null
 * @param dateline      the place printed before the dash (Tangerang, Jakarta …), or null
 * @param published     ISO-8601 with offset (2025-08-18T10:15:00+07:00), or null
 * @param url           where the article was saved from, or null
 * @param caption       the lead photo's caption, or null
 * @param sections      the body; the lead section has a null heading
 * @param quotes        direct quotes with their speakers
 * @param people        canonical names of people, most mentioned first
 * @param places        canonical names of places, most mentioned first
 * @param organizations canonical names of organisations, most mentioned first
 * @param summary       the article summary: whole sentences joined by a space ("" when there is no text)
 * @param mentions      every recognised entity mention; kept for storage, not part of the JSON contract
 */
@JsonPropertyOrder({"id", "headline", "source", "dateline", "published", "url", "caption",
        "sections", "quotes", "people", "places", "organizations", "summary"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Article(
        String id,
        String headline,
        String source,
        String dateline,
        String published,
        String url,
        String caption,
        List<Section> sections,
        List<Quote> quotes,
        List<String> people,
        List<String> places,
        List<String> organizations,
        String summary,
        @JsonIgnore List<Mention> mentions) {

    public Article {
        sections = List.copyOf(sections == null ? List.of() : sections);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
        people = List.copyOf(people == null ? List.of() : people);
        places = List.copyOf(places == null ? List.of() : places);
        organizations = List.copyOf(organizations == null ? List.of() : organizations);
        summary = summary == null ? "" : summary;
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
    }

    /** The body as plain text: every paragraph of every section, separated by blank lines. */
    @JsonIgnore
    public String bodyText() {
        StringBuilder out = new StringBuilder();
        for (Section s : sections) {
            for (String p : s.paragraphs()) {
                if (!out.isEmpty()) out.append("\n\n");
                out.append(p);
            }
        }
        return out.toString();
    }

    public Article withId(String newId) {
        return new Article(newId, headline, source, dateline, published, url, caption, sections, quotes,
                people, places, organizations, summary, mentions);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, headline, source, dateline, published, newUrl, caption, sections, quotes,
                people, places, organizations, summary, mentions);
    }

    public Article withSections(List<Section> newSections) {
        return new Article(id, headline, source, dateline, published, url, caption, newSections, quotes,
                people, places, organizations, summary, mentions);
    }

    public Article withSummary(String newSummary) {
        return new Article(id, headline, source, dateline, published, url, caption, sections, quotes,
                people, places, organizations, newSummary, mentions);
    }

    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, headline, source, dateline, published, url, caption, sections, newQuotes,
                people, places, organizations, summary, mentions);
    }

    public Article withEntities(List<String> newPeople, List<String> newPlaces, List<String> newOrganizations,
                                List<Mention> newMentions) {
        return new Article(id, headline, source, dateline, published, url, caption, sections, quotes,
                newPeople, newPlaces, newOrganizations, summary, newMentions);
    }
}
