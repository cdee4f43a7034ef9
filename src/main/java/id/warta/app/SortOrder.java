package id.warta.app;

/** How the article list is ordered: newest first, or as the search ranked it. */
public enum SortOrder {
    DATE, RELEVANCE
}
