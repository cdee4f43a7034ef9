package id.warta.app;

/**
 * A message for the status bar, kept as a bundle key and its arguments so it is worded in
 * whatever language the window shows when it is displayed.
 *
 * @param key  message key in {@code messages.properties}
 * @param undo what the status bar's "undo" button does, or null when there is nothing to undo
 */
public record Notice(String key, Runnable undo, Object... args) {
    public static Notice of(String key, Object... args) {
        return new Notice(key, null, args);
    }

    public String text(Texts texts) {
        return texts.format(key, args);
    }
}
