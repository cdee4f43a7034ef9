package id.warta.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor an ingest is measured against: the same raw text put into a bare FTS5 table (default
 * tokenizer, no other tables) in one transaction, in a throw-away file. Nothing Warta stores can be
 * cheaper than this, so the ratio to it says how much the parsing, entities and index cost on top.
 */
public final class Fts5Floor {
    private Fts5Floor() {
    }

    /** Nanoseconds to insert {@code texts} into a fresh FTS5 table in {@code file} (replaced if present). */
    public static long insert(Path file, Iterable<String> texts) {
        try {
            Files.deleteIfExists(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                    s.execute("CREATE VIRTUAL TABLE raw USING fts5(body)");
                }
                long start = System.nanoTime();
                db.setAutoCommit(false);
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO raw(body) VALUES (?)")) {
                    for (String text : texts) {
                        insert.setString(1, text);
                        insert.executeUpdate();
                    }
                }
                db.commit();
                return System.nanoTime() - start;
            }
        } catch (SQLException | java.io.IOException e) {
            throw new LibraryException(file + ": FTS5 floor failed: " + e.getMessage(), e);
        }
    }
}
