package id.warta.model;

import java.util.List;

/**
 * A real-world person, place or organisation under one canonical name.
 *
 * @param name    canonical name (Vladimir Putin, Amerika Serikat)
 * @param type    its kind
 * @param aliases other names that refer to it (Putin, AS, Federasi Rusia); never contains {@code name}
 */
public record Entity(String name, EntityType type, List<String> aliases) {
    public Entity {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }
}
