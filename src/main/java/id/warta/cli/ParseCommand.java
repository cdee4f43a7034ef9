package id.warta.cli;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputException;
import id.warta.ingest.InputReader;
import id.warta.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code warta parse --json FILE}: parse one input without storing it and print the article. */
@Command(name = "parse", description = "Parse an article without storing it and print it.")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the article as JSON (the default).")
    boolean json = true;

    @Parameters(paramLabel = "FILE", description = "A plain-text, HTML or JSON file, or an http(s) link.")
    String input;

    @Override
    public Integer call() {
        try {
            Article article = new ArticlePipeline().build(new InputReader().read(input));
            spec.commandLine().getOut().println(Json.write(article));
            return 0;
        } catch (InputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
