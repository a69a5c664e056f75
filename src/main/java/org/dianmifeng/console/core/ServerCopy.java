package org.dianmifeng.console.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Table;

/**
 * Moves an office onto the company's server: copies the embedded database into an empty server database, every
 * table in one transaction on the server, and checks before committing that each table there has the same number of
 * rows and the same checksum ({@link CopyStore#checksum}) as here. A server database that already holds a row is
 * refused before anything is written; a difference, a failure or a cancel rolls the server back to empty. The embedded
 * database is only read.
 */
public final class ServerCopy {
    static final String ENTITY = "DATABASE";

    /** One table copied: its name, its rows and the checksum both databases gave. */
    public record TableCopy(String table, long rows, String checksum) {
    }

    private ServerCopy() {
    }

    /**
     * Opens the server database named by {@code login} (its schema made or upgraded first, as at a console's first
     * connection) and checks that it holds no row: the administrator's screen does this before it offers the copy.
     * Returns how many tables will be copied.
     *
     * @throws ConsoleException {@code error.copy.notEmpty} naming a table that holds rows; {@code error.server.connect}
     *                          or {@code error.server.password} when the server cannot be reached or refuses the login
     */
    public static int checkTarget(Session who, Path dataDir, ServerLogin login) {
        who.require(Permission.BACKUP_MANAGE);
        try (Database to = Database.onServer(dataDir, login, Database.MIGRATIONS)) {
            to.read(server -> {
                refuseNotEmpty(to, new CopyStore(server));
                return null;
            });
        }
        return CopyStore.tablesInOrder().size();
    }

    /** {@link #copy(Session, Database, Database, Clock, Progress)} into the server database named by {@code login}. */
    public static List<TableCopy> copy(Session who, Database from, ServerLogin login, Clock clock, Progress progress) {
        who.require(Permission.BACKUP_MANAGE);
        try (Database to = Database.onServer(from.dataDir(), login, Database.MIGRATIONS)) {
            return copy(who, from, to, clock, progress);
        }
    }

    /**
     * Copies {@code from} (the embedded database, where {@code who} signed in) into {@code to} (an empty server
     * database) and records the copy in the server's audit log. The embedded database is read in one snapshot
     * ({@link Database#snapshot}), so that what this console saves meanwhile (the window's other work) is either all
     * in the copy or not at all.
     */
    public static List<TableCopy> copy(Session who, Database from, Database to, Clock clock, Progress progress) {
        who.require(Permission.BACKUP_MANAGE);
        if (from.onServer() || !to.onServer()) {
            throw new IllegalArgumentException("a copy goes from the embedded database to a server");
        }
        List<Table<?>> tables = CopyStore.tablesInOrder();
        List<TableCopy> source = from.snapshot(dsl -> {
            CopyStore store = new CopyStore(dsl);
            List<TableCopy> out = new ArrayList<>();
            for (Table<?> t : tables) {
                progress.checkCancelled();
                out.add(new TableCopy(t.getName(), store.count(t), store.checksum(t)));
            }
            long total = out.stream().mapToLong(TableCopy::rows).sum();
            long[] done = {0};
            progress.update(0, total);
            to.transaction(server -> {
                CopyStore target = new CopyStore(server);
                refuseNotEmpty(to, target);
                for (Table<?> t : tables) {
                    store.copyTo(t, target, n -> {
                        progress.checkCancelled();
                        done[0] += n;
                        progress.update(done[0], total);
                    });
                    target.continueIdentities(t);
                }
                for (TableCopy s : out) {
                    progress.checkCancelled();
                    Table<?> t = tables.get(out.indexOf(s));
                    long rows = target.count(t);
                    String checksum = target.checksum(t);
                    if (rows != s.rows() || !checksum.equals(s.checksum())) {
                        throw new ConsoleException("error.copy.differs", s.table(), s.rows(), rows);
                    }
                }
                return null;
            });
            return out;
        });
        long total = source.stream().mapToLong(TableCopy::rows).sum();
        new Audit(to, clock).recordEvent(who, AuditAction.COPY, ENTITY, from.file().toString(), null,
                Auditable.fields("tables", source.size(), "rows", total));
        return source;
    }

    /** Refuses a server database that holds any row, naming the first table that does. */
    private static void refuseNotEmpty(Database to, CopyStore target) {
        for (Table<?> t : CopyStore.tablesInOrder()) {
            long there = target.count(t);
            if (there > 0) {
                throw new ConsoleException("error.copy.notEmpty", to.serverUrl(), t.getName(), there);
            }
        }
    }
}
