package id.warta.app;

import javafx.application.Application;

/**
 * Light and dark looks: AtlantaFX Primer as the user-agent stylesheet, {@code warta.css} on top.
 * The stylesheets are named by their resource paths rather than through the PrimerLight and
 * PrimerDark classes: atlantafx-base 2.1.0's classes are compiled for Java 21, and this project
 * targets Java 17, while its CSS works with JavaFX 21 on any JVM.
 */
public enum Theme {
    LIGHT("/atlantafx/base/theme/primer-light.css"),
    DARK("/atlantafx/base/theme/primer-dark.css");

    private final String stylesheet;

    Theme(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    public void apply() {
        Application.setUserAgentStylesheet(Theme.class.getResource(stylesheet).toExternalForm());
    }

    public static Theme named(String name) {
        return "DARK".equals(name) ? DARK : LIGHT;
    }
}
