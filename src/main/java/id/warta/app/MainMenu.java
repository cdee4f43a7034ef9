package id.warta.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The menu bar. Every keyboard shortcut of the window is an accelerator here, so the menus show it. */
final class MainMenu {
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination STAR = new KeyCodeCombination(KeyCode.S);
    static final KeyCombination UNREAD = new KeyCodeCombination(KeyCode.U);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.J);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.K);
    static final KeyCombination SKIM = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BIGGER = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SMALLER = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private MainMenu() {
    }

    static MenuBar build(MainWindow w, Texts t) {
        MenuBar bar = new MenuBar(file(w, t), article(w, t), view(w, t), help(w, t));
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu file(MainWindow w, Texts t) {
        Menu m = menu(t, "menu.file", "menu-file");
        m.getItems().addAll(
                item(t, "menu.importFiles", "menu-import-files", IMPORT, w::importFiles),
                item(t, "menu.importFolder", "menu-import-folder", null, w::importFolder),
                item(t, "menu.importText", "menu-import-text", null, w::importText),
                item(t, "menu.importLink", "menu-import-link", null, w::importLink),
                new SeparatorMenuItem(),
                item(t, "menu.exportJson", "menu-export-json", null, () -> w.export(ArticleExport.Format.JSON)),
                item(t, "menu.exportMarkdown", "menu-export-md", null, () -> w.export(ArticleExport.Format.MARKDOWN)),
                new SeparatorMenuItem(),
                item(t, "menu.quit", "menu-quit", QUIT, w::quit));
        return m;
    }

    private static Menu article(MainWindow w, Texts t) {
        Menu m = menu(t, "menu.article", "menu-article");
        m.getItems().addAll(
                item(t, "menu.open", "menu-open", OPEN, w.unlessTyping(w::openSelected)),
                item(t, "menu.next", "menu-next", NEXT, w.unlessTyping(() -> w.move(+1))),
                item(t, "menu.previous", "menu-previous", PREVIOUS, w.unlessTyping(() -> w.move(-1))),
                new SeparatorMenuItem(),
                item(t, "menu.star", "menu-star", STAR, w.unlessTyping(w::star)),
                item(t, "menu.unread", "menu-unread", UNREAD, w.unlessTyping(w::toggleRead)),
                item(t, "menu.delete", "menu-delete", DELETE, w.unlessTyping(w::delete)));
        return m;
    }

    private static Menu view(MainWindow w, Texts t) {
        Menu m = menu(t, "menu.view", "menu-view");
        CheckMenuItem skim = new CheckMenuItem(t.get("menu.skim"));
        skim.setId("menu-skim");
        skim.setAccelerator(SKIM);
        skim.selectedProperty().bindBidirectional(w.readerOptions().skimProperty());
        ToggleGroup themes = new ToggleGroup();
        List<MenuItem> themeItems = new ArrayList<>();
        for (Theme th : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(t.get(th == Theme.DARK ? "menu.themeDark" : "menu.themeLight"));
            r.setId("menu-theme-" + th.name().toLowerCase(Locale.ROOT));
            r.setToggleGroup(themes);
            r.setSelected(w.theme() == th);
            r.setOnAction(e -> w.theme(th));
            themeItems.add(r);
        }
        ToggleGroup languages = new ToggleGroup();
        List<MenuItem> languageItems = new ArrayList<>();
        for (Locale locale : new Locale[]{Texts.INDONESIAN, Texts.ENGLISH}) {
            RadioMenuItem r = new RadioMenuItem(t.get("lang." + locale.getLanguage()));
            r.setId("menu-lang-" + locale.getLanguage());
            r.setToggleGroup(languages);
            r.setSelected(t.locale().getLanguage().equals(locale.getLanguage()));
            r.setOnAction(e -> w.language(locale));
            languageItems.add(r);
        }
        m.getItems().addAll(
                item(t, "menu.search", "menu-search", SEARCH, w::focusSearch),
                skim,
                item(t, "menu.fontBigger", "menu-font-bigger", BIGGER, w.readerOptions()::bigger),
                item(t, "menu.fontSmaller", "menu-font-smaller", SMALLER, w.readerOptions()::smaller),
                new SeparatorMenuItem());
        // Flat radio items rather than submenus: one click, and nothing to hover through.
        m.getItems().addAll(themeItems);
        m.getItems().add(new SeparatorMenuItem());
        m.getItems().addAll(languageItems);
        return m;
    }

    private static Menu help(MainWindow w, Texts t) {
        Menu m = menu(t, "menu.help", "menu-help");
        m.getItems().addAll(
                item(t, "menu.queryHelp", "menu-query-help", null, () -> w.inform("help.queryTitle", "help.query")),
                item(t, "menu.keys", "menu-keys", null, () -> w.inform("help.keysTitle", "help.keys")));
        return m;
    }

    private static Menu menu(Texts t, String key, String id) {
        Menu m = new Menu(t.get(key));
        m.setId(id);
        return m;
    }

    private static MenuItem item(Texts t, String key, String id, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(t.get(key));
        item.setId(id);
        if (keys != null) item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }
}
