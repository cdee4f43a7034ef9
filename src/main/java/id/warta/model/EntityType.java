package id.warta.model;

/** The kinds of named entity Warta tracks. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION
}
