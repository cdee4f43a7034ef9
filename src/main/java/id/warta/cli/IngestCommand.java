package id.warta.cli;

import id.warta.ingest.ImportBatch;
import id.warta.store.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code warta ingest [--db F] PATH...}: parse and store files, folders (recursively) and links. */
@Command(name = "ingest", description = "Parse and store articles: files, folders (recursively) and links.")
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or http(s) links.")
    List<String> paths;

    @Override
    public Integer call() {
        try (Library lib = library.open()) {
            ImportBatch.Report report = new ImportBatch().run(paths, lib, null);
            for (ImportBatch.Failure failure : report.failures()) spec.commandLine().getErr().println(failure.line());
            spec.commandLine().getOut().println(report.summary());
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
