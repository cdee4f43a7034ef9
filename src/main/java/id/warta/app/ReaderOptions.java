package id.warta.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/** How the reader shows an article: whole or skimmed (headings and summaries), and at what size. */
public final class ReaderOptions {
    static final double MIN_FONT = 11;
    static final double MAX_FONT = 26;

    private final BooleanProperty skim = new SimpleBooleanProperty(false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(15);

    public BooleanProperty skimProperty() {
        return skim;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void bigger() {
        fontSize.set(Math.min(MAX_FONT, fontSize.get() + 1));
    }

    public void smaller() {
        fontSize.set(Math.max(MIN_FONT, fontSize.get() - 1));
    }
}
