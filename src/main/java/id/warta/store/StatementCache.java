package id.warta.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements kept for the life of the connection: saving one article runs dozens of
 * small statements, and preparing each anew costs more than running it. Callers must not close
 * the statements they get, and must close their result sets. Used under the library's lock only.
 */
final class StatementCache implements AutoCloseable {
    private final Connection db;
    /** Search builds SQL per query shape, so the cache is bounded; the least recently used statement goes. */
    private static final int CAPACITY = 256;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CAPACITY) return false;
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // a statement that will not close is dropped all the same
            }
            return true;
        }
    };

    StatementCache(Connection db) {
        this.db = db;
    }

    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = db.prepareStatement(sql);
            statements.put(sql, statement);
        } else {
            statement.clearParameters();
        }
        return statement;
    }

    /**
     * The rowid the last INSERT on this connection made. Used instead of getGeneratedKeys, which
     * the library turns off: with it on, the driver prepares and runs a fresh
     * "SELECT last_insert_rowid()" after every INSERT, a fifth of the time spent storing.
     */
    long lastInsertRowid() throws SQLException {
        try (ResultSet r = get("SELECT last_insert_rowid()").executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) s.close();
        statements.clear();
    }
}
