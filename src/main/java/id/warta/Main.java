package id.warta;

import id.warta.app.WartaApp;
import id.warta.cli.WartaCommand;

/**
 * Entry point of target/warta.jar. With no subcommand it opens the desktop app
 * (optionally on {@code --db FILE}); with one it runs the command line.
 * This class must not extend Application: a shaded jar launching an Application subclass
 * directly fails with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (WartaCommand.wantsDesktop(args)) {
            WartaApp.launchWith(args);
        } else {
            System.exit(WartaCommand.run(args));
        }
    }
}
