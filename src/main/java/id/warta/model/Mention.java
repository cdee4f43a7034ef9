package id.warta.model;

/**
 * One place in an article where an entity is named.
 *
 * @param canonical the entity's canonical name
 * @param type      the entity's kind
 * @param text      the text as printed (Putin, AS)
 * @param section   index of the section; -1 for the headline, -2 for the caption, -3 for the source
 *                  (the outlet named outside the body), -4 for the dateline
 * @param paragraph index of the paragraph within the section, -1 for the section's heading
 *                  (0 for headline, caption, source and dateline)
 * @param start     offset of the first char within that paragraph (or headline/caption)
 * @param end       offset after the last char (exclusive)
 */
public record Mention(String canonical, EntityType type, String text, int section, int paragraph, int start, int end) {
    public static final int HEADLINE = -1;
    public static final int CAPTION = -2;
    public static final int SOURCE = -3;
    public static final int DATELINE = -4;
    /** The paragraph index of a mention in a section's heading. */
    public static final int HEADING_PARAGRAPH = -1;
}
