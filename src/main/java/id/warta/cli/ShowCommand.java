package id.warta.cli;

import id.warta.model.Article;
import id.warta.model.Quote;
import id.warta.model.Section;
import id.warta.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code warta show [--db F] [--json] ID}: one stored article. */
@Command(name = "show", description = "Show one stored article.")
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Option(names = "--json", description = "Print the article as JSON (the same fields as parse --json).")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The article id (as list and search print it).")
    String id;

    @Override
    public Integer call() {
        try (Library lib = library.openForReading(spec.commandLine().getErr())) {
            Optional<Article> article = lib.find(id.strip());
            if (article.isEmpty()) {
                spec.commandLine().getErr().println(id + ": no such article in " + lib.file());
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(Json.write(article.get()));
            else print(article.get(), out);
            return 0;
        }
    }

    private static void print(Article a, PrintWriter out) {
        out.println(Text.orDash(a.headline()));
        out.println(String.join(" · ", Text.orDash(a.source()), Text.orDash(a.dateline()), Text.orDash(a.published())));
        if (a.url() != null) out.println(a.url());
        if (a.caption() != null) out.println("[" + a.caption() + "]");
        if (!a.summary().isBlank()) out.println("\nRingkasan: " + a.summary());
        for (Section s : a.sections()) {
            out.println();
            if (s.heading() != null) out.println("## " + s.heading());
            for (String p : s.paragraphs()) out.println(p + "\n");
        }
        for (Quote q : a.quotes()) out.println("Kutipan: “" + q.text() + "” — " + Text.orDash(q.speaker()));
        names(out, "Tokoh", a.people());
        names(out, "Tempat", a.places());
        names(out, "Organisasi", a.organizations());
    }

    private static void names(PrintWriter out, String label, List<String> names) {
        if (!names.isEmpty()) out.println(label + ": " + String.join(", ", names));
    }
}
