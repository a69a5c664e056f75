package org.dianmifeng.console.imports;

import static org.dianmifeng.console.db.Tables.IMPORT_CHANGE;
import static org.dianmifeng.console.db.Tables.IMPORT_RUN;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.ImportRunRecord;
import org.jooq.DSLContext;

/** Queries of the import history: IMPORT_RUN (one row per import) and IMPORT_CHANGE (each record it added or changed). */
public final class ImportStore {
    /**
     * What an import did to one record of a table: added it, or changed it from {@code before} (the stored text of its
     * fields), leaving it at {@code afterVersion}.
     */
    public record Change(String table, long recordId, String action, String before, int afterVersion) {
        public boolean created() {
            return action.equals(CREATE);
        }
    }

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";

    private final DSLContext dsl;

    public ImportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(ImportRecord r) {
        return dsl.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.KIND, r.kind().name())
                .set(IMPORT_RUN.USERNAME, r.username())
                .set(IMPORT_RUN.IMPORTED_AT, r.importedAt())
                .set(IMPORT_RUN.FILE_NAME, r.fileName())
                .set(IMPORT_RUN.CHECKSUM, r.checksum())
                .set(IMPORT_RUN.ROWS_READ, r.rows())
                .set(IMPORT_RUN.ADDED, r.added())
                .set(IMPORT_RUN.UPDATED, r.updated())
                .set(IMPORT_RUN.UNCHANGED, r.unchanged())
                .set(IMPORT_RUN.SKIPPED, r.skipped())
                .set(IMPORT_RUN.FAILED, r.failed())
                .set(IMPORT_RUN.VERSION, 0)
                .returning(IMPORT_RUN.ID)
                .fetchOne(IMPORT_RUN.ID);
    }

    public void insertChanges(long importId, List<Change> changes) {
        for (int from = 0; from < changes.size(); from += org.dianmifeng.console.core.Batches.SIZE) {
            var batch = dsl.batch(dsl.insertInto(IMPORT_CHANGE, IMPORT_CHANGE.IMPORT_ID, IMPORT_CHANGE.RECORD_ID,
                    IMPORT_CHANGE.ACTION, IMPORT_CHANGE.BEFORE_TEXT, IMPORT_CHANGE.AFTER_VERSION,
                    IMPORT_CHANGE.RECORD_TABLE).values((Long) null, null, null, null, null, null));
            for (Change c : changes.subList(from, Math.min(changes.size(), from + org.dianmifeng.console.core.Batches.SIZE))) {
                batch = batch.bind(importId, c.recordId(), c.action(), c.before(), c.afterVersion(), c.table());
            }
            batch.execute();
        }
    }

    /** Every import, newest first. */
    public List<ImportRecord> all() {
        return dsl.selectFrom(IMPORT_RUN).orderBy(IMPORT_RUN.IMPORTED_AT.desc(), IMPORT_RUN.ID.desc())
                .fetch(ImportStore::toRecord);
    }

    public Optional<ImportRecord> byId(long id) {
        return dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(id)).fetchOptional(ImportStore::toRecord);
    }

    /** The latest import, not undone, of a file with this checksum. */
    public Optional<ImportRecord> latestOf(String checksum) {
        return dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.CHECKSUM.eq(checksum).and(IMPORT_RUN.UNDONE_AT.isNull()))
                .orderBy(IMPORT_RUN.ID.desc()).limit(1).fetchOptional(ImportStore::toRecord);
    }

    public List<Change> changes(long importId) {
        return dsl.selectFrom(IMPORT_CHANGE).where(IMPORT_CHANGE.IMPORT_ID.eq(importId)).orderBy(IMPORT_CHANGE.ID)
                .fetch(r -> new Change(r.getRecordTable(), r.getRecordId(), r.getAction(), r.getBeforeText(), r.getAfterVersion()));
    }

    public void markUndone(long importId, LocalDateTime at, String username) {
        Optimistic.requireUpdated(dsl.update(IMPORT_RUN).set(IMPORT_RUN.UNDONE_AT, at).set(IMPORT_RUN.UNDONE_BY, username)
                .set(IMPORT_RUN.VERSION, IMPORT_RUN.VERSION.plus(1))
                .where(IMPORT_RUN.ID.eq(importId).and(IMPORT_RUN.UNDONE_AT.isNull())).execute());
    }

    /** Whether service hours are recorded for a person in a team: their membership is then used. */
    public boolean hasServiceHours(long teamId, long personId) {
        return dsl.fetchExists(SERVICE_HOURS, SERVICE_HOURS.TEAM_ID.eq(teamId).and(SERVICE_HOURS.PERSON_ID.eq(personId)));
    }

    private static ImportRecord toRecord(ImportRunRecord r) {
        return new ImportRecord(r.getId(), ImportKind.valueOf(r.getKind()), r.getUsername(), r.getImportedAt(), r.getFileName(), r.getChecksum(),
                r.getRowsRead(), r.getAdded(), r.getUpdated(), r.getUnchanged(), r.getSkipped(), r.getFailed(),
                r.getUndoneAt(), r.getUndoneBy());
    }
}
