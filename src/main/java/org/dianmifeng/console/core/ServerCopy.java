package org.dianmifeng.console.core;

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
     * Copies {@code from} (the embedded database, where {@code who} signed in) into {@code to} (an empty server
     * database) and records the copy in the server's audit log.
     */
    public static List<TableCopy> copy(Session who, Database from, Database to, Clock clock, Progress progress) {
        who.require(Permission.BACKUP_MANAGE);
        if (from.onServer() || !to.onServer()) {
            throw new IllegalArgumentException("a copy goes from the embedded database to a server");
        }
        List<Table<?>> tables = CopyStore.tablesInOrder();
        // what the embedded database holds, read before (nobody else has it open: the command holds its lock)
        List<TableCopy> source = from.read(dsl -> {
            CopyStore store = new CopyStore(dsl);
            List<TableCopy> out = new ArrayList<>();
            for (Table<?> t : tables) {
                progress.checkCancelled();
                out.add(new TableCopy(t.getName(), store.count(t), store.checksum(t)));
            }
            return out;
        });
        long total = source.stream().mapToLong(TableCopy::rows).sum();
        long[] done = {0};
        progress.update(0, total);
        to.transaction(server -> {
            CopyStore target = new CopyStore(server);
            for (Table<?> t : tables) {
                long there = target.count(t);
                if (there > 0) {
                    throw new ConsoleException("error.copy.notEmpty", to.serverUrl(), t.getName(), there);
                }
            }
            from.read(dsl -> {
                CopyStore store = new CopyStore(dsl);
                for (Table<?> t : tables) {
                    store.copyTo(t, target, n -> {
                        progress.checkCancelled();
                        done[0] += n;
                        progress.update(done[0], total);
                    });
                    target.continueIdentities(t);
                }
                return null;
            });
            for (TableCopy s : source) {
                Table<?> t = tables.get(source.indexOf(s));
                long rows = target.count(t);
                String checksum = target.checksum(t);
                if (rows != s.rows() || !checksum.equals(s.checksum())) {
                    throw new ConsoleException("error.copy.differs", s.table(), s.rows(), rows);
                }
            }
            return null;
        });
        new Audit(to, clock).recordEvent(who, AuditAction.COPY, ENTITY, from.file().toString(), null,
                Auditable.fields("tables", source.size(), "rows", total));
        return source;
    }
}
