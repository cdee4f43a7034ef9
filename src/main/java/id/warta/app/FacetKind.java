package id.warta.app;

import id.warta.model.EntityType;

/** The name lists of the sidebar, each with the query filter that selects its articles. */
public enum FacetKind {
    SOURCE("source", null),
    PERSON("person", EntityType.PERSON),
    PLACE("place", EntityType.PLACE),
    ORGANIZATION("org", EntityType.ORGANIZATION);

    private final String filter;
    private final EntityType entityType;

    FacetKind(String filter, EntityType entityType) {
        this.filter = filter;
        this.entityType = entityType;
    }

    public String filter() {
        return filter;
    }

    public EntityType entityType() {
        return entityType;
    }

    /** The query that selects this name: {@code place:"Amerika Serikat"}. */
    public String query(String name) {
        return filter + ":\"" + name.replace("\"", "") + "\"";
    }

    public static FacetKind of(EntityType type) {
        return switch (type) {
            case PERSON -> PERSON;
            case PLACE -> PLACE;
            case ORGANIZATION -> ORGANIZATION;
        };
    }
}
