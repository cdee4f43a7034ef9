package id.warta.text;

import id.warta.model.EntityType;

/**
 * One name found in a line of text.
 *
 * @param text  the name as printed
 * @param type  person, place or organisation
 * @param start offset of its first char (Java String index)
 * @param end   offset after its last char (exclusive)
 */
public record EntitySpan(String text, EntityType type, int start, int end) {
}
