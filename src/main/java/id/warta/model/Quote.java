package id.warta.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A direct quote.
 *
 * @param text    the words inside the quote marks, without the marks
 * @param speaker the speaker's full name as the article first introduces it, or null when unknown
 * @param section index into {@link Article#sections()} of the section the quote stands in
 */
@JsonPropertyOrder({"text", "speaker", "section"})
public record Quote(String text, String speaker, int section) {
}
