package id.warta.ingest.feed;

/**
 * Told how a refresh goes, for a progress bar. Called from the refresh's worker threads (two feeds are
 * refreshed at once), so an app hands each call to its own UI thread.
 */
public interface RefreshProgress {
    RefreshProgress NONE = new RefreshProgress() {
    };

    /** The refresh of {@code feedUrl} has begun. */
    default void started(String feedUrl) {
    }

    /** {@code done} of the feed's {@code items} items have been handled. */
    default void item(String feedUrl, int done, int items) {
    }

    /** The feed is done; {@code finished} of the round's {@code feeds} feeds are. */
    default void finished(FeedResult result, int finished, int feeds) {
    }

    /** A scheduled round failed as a whole (the library could not be read); the schedule goes on. */
    default void roundFailed(String reason) {
    }
}
