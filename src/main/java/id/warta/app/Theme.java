package id.warta.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark looks: AtlantaFX Primer as the base, {@code warta.css} on top for the reader. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static Theme named(String name) {
        return "DARK".equals(name) ? DARK : LIGHT;
    }
}
