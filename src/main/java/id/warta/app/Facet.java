package id.warta.app;

/** One name in a sidebar list with the number of articles that carry it. */
public record Facet(FacetKind kind, String name, int count) {
}
