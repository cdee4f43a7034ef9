package id.warta.cli;

import id.warta.store.Library;
import id.warta.store.LibraryLocation;
import id.warta.store.SampleLibrary;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code --db FILE} option every library command shares. */
final class LibraryOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The library file (default: $WARTA_DB, else warta.db in the user's data folder).")
    String db;

    Library open() {
        return Library.open(LibraryLocation.ofSystem().prepare(db));
    }

    /** Opens the library, importing the samples in data/ if this is its first start and it is empty. */
    Library openForReading(PrintWriter err) {
        Library library = open();
        SampleLibrary.importIfFirstStart(library).ifPresent(report ->
                err.println("First start: imported the samples into " + library.file() + " (" + report.summary() + ")"));
        return library;
    }
}
