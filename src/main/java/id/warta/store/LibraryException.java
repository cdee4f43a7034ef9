package id.warta.store;

/**
 * The library cannot be opened or used. The message is one line for the user and names the
 * database file and the reason ("/tmp/x.db: not an SQLite database"), never a stack trace.
 */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
