package id.warta.app;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The one thread that talks to the library. SQLite serves one writer at a time, so every
 * database and parsing job runs here, in order, as a {@link Task}; results come back on the
 * FX thread. {@link #pendingProperty()} lets tests and the status bar know when it is idle.
 */
public final class LibraryWorker {
    private final ExecutorService thread;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);
    private Consumer<Throwable> failures = e -> { };

    public LibraryWorker() {
        this("warta-library");
    }

    /** A worker on its own thread, for read-only work that must not queue behind the library thread's. */
    public LibraryWorker(String name) {
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void onFailure(Consumer<Throwable> handler) {
        this.failures = handler;
    }

    public <T> Task<T> submit(Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return run(task, onSuccess);
    }

    /** Runs a task built by the caller (one that reports progress), then hands its value to {@code onSuccess}. */
    public <T> Task<T> run(Task<T> task, Consumer<T> onSuccess) {
        // The window may still ask for a page while it closes; the library is going, so is the answer.
        if (thread.isShutdown()) return task;
        changePending(+1);
        task.setOnSucceeded(e -> {
            changePending(-1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            changePending(-1);
            failures.accept(task.getException());
        });
        task.setOnCancelled(e -> changePending(-1));
        thread.execute(task);
        return task;
    }

    private void changePending(int delta) {
        if (Platform.isFxApplicationThread()) pending.set(pending.get() + delta);
        else Platform.runLater(() -> pending.set(pending.get() + delta));
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public void shutdown(Runnable last) {
        thread.execute(last);
        thread.shutdown();
    }
}
