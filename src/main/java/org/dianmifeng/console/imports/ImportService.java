package org.dianmifeng.console.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
import java.util.Optional;
import java.util.Properties;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;
import org.jooq.DSLContext;

/**
 * Imports of the people register from the office's own sheets: a preview that changes nothing, then the import
 * itself (a backup first, then one transaction that writes every row or none, or, as the user's explicit choice, only
 * the valid ones), each kept in a history with an undo. Administrators and office staff only (they edit people).
 * Every record added or changed is audited as the person form audits it, and the import as one entry with its counts.
 */
public final class ImportService {
    static final String ENTITY = "IMPORT";
    private static final String PERSON = "PERSON";
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
    public ImportPlan preview(Session who, Path file, ImportOptions options, Progress progress) {
        who.require(Permission.PERSON_EDIT);
        String checksum = checksum(file);
        return db.read(dsl -> plan(dsl, file, checksum, options, progress));
    }

    /**
     * Imports the file: refused, writing nothing, while any row is in error (unless only valid rows were asked for);
     * a backup is taken first; the rows are read and checked again inside the one transaction that writes them.
     */
    public ImportRecord run(Session who, Path file, ImportOptions options, Progress progress) {
        who.require(Permission.PERSON_EDIT);
        String checksum = checksum(file);
        ImportPlan first = db.read(dsl -> plan(dsl, file, checksum, options, progress));
        refuseErrors(first, options);
        backups.beforeImport(who, Progress.NONE);
        return db.transaction(dsl -> {
            ImportPlan plan = plan(dsl, file, checksum, options, progress);
            refuseErrors(plan, options);
            return write(dsl, who, plan, progress);
        });
    }

    private static void refuseErrors(ImportPlan plan, ImportOptions options) {
        List<RowError> errors = plan.errors();
        if (!errors.isEmpty() && !options.validRowsOnly()) {
            RowError e = errors.get(0);
            throw new ConsoleException("error.import.rowsInError", plan.count(RowStatus.ERROR), e.row(),
                    e.column() == null ? "" : e.column());
        }
    }

    /** Every import, newest first. */
    public List<ImportRecord> history(Session who) {
        who.require(Permission.PERSON_EDIT);
        return db.read(dsl -> new ImportStore(dsl).all());
    }

    /**
     * Undoes an import: the people it added are removed and the fields it changed restored, in one transaction.
     * Refused as a whole, naming the people, where later work depends on them: a person changed since, or one it
     * added who is now in a team, a party member or honoured.
     */
    public ImportRecord undo(Session who, long importId) {
        who.require(Permission.PERSON_EDIT);
        return db.transaction(dsl -> {
            ImportStore store = new ImportStore(dsl);
            ImportRecord run = store.byId(importId).orElseThrow(() -> new ConsoleException("error.import.gone"));
            if (run.undone()) {
                throw new ConsoleException("error.import.alreadyUndone", run.fileName(), run.undoneBy());
            }
            PersonStore people = new PersonStore(dsl);
            List<ImportStore.Change> changes = store.changes(importId);
            List<String> blocked = new ArrayList<>();
            for (ImportStore.Change c : changes) {
                Optional<Person> now = people.byId(c.recordId());
                if (now.isEmpty()) {
                    continue;
                }
                Person p = now.get();
                if (p.version() != c.afterVersion()) {
                    blocked.add(p.name());
                } else if (c.action().equals("CREATE") && people.references(p.id()).any()) {
                    blocked.add(p.name());
                }
            }
            if (!blocked.isEmpty()) {
                throw new ConsoleException("error.import.undoBlocked", blocked.size(),
                        String.join("、", blocked.stream().limit(5).toList()));
            }
            for (ImportStore.Change c : changes) {
                Optional<Person> now = people.byId(c.recordId());
                if (now.isEmpty()) {
                    continue;
                }
                Person p = now.get();
                if (c.action().equals("CREATE")) {
                    people.delete(p.id(), p.version());
                    audit.record(dsl, who, AuditAction.DELETE, PERSON, p.id(), p.name(), p, null);
                } else {
                    Person restored = fromText(c.before(), p.id(), p.version());
                    Person saved = people.update(restored);
                    audit.record(dsl, who, AuditAction.UPDATE, PERSON, p.id(), p.name(), p, saved);
                }
            }
            store.markUndone(importId, LocalDateTime.now(clock), who.username());
            audit.record(dsl, who, AuditAction.UNDO_IMPORT, ENTITY, importId, run.fileName(), counts(run), null);
            return store.byId(importId).orElseThrow();
        });
    }

    /**
     * Writes the error report: the file's rows as read, under its headers, with a last column saying what is wrong
     * with each row in error, so the office corrects its sheet and imports it again.
     */
    public void errorReport(Session who, Path file, ImportPlan plan, Path out, Messages m, Progress progress) {
        who.require(Permission.PERSON_EDIT);
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

    /** Writes the template of an import of people to {@code out}, in the user's language (see {@link PeopleTemplate}). */
    public void template(Session who, Path out, Messages m, Progress progress) {
        who.require(Permission.PERSON_EDIT);
        List<Unit> units = db.read(dsl -> new UnitStore(dsl).all());
        PeopleTemplate.write(out, m, units, LocalDate.now(clock), progress);
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
    private ImportPlan plan(DSLContext dsl, Path file, String checksum, ImportOptions options, Progress progress) {
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : new UnitStore(dsl).all()) {
            for (String key : PeopleRows.unitKeys(u)) {
                units.putIfAbsent(key, u);
            }
        }
        LocalDate today = LocalDate.now(clock);
        PersonStore people = new PersonStore(dsl);
        List<ImportRow> rows = new ArrayList<>();
        Planner planner = new Planner(options, units, today, people, rows, progress, new SettingStore(dsl));
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
    private static final class Planner {
        private final ImportOptions options;
        private final Map<String, Unit> units;
        private final LocalDate today;
        private final PersonStore people;
        private final List<ImportRow> rows;
        private final Progress progress;
        private final SettingStore settings;
        private final List<PeopleRows.Parsed> pending = new ArrayList<>();
        ColumnMapping mapping;
        PeopleRows rules;
        int seenRows;

        Planner(ImportOptions options, Map<String, Unit> units, LocalDate today, PersonStore people, List<ImportRow> rows,
                Progress progress, SettingStore settings) {
            this.settings = settings;
            this.options = options;
            this.units = units;
            this.today = today;
            this.people = people;
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
                ColumnMapping.of(number, cells).ifPresent(this::start);
            }
        }

        private void start(ColumnMapping found) {
            ColumnMapping chosen = options.mapping() != null ? found
                    : settings.get(found.memoryKey()).map(found::withColumnsText).orElse(found);
            chosen.requireColumns();
            mapping = chosen;
            rules = new PeopleRows(chosen, units, today);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            progress.checkCancelled();
            List<String> ids = pending.stream().map(p -> p.person().idNumber()).filter(id -> id != null).toList();
            Map<String, Person> stored = people.byIdNumbers(ids);
            for (PeopleRows.Parsed p : pending) {
                rows.add(rules.decide(p, p.person().idNumber() == null ? null : stored.get(p.person().idNumber()),
                        options.policy()));
            }
            pending.clear();
            progress.update(rows.size(), 0);
        }
    }

    private ImportRecord write(DSLContext dsl, Session who, ImportPlan plan, Progress progress) {
        PersonStore people = new PersonStore(dsl);
        List<Person> added = plan.rows().stream().filter(r -> r.status() == RowStatus.NEW).map(ImportRow::person).toList();
        List<ImportStore.Change> changes = new ArrayList<>();
        List<Long> ids = added.isEmpty() ? List.of() : people.insertBatch(added);
        for (int i = 0; i < added.size(); i++) {
            Person p = added.get(i);
            audit.record(dsl, who, AuditAction.CREATE, PERSON, ids.get(i), p.name(), null, p);
            changes.add(new ImportStore.Change(ids.get(i), "CREATE", null, 0));
        }
        int done = 0;
        for (ImportRow r : plan.rows()) {
            if (r.status() != RowStatus.UPDATE) {
                continue;
            }
            if (++done % 500 == 0) {
                progress.checkCancelled();
            }
            Person saved = people.update(r.person());
            audit.record(dsl, who, AuditAction.UPDATE, PERSON, saved.id(), saved.name(), r.stored(), saved);
            changes.add(new ImportStore.Change(saved.id(), "UPDATE", toText(r.stored()), saved.version()));
        }
        ImportRecord record = new ImportRecord(null, who.username(), LocalDateTime.now(clock), plan.fileName(),
                plan.checksum(), plan.rows().size(), plan.count(RowStatus.NEW), plan.count(RowStatus.UPDATE),
                plan.count(RowStatus.UNCHANGED), plan.count(RowStatus.SKIPPED), plan.count(RowStatus.ERROR), null, null);
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

    /** A person's fields in clear, as kept for undo (in the encrypted database, as the person table keeps them). */
    static String toText(Person p) {
        Properties props = new Properties();
        put(props, "name", p.name());
        put(props, "gender", p.gender());
        put(props, "birthDate", p.birthDate());
        put(props, "idNumber", p.idNumber());
        put(props, "mobile", p.mobile());
        put(props, "unitId", p.unitId());
        put(props, "employeeNo", p.employeeNo());
        put(props, "politicalStatus", p.politicalStatus());
        put(props, "volunteerNo", p.volunteerNo());
        put(props, "skills", p.skills());
        put(props, "notes", p.notes());
        StringWriter w = new StringWriter();
        try {
            props.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void put(Properties props, String key, Object value) {
        if (value != null) {
            props.setProperty(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }

    static Person fromText(String text, long id, int version) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Person(id, p.getProperty("name"), Gender.valueOf(p.getProperty("gender")),
                LocalDate.parse(p.getProperty("birthDate")), p.getProperty("idNumber"), p.getProperty("mobile"),
                Long.valueOf(p.getProperty("unitId")), p.getProperty("employeeNo"),
                PoliticalStatus.valueOf(p.getProperty("politicalStatus")), p.getProperty("volunteerNo"),
                p.getProperty("skills"), p.getProperty("notes"), version);
    }
}
