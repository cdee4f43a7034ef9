package id.warta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A run of paragraphs under one sub-heading.
 *
 * @param heading    the sub-heading, or null for the lead section
 * @param paragraphs the paragraphs, in order, never empty strings
 * @param summary    one or two whole sentences of this section ("" before summarising)
 */
@JsonPropertyOrder({"heading", "paragraphs", "summary"})
public record Section(String heading, List<String> paragraphs, String summary) {
    public Section {
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        summary = summary == null ? "" : summary;
    }

    public Section withSummary(String newSummary) {
        return new Section(heading, paragraphs, newSummary);
    }
}
