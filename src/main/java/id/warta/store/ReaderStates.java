package id.warta.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Per-article reader state: read or unread, starred or not. */
final class ReaderStates {
    private final StatementCache statements;

    ReaderStates(StatementCache statements) {
        this.statements = statements;
    }

    void insert(long doc) throws SQLException {
        {
            PreparedStatement q = statements.get("INSERT OR IGNORE INTO reader_state (doc) VALUES (?)");
            q.setLong(1, doc);
            q.executeUpdate();
        }
    }

    void setRead(long doc, boolean read) throws SQLException {
        set(doc, "read", read);
    }

    void setStarred(long doc, boolean starred) throws SQLException {
        set(doc, "starred", starred);
    }

    private void set(long doc, String column, boolean value) throws SQLException {
        insert(doc);
        // column is one of two constants above, never user text
        {
            PreparedStatement q = statements.get("UPDATE reader_state SET " + column + " = ? WHERE doc = ?");
            q.setInt(1, value ? 1 : 0);
            q.setLong(2, doc);
            q.executeUpdate();
        }
    }
}
