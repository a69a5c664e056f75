package org.dianmifeng.console.core;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Writes and reads the audit log. Services call {@link #record} inside their own transaction, so a
 * change and its audit line are saved together or not at all.
 */
public final class Audit {
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private final Database db;
    private final Clock clock;

    public Audit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(DSLContext trx, Session who, AuditAction action, String entity, Long entityId,
                       String summary, Auditable before, Auditable after) {
        AuditStore store = new AuditStore(trx);
        insert(store, who, action, entity, entityId, summary, before, after, store::nameOf);
    }

    /**
     * A log of many changes in one transaction that renames none of the records they point at (an import: 20,000
     * people of a few units): each such record's name is looked up once for the whole batch, and every line is
     * written as {@link #record} writes it.
     */
    public Batch batch(DSLContext trx, Session who) {
        return new Batch(new AuditStore(trx), who);
    }

    /** See {@link #batch}. */
    public final class Batch {
        private final AuditStore store;
        private final Session who;
        private final Map<String, String> names = new HashMap<>();

        private Batch(AuditStore store, Session who) {
            this.store = store;
            this.who = who;
        }

        public void record(AuditAction action, String entity, Long entityId, String summary, Auditable before,
                           Auditable after) {
            insert(store, who, action, entity, entityId, summary, before, after,
                    (field, id) -> names.computeIfAbsent(field + "=" + id, k -> store.nameOf(field, id)));
        }
    }

    private void insert(AuditStore store, Session who, AuditAction action, String entity, Long entityId,
                        String summary, Auditable before, Auditable after, BiFunction<String, Long, String> names) {
        store.insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), null, action, entity, entityId,
                summary, named(before, names), named(after, names)));
    }

    /** The record's audit text with each id that points at a named record followed by that name, as it is now. */
    private static String named(Auditable record, BiFunction<String, Long, String> names) {
        if (record == null) {
            return null;
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Map.Entry<String, String> f : AuditTexts.parse(record.auditText())) {
            String name = ID.matcher(f.getValue()).matches() ? names.apply(f.getKey(), Long.parseLong(f.getValue())) : null;
            fields.add(name == null || name.isBlank() ? f : Map.entry(f.getKey(), f.getValue() + " " + name.strip()));
        }
        return AuditTexts.join(fields);
    }

    /** Records, in a transaction of its own, an action on no row of a table (a backup, a restore): {@code summary} names it. */
    public void recordEvent(Session who, AuditAction action, String entity, String summary, String before, String after) {
        db.logTransaction(dsl -> {
            new AuditStore(dsl).insert(new AuditEntry(null, LocalDateTime.now(clock), who.username(), null, action,
                    entity, null, summary, before, after));
            return null;
        });
    }

    /** The log as the administrator sees it, newest first. */
    public List<AuditEntry> find(Session who, AuditFilter filter) {
        who.require(Permission.AUDIT_VIEW);
        return db.read(dsl -> new AuditStore(dsl).find(filter));
    }
}
