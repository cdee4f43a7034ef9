package id.warta.cli;

import id.warta.store.ArticleEntry;
import id.warta.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code warta list [--db F] [--json]}: every stored article, newest first. */
@Command(name = "list", description = "List the stored articles, newest first.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openForReading(spec.commandLine().getErr())) {
            List<ArticleEntry> entries = lib.list();
            if (json) {
                out.println(Json.write(entries));
            } else {
                for (ArticleEntry e : entries) {
                    out.println(String.join("  ", e.id(), Text.day(e.published()), Text.orDash(e.source()),
                            Text.orDash(e.headline())));
                }
            }
            return 0;
        }
    }
}
