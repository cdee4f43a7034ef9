package id.warta.app;

import id.warta.store.LibraryLocation;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app. {@code id.warta.Main} starts it with no arguments or with {@code --db FILE}. */
public final class WartaApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(WartaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        LinkOpener.use(getHostServices());
        MainWindow.show(stage, () -> StoreCatalogue.open(options.database(LibraryLocation.ofSystem())), Settings.forUser());
    }
}
