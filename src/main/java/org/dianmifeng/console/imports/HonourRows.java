package org.dianmifeng.console.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.Honour;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourService;
import org.dianmifeng.console.honour.HonourStore;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamStore;

/**
 * The rules of an import of honours, those of the honour form ({@link Honour#check}, a recipient that exists): the
 * recipient by kind and name (a unit by name or code, a team by name, a person by ID number or by a name only one
 * person in the register has). An honour already recorded is the one with the same certificate number or the same
 * title, year and recipient; the user chooses whether it is skipped, its blank fields filled, or overwritten. Undo
 * removes the honours added and restores those changed, refused for one changed since or given a scanned certificate.
 */
final class HonourRows implements KindRules {
    private static final String TABLE = HonourService.ENTITY;
    /** How many people of one name are looked for to tell that the name is not unique. */
    private static final int SAME_NAME = 20;
    private final ImportContext ctx;
    private final HonourStore honours;
    private final Map<String, Unit> units = new HashMap<>();
    private final TeamStore teams;
    private final PersonStore people;
    private final Map<String, Integer> seen = new HashMap<>();

    HonourRows(ImportContext ctx) {
        this.ctx = ctx;
        this.honours = new HonourStore(ctx.dsl());
        this.teams = new TeamStore(ctx.dsl());
        this.people = new PersonStore(ctx.dsl());
    }

    @Override
    public ImportRow parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        RowValues v = new RowValues(ctx.mapping(), cells, problems);
        String title = v.text(HonourColumn.TITLE);
        HonourLevel level = v.choice(HonourColumn.LEVEL, HonourLevel.class);
        String category = Values.text(v.cell(HonourColumn.CATEGORY).text());
        String awardedBy = v.text(HonourColumn.AWARDED_BY);
        Integer year = v.number(HonourColumn.YEAR);
        var awardedOn = v.date(HonourColumn.AWARDED_ON);
        RecipientKind kind = v.choice(HonourColumn.RECIPIENT_KIND, RecipientKind.class);
        String recipient = v.text(HonourColumn.RECIPIENT);
        Long recipientId = kind == null || recipient == null ? null : recipient(kind, recipient, problems);
        String certificateNo = Values.code(v.cell(HonourColumn.CERTIFICATE_NO).text());
        String notes = Values.text(v.cell(HonourColumn.NOTES).text());
        Honour honour = new Honour(null, title, level, category, awardedBy, year, awardedOn, kind, recipientId,
                certificateNo, notes, null).cleaned();
        for (Problem p : honour.check(ctx.today()).problems()) {
            if (problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                problems.add(p);
            }
        }
        if (problems.isEmpty()) {
            Integer first = certificateNo == null ? null : seen.putIfAbsent("no:" + certificateNo, row);
            Integer same = seen.putIfAbsent(honour.title() + "/" + year + "/" + kind + "/" + recipientId, row);
            if (first != null || same != null) {
                problems.add(Problem.of("honour.title", "error.import.sameAsRow", first != null ? first : same));
            }
        }
        return ImportRow.read(row, new ImportedHonour(recipient, honour), PeopleRows.errors(ctx.mapping(), row, problems));
    }

    /** The id of the recipient a text names, or null with the problem. */
    private Long recipient(RecipientKind kind, String text, List<Problem> problems) {
        switch (kind) {
            case UNIT -> {
                if (units.isEmpty()) {
                    for (Unit u : new UnitStore(ctx.dsl()).all()) {
                        units.putIfAbsent("name:" + u.name(), u);
                        units.putIfAbsent("code:" + Objects.requireNonNullElse(Values.code(u.code()), "")
                                .toUpperCase(Locale.ROOT), u);
                    }
                }
                String code = Objects.requireNonNullElse(Values.code(text), "").toUpperCase(Locale.ROOT);
                Unit u = Optional.ofNullable(units.get("code:" + code)).orElse(units.get("name:" + text));
                if (u != null) {
                    return u.id();
                }
            }
            case TEAM -> {
                Optional<Team> t = teams.byName(text);
                if (t.isPresent()) {
                    return t.get().id();
                }
            }
            case PERSON -> {
                String id = ResidentId.normalize(Values.code(text));
                if (id != null && ResidentId.problem(id, ctx.today()).isEmpty()) {
                    var p = people.byIdNumber(id);
                    if (p.isPresent()) {
                        return p.get().id();
                    }
                } else {
                    List<PersonRef> named = people.search(text, SAME_NAME).stream()
                            .filter(p -> p.name().equals(text)).toList();
                    if (named.size() == 1) {
                        return named.get(0).id();
                    }
                    if (named.size() > 1) {
                        problems.add(Problem.of("honour.recipient", "error.import.recipientAmbiguous", text, named.size()));
                        return null;
                    }
                }
            }
        }
        problems.add(Problem.of("honour.recipient", "error.import.recipientUnknown", kind, text));
        return null;
    }

    @Override
    public List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy) {
        return ImportRow.decideValid(parsed, r -> decide(r, policy));
    }

    private ImportRow decide(ImportRow r, DuplicatePolicy policy) {
        ImportedHonour read = (ImportedHonour) r.record();
        Honour h = read.honour();
        Optional<Honour> stored = (h.certificateNo() == null ? Optional.<Honour>empty()
                : honours.byCertificateNo(h.certificateNo()))
                .or(() -> honours.same(h.title(), h.year(), h.recipientKind(), h.recipientId()));
        if (stored.isEmpty()) {
            return new ImportRow(r.row(), RowStatus.NEW, read, null, List.of());
        }
        Honour s = stored.get();
        ImportedHonour before = new ImportedHonour(read.recipient(), s);
        if (policy == DuplicatePolicy.SKIP) {
            return new ImportRow(r.row(), RowStatus.SKIPPED, before, before, List.of());
        }
        boolean overwrite = policy == DuplicatePolicy.OVERWRITE;
        Honour merged = new Honour(s.id(), pick(s.title(), h.title(), overwrite), pick(s.level(), h.level(), overwrite),
                pick(s.category(), h.category(), overwrite), pick(s.awardedBy(), h.awardedBy(), overwrite),
                pick(s.year(), h.year(), overwrite), pick(s.awardedOn(), h.awardedOn(), overwrite),
                overwrite ? h.recipientKind() : s.recipientKind(), overwrite ? h.recipientId() : s.recipientId(),
                pick(s.certificateNo(), h.certificateNo(), overwrite), pick(s.notes(), h.notes(), overwrite),
                s.version());
        if (merged.equals(s)) {
            return new ImportRow(r.row(), RowStatus.UNCHANGED, before, before, List.of());
        }
        List<Problem> problems = new ArrayList<>(merged.check(ctx.today()).problems());
        honours.same(merged.title(), merged.year(), merged.recipientKind(), merged.recipientId())
                .filter(other -> !other.id().equals(merged.id()))
                .ifPresent(other -> problems.add(Problem.of("honour.title", "error.honour.duplicate", other.title(),
                        String.valueOf(other.year()), read.recipient(), other.level(),
                        other.awardedBy())));
        ImportedHonour value = new ImportedHonour(read.recipient(), merged);
        return problems.isEmpty() ? new ImportRow(r.row(), RowStatus.UPDATE, value, before, List.of())
                : ImportRow.error(ctx.mapping(), r.row(), value, before, problems);
    }

    private static <T> T pick(T stored, T file, boolean overwrite) {
        if (file == null) {
            return stored;
        }
        return overwrite || stored == null ? file : stored;
    }

    @Override
    public List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress) {
        List<ImportStore.Change> changes = new ArrayList<>();
        for (ImportRow r : rows) {
            Honour h = ((ImportedHonour) r.record()).honour();
            if (r.status() == RowStatus.NEW) {
                Honour saved = honours.insert(h);
                ctx.audit().record(ctx.dsl(), who, AuditAction.CREATE, TABLE, saved.id(), saved.summary(), null, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.CREATE, null, saved.version()));
            } else if (r.status() == RowStatus.UPDATE) {
                Honour before = ((ImportedHonour) r.stored()).honour();
                Honour saved = honours.update(h);
                ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, saved.id(), saved.summary(), before, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.UPDATE, toText(before), saved.version()));
            }
        }
        return changes;
    }

    static String toText(Honour h) {
        return UndoText.of("title", h.title(), "level", h.level(), "category", h.category(), "awardedBy", h.awardedBy(),
                "year", h.year(), "awardedOn", h.awardedOn(), "recipientKind", h.recipientKind(), "recipientId",
                h.recipientId(), "certificateNo", h.certificateNo(), "notes", h.notes());
    }

    @Override
    public Optional<String> undoBlocked(ImportStore.Change c, List<ImportStore.Change> all) {
        return honours.byId(c.recordId())
                .filter(h -> !Objects.equals(h.version(), c.afterVersion())
                        || c.created() && honours.certificate(h.id()).isPresent())
                .map(Honour::summary);
    }

    @Override
    public void undo(Session who, ImportStore.Change c) {
        Optional<Honour> now = honours.byId(c.recordId());
        if (now.isEmpty()) {
            return;
        }
        Honour h = now.get();
        if (c.created()) {
            honours.delete(h.id(), h.version());
            ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, TABLE, h.id(), h.summary(), h, null);
        } else {
            UndoText b = UndoText.parse(c.before());
            Honour saved = honours.update(new Honour(h.id(), b.text("title"), b.enumValue("level", HonourLevel.class),
                    b.text("category"), b.text("awardedBy"), b.integer("year"), b.date("awardedOn"),
                    b.enumValue("recipientKind", RecipientKind.class), b.number("recipientId"), b.text("certificateNo"),
                    b.text("notes"), h.version()));
            ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, h.id(), h.summary(), h, saved);
        }
    }
}
