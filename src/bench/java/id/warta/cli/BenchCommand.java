package id.warta.cli;

import id.warta.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code warta bench [--articles N] [--db F]}: the performance benchmark against the targets of issue 8. */
@Command(name = "bench", description = "Benchmark: generate N articles, ingest, search, list; print figures against the targets.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Plain-text articles to generate and ingest (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "-1",
            description = "Web pages (about 60 KB) to ingest into a second library; default: as many as articles, at most 10,000.")
    int pages;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Parsing threads (default: one per core).")
    int threads;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "warta-bench.db",
            description = "New library file to build (must not exist); the pages go to FILE-pages.db beside it.")
    Path db;

    @Override
    public Integer call() throws Exception {
        if (articles < 1) throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
        Path pageDb = db.resolveSibling(db.getFileName().toString().replaceFirst("\\.db$", "") + "-pages.db");
        for (Path p : new Path[]{db, pageDb}) {
            // Never overwrite: the path may be someone's real library.
            if (Files.exists(p)) throw new ParameterException(spec.commandLine(), p + ": already exists; give a new file");
        }
        int pageCount = pages >= 0 ? pages : Math.min(articles, 10_000);
        int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        new Bench(articles, pageCount, threadCount, db.toAbsolutePath(), spec.commandLine().getOut()).run();
        return 0;
    }
}
