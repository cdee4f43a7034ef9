package id.warta.model;

/**
 * One place in an article where an entity is named.
 *
 * @param canonical the entity's canonical name
 * @param type      the entity's kind
 * @param text      the text as printed (Putin, AS)
 * @param section   index of the section; -1 for the headline, -2 for the caption
 * @param paragraph index of the paragraph within the section (0 for headline/caption)
 * @param start     offset of the first char within that paragraph (or headline/caption)
 * @param end       offset after the last char (exclusive)
 */
public record Mention(String canonical, EntityType type, String text, int section, int paragraph, int start, int end) {
    public static final int HEADLINE = -1;
    public static final int CAPTION = -2;
}
