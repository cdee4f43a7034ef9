package id.warta.cli;

import id.warta.store.Library;
import id.warta.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code warta search [--db F] [--json] QUERY}: best matches first, each with a snippet. */
@Command(name = "search", description = {"Search the library; best matches first.",
        "Words, \"phrases\", AND, OR, -exclusion, (parentheses), person:, place:, org:, source:, quoted:,"
                + " after:YYYY-MM-DD, before:YYYY-MM-DD. See docs/search.md."})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results (default ${DEFAULT-VALUE}).")
    int limit = 20;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are joined with spaces.")
    List<String> query;

    @Override
    public Integer call() {
        try (Library lib = library.openForReading(spec.commandLine().getErr())) {
            List<SearchHit> hits = lib.search(String.join(" ", query), Math.max(1, limit));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(hits));
            } else {
                for (SearchHit h : hits) {
                    out.println(String.join("  ", h.id(), String.format(Locale.ROOT, "%.3f", h.score()),
                            Text.day(h.published()), Text.orDash(h.source()), Text.orDash(h.headline())));
                    out.println("    " + h.snippet().replaceAll("\\s+", " "));
                }
            }
            return 0;
        }
    }
}
