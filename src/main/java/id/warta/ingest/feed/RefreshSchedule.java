package id.warta.ingest.feed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes every feed at once and then every so often (30 minutes unless the reader changes it), on one
 * background thread. A round starts only after the last one ended, so rounds never overlap; closing the
 * schedule stops the round in hand after its current item (what is stored stays; the next refresh does the
 * rest).
 */
public final class RefreshSchedule implements AutoCloseable {
    /** The app's settings key for the interval, in minutes (read by the app; the sidebar adds the control). */
    public static final String SETTINGS_KEY = "feeds.refreshMinutes";
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(30);

    private final ScheduledExecutorService timer;

    private RefreshSchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static RefreshSchedule start(Subscriptions feeds, Duration every, RefreshProgress progress) {
        if (every.isNegative() || every.isZero()) throw new IllegalArgumentException("the interval must be positive: " + every);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warta-feed-schedule");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> round(feeds, progress), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return new RefreshSchedule(timer);
    }

    /** One round; a failure must not end the schedule (a thrown exception would cancel every later round). */
    private static void round(Subscriptions feeds, RefreshProgress progress) {
        try {
            feeds.refreshAll(progress);
        } catch (RuntimeException e) {
            progress.roundFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
