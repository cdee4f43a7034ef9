package id.warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code warta bench} where the benchmarks are not on the class path. They are their own source set
 * ({@code src/bench/java}) and ship in {@code target/warta-bench.jar}, not in the app's jar or its
 * installers; there, {@code bench} answers with one line saying where it is instead of picocli's
 * "Unmatched argument".
 */
@Command(name = "bench", hidden = true, description = "Not in this build: see target/warta-bench.jar.")
final class BenchAbsent implements Callable<Integer> {
    /** The real command, compiled from src/bench/java; picocli instantiates it. */
    static final String BENCH_COMMAND = "id.warta.cli.BenchCommand";

    @Spec
    CommandSpec spec;

    /** Whatever bench options were given: the answer is the same. */
    @Unmatched
    List<String> given;

    /** The bench command when its classes are on the class path, else this stand-in. */
    static Object command() {
        try {
            return Class.forName(BENCH_COMMAND);
        } catch (ClassNotFoundException | LinkageError e) {
            return new BenchAbsent();
        }
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("warta bench: the benchmarks are not in this build; build them with"
                + " `mvn -B -DskipTests package` and run `java -jar target/warta-bench.jar bench` (docs/benchmarks.md)");
        return 1;
    }
}
