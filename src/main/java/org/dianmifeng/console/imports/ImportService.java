package org.dianmifeng.console.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.report.ListExport;
import org.jooq.DSLContext;

/**
 * Imports of the registers from the office's own sheets, of every {@link ImportKind kind} the one way: a preview that
 * changes nothing, then the import itself (a backup first, then one transaction that writes every row or none, or, as
 * the user's explicit choice, only the valid ones), each kept in a history with an undo. A kind needs the permission
 * of its form ({@link ImportKind#permission()}), and so do the imports of that kind in the history and their undo (a
 * team leader: rosters of their own team's activities, see {@link RosterRows}). Every record added or changed is audited as its form audits it, and the import as one entry with its counts.
 */
public final class ImportService {
    static final String ENTITY = "IMPORT";
    /** How many rows are looked up in the register at once. */
    private static final int LOOKUP = 1000;
    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final BackupService backups;

    public ImportService(Database db, Audit audit, Clock clock, BackupService backups) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.backups = backups;
    }

    /** What importing the file would do, row by row; writes nothing. */
    public ImportPlan preview(Session who, ImportKind kind, Path file, ImportOptions options, Progress progress) {
        who.require(kind.permission());
        String checksum = checksum(file);
        return db.read(dsl -> plan(dsl, who, kind, file, checksum, options, progress));
    }

    /** {@link #preview(Session, ImportKind, Path, ImportOptions, Progress)} of people. */
    public ImportPlan preview(Session who, Path file, ImportOptions options, Progress progress) {
        return preview(who, ImportKind.PEOPLE, file, options, progress);
    }

    /**
     * Imports the file: refused, writing nothing, while any row is in error (unless only valid rows were asked for);
     * a backup is taken first; the rows are read and checked again inside the one transaction that writes them.
     */
    public ImportRecord run(Session who, ImportKind kind, Path file, ImportOptions options, Progress progress) {
        who.require(kind.permission());
        String checksum = checksum(file);
        ImportPlan first = db.read(dsl -> plan(dsl, who, kind, file, checksum, options, progress));
        refuseErrors(first, options);
        backups.beforeImport(who, Progress.NONE);
        return db.transaction(dsl -> {
            ImportPlan plan = plan(dsl, who, kind, file, checksum, options, progress);
            refuseErrors(plan, options);
            return write(dsl, who, plan, progress);
        });
    }

    /** {@link #run(Session, ImportKind, Path, ImportOptions, Progress)} of people. */
    public ImportRecord run(Session who, Path file, ImportOptions options, Progress progress) {
        return run(who, ImportKind.PEOPLE, file, options, progress);
    }

    private static void refuseErrors(ImportPlan plan, ImportOptions options) {
        List<RowError> errors = plan.errors();
        if (!errors.isEmpty() && !options.validRowsOnly()) {
            RowError e = errors.get(0);
            throw new ConsoleException("error.import.rowsInError", plan.count(RowStatus.ERROR), e.row(),
                    e.column() == null ? "" : e.column());
        }
    }

    /** Every import of the kinds the user may import, newest first. */
    public List<ImportRecord> history(Session who) {
        if (ImportKind.allowed(who).isEmpty()) {
            throw new AccessDeniedException(ImportKind.PEOPLE.permission());
        }
        return db.read(dsl -> new ImportStore(dsl).all()).stream().filter(r -> who.can(r.kind().permission()))
                .toList();
    }

    /**
     * Undoes an import: the records it added are removed and the fields it changed restored, in one transaction, the
     * last change first. Refused as a whole, naming the records, where later work depends on them: a record changed
     * since, or one it added that other records now use (as each kind's rules say).
     */
    public ImportRecord undo(Session who, long importId) {
        return db.transaction(dsl -> {
            ImportStore store = new ImportStore(dsl);
            ImportRecord run = store.byId(importId).orElseThrow(() -> new ConsoleException("error.import.gone"));
            if (run.undone()) {
                throw new ConsoleException("error.import.alreadyUndone", run.fileName(), run.undoneBy());
            }
            who.require(run.kind().permission());
            KindRules rules = rules(new ImportContext(dsl, audit, who, LocalDateTime.now(clock), null, null), run.kind());
            List<ImportStore.Change> changes = new ArrayList<>(store.changes(importId));
            java.util.Collections.reverse(changes);
            List<String> blocked = new ArrayList<>();
            for (ImportStore.Change c : changes) {
                rules.undoBlocked(c, changes).ifPresent(blocked::add);
            }
            if (!blocked.isEmpty()) {
                throw new ConsoleException("error.import.undoBlocked", blocked.size(),
                        String.join("、", blocked.stream().distinct().limit(5).toList()));
            }
            for (ImportStore.Change c : changes) {
                rules.undo(who, c);
            }
            store.markUndone(importId, LocalDateTime.now(clock), who.username());
            audit.record(dsl, who, AuditAction.UNDO_IMPORT, ENTITY, importId, run.fileName(), counts(run), null);
            return store.byId(importId).orElseThrow();
        });
    }

    /** The rules of a kind of import in a read or transaction. */
    private static KindRules rules(ImportContext ctx, ImportKind kind) {
        return switch (kind) {
            case PEOPLE -> new PeopleRows(ctx);
            case TEAM_MEMBERS -> new TeamMemberRows(ctx);
            case PARTY_MEMBERS -> new PartyMemberRows(ctx);
            case HONOURS -> new HonourRows(ctx);
            case ACTIVITY_ROSTER -> new RosterRows(ctx);
        };
    }

    /**
     * Writes the error report: the file's rows as read, under its headers, with a last column saying what is wrong
     * with each row in error, so the office corrects its sheet and imports it again.
     */
    public void errorReport(Session who, Path file, ImportPlan plan, Path out, Messages m, Progress progress) {
        who.require(plan.mapping().kind().permission());
        Map<Integer, String> byRow = new HashMap<>();
        for (RowError e : plan.errors()) {
            byRow.merge(e.row(), m.text("import.cellError", e.column(m), e.message(m)), (a, b) -> a + "；" + b);
        }
        List<List<String>> rows = new ArrayList<>();
        int headerRow = plan.mapping().headerRow();
        SheetReader.read(file, (number, cells) -> {
            if (number > headerRow) {
                List<String> line = new ArrayList<>();
                cells.forEach(c -> line.add(c.text()));
                line.add(0, String.valueOf(number));
                line.add(byRow.getOrDefault(number, ""));
                rows.add(line);
            }
        });
        List<String> headers = plan.mapping().headers();
        int width = headers.size();
        for (List<String> r : rows) {
            width = Math.max(width, r.size() - 2);
        }
        List<ListExport.Column<List<String>>> columns = new ArrayList<>();
        columns.add(new ListExport.Column<>(m.text("import.column.row"), r -> r.get(0)));
        for (int c = 0; c < width; c++) {
            int index = c + 1;
            String header = c < headers.size() ? headers.get(c) : "";
            columns.add(new ListExport.Column<>(header, r -> index < r.size() - 1 ? r.get(index) : ""));
        }
        columns.add(new ListExport.Column<>(m.text("import.column.errors"), r -> r.get(r.size() - 1)));
        try {
            ListExport.write(out, m.text("import.errorReport.title", plan.fileName()), columns, rows, progress);
        } catch (IOException e) {
            throw org.dianmifeng.console.report.ReportFile.writeFailed(out, e);
        }
    }

    /** Writes the template of a kind of import to {@code out}, in the user's language (see {@link ImportTemplate}). */
    public void template(Session who, ImportKind kind, Path out, Messages m, Progress progress) {
        who.require(kind.permission());
        ImportTemplate.Content content = db.read(dsl -> ImportTemplate.content(dsl, who, kind, m, LocalDate.now(clock)));
        ImportTemplate.write(out, kind, m, content, progress);
    }

    /** The template of an import of people. */
    public void template(Session who, Path out, Messages m, Progress progress) {
        template(who, ImportKind.PEOPLE, out, m, progress);
    }

    /** The SHA-256 checksum of a file, in hex: the history knows a file imported before by it. */
    public static String checksum(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConsoleException("error.import.noFile", file);
        } catch (IOException e) {
            throw new ConsoleException("error.import.unreadable", e, file.getFileName());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks the whole file against the register as {@code dsl} sees it. */
    private ImportPlan plan(DSLContext dsl, Session who, ImportKind kind, Path file, String checksum,
                            ImportOptions options, Progress progress) {
        List<ImportRow> rows = new ArrayList<>();
        Planner planner = new Planner(dsl, who, kind, options, LocalDateTime.now(clock), rows, progress);
        SheetReader.Read read = SheetReader.read(file, planner::row);
        planner.flush();
        if (planner.mapping == null) {
            throw new ConsoleException(planner.seenRows == 0 ? "error.import.noRows" : "error.import.noHeader",
                    file.getFileName(), ColumnMapping.HEADER_SEARCH_ROWS);
        }
        if (rows.isEmpty()) {
            throw new ConsoleException("error.import.noRows", file.getFileName(), ColumnMapping.HEADER_SEARCH_ROWS);
        }
        return new ImportPlan(file.getFileName().toString(), checksum, read.sheetName(), read.sheets(), planner.mapping,
                options, rows, new ImportStore(dsl).latestOf(checksum));
    }

    /** Receives the file's rows: finds the header row, reads each row below and decides it a batch at a time. */
    private final class Planner {
        private final DSLContext dsl;
        private final Session who;
        private final ImportKind kind;
        private final ImportOptions options;
        private final LocalDateTime now;
        private final List<ImportRow> rows;
        private final Progress progress;
        private final List<ImportRow> pending = new ArrayList<>();
        ColumnMapping mapping;
        KindRules rules;
        int seenRows;

        Planner(DSLContext dsl, Session who, ImportKind kind, ImportOptions options, LocalDateTime now,
                List<ImportRow> rows, Progress progress) {
            this.dsl = dsl;
            this.who = who;
            this.kind = kind;
            this.options = options;
            this.now = now;
            this.rows = rows;
            this.progress = progress;
        }

        void row(int number, List<SheetCell> cells) {
            if (cells.stream().allMatch(SheetCell::blank)) {
                return;
            }
            seenRows++;
            if (mapping == null) {
                findHeader(number, cells);
                return;
            }
            pending.add(rules.parse(number, cells));
            if (pending.size() >= LOOKUP) {
                flush();
            }
        }

        private void findHeader(int number, List<SheetCell> cells) {
            ColumnMapping given = options.mapping();
            if (given != null) {
                if (number == given.headerRow()) {
                    start(given);
                }
                return;
            }
            if (seenRows <= ColumnMapping.HEADER_SEARCH_ROWS) {
                ColumnMapping.of(kind, number, cells).ifPresent(this::start);
            }
        }

        private void start(ColumnMapping found) {
            ColumnMapping chosen = options.mapping() != null ? found
                    : new SettingStore(dsl).get(found.memoryKey()).map(found::withColumnsText).orElse(found);
            chosen.requireColumns();
            mapping = chosen;
            rules = rules(new ImportContext(dsl, audit, who, now, chosen, options), kind);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            progress.checkCancelled();
            rows.addAll(rules.decide(pending, options.policy()));
            pending.clear();
            progress.update(rows.size(), 0);
        }
    }

    private ImportRecord write(DSLContext dsl, Session who, ImportPlan plan, Progress progress) {
        KindRules rules = rules(new ImportContext(dsl, audit, who, LocalDateTime.now(clock), plan.mapping(),
                plan.options()), plan.mapping().kind());
        List<ImportStore.Change> changes = rules.write(who, plan.rows(), progress);
        ImportRecord record = new ImportRecord(null, plan.mapping().kind(), who.username(), LocalDateTime.now(clock),
                plan.fileName(), plan.checksum(), plan.rows().size(), plan.count(RowStatus.NEW),
                plan.count(RowStatus.UPDATE), plan.count(RowStatus.UNCHANGED),
                plan.count(RowStatus.SKIPPED) + plan.count(RowStatus.TO_CONFIRM),
                plan.count(RowStatus.ERROR), null, null);
        ImportStore store = new ImportStore(dsl);
        long id = store.insert(record);
        store.insertChanges(id, changes);
        // the columns as imported are remembered for the next file with the same headers
        new SettingStore(dsl).put(plan.mapping().memoryKey(), plan.mapping().columnsText());
        audit.record(dsl, who, AuditAction.IMPORT, ENTITY, id, plan.fileName(), null, counts(record));
        return store.byId(id).orElseThrow();
    }

    /** The counts of an import as the audit log shows them. */
    private static Auditable counts(ImportRecord r) {
        String text = org.dianmifeng.console.core.AuditTexts.join(List.of(
                Map.entry("importFile", r.fileName()), Map.entry("importRows", String.valueOf(r.rows())),
                Map.entry("importAdded", String.valueOf(r.added())), Map.entry("importUpdated", String.valueOf(r.updated())),
                Map.entry("importUnchanged", String.valueOf(r.unchanged())),
                Map.entry("importSkipped", String.valueOf(r.skipped())), Map.entry("importFailed", String.valueOf(r.failed()))));
        return () -> text;
    }
}
