package id.warta.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. (Minimal window until the desktop work lands.) */
public final class WartaApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(WartaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Warta");
        stage.setScene(new Scene(new Label("Warta"), 800, 600));
        stage.show();
    }
}
