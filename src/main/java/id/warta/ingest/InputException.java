package id.warta.ingest;

/**
 * An input that cannot become an article. The message is one line for the user: it names
 * the input and the reason ("kosong.txt: the file is empty"), never a stack trace.
 */
public class InputException extends Exception {
    public InputException(String input, String reason) {
        super(input + ": " + reason);
    }

    public InputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
    }
}
