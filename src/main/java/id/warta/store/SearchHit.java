package id.warta.store;

/**
 * One search result.
 *
 * @param id        the article id
 * @param headline  the headline, or null
 * @param source    the outlet, or null
 * @param published ISO-8601 with offset, or null
 * @param score     relevance; higher is better
 * @param snippet   a passage of the article with each matched word between {@link #MARK_OPEN} and {@link #MARK_CLOSE}
 */
public record SearchHit(String id, String headline, String source, String published, double score,
                        String snippet) {
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";
}
