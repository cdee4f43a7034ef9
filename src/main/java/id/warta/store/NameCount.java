package id.warta.store;

import id.warta.model.EntityType;

/**
 * An entity with the number of stored articles that name it (for name suggestions and {@code warta names}).
 *
 * @param name     canonical name
 * @param type     its kind
 * @param articles how many articles name it
 */
public record NameCount(String name, EntityType type, int articles) {
}
