package org.dianmifeng.console.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.UnitStore;
import org.jooq.DSLContext;
import org.dianmifeng.console.core.Dates;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Phones;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStore;

/**
 * The rules of an import of people, row by row: the cells read into a person ({@link Values cleaned}, dates in every
 * form offices write them, gender and birth date taken from a valid ID number when their cells are blank, the unit by
 * its code or name), checked by the person form's own rules ({@link Person#check}), then compared with the person of
 * the same ID number in the register as the user chose ({@link DuplicatePolicy}). A person the import gives a volunteer
 * number is registered as a volunteer ({@link VolunteerService#registerNumbered}). Undo removes the people added
 * unless they are used since (teams, party, honours), the registrations it made unless the volunteer has served or
 * changed status since, and restores the fields changed unless changed since.
 */
final class PeopleRows implements KindRules {
    private static final String PERSON = "PERSON";
    private static final String VOLUNTEER = "VOLUNTEER";
    private static final Map<String, Gender> GENDERS = Map.of("男", Gender.MALE, "男性", Gender.MALE, "m", Gender.MALE,
            "male", Gender.MALE, "女", Gender.FEMALE, "女性", Gender.FEMALE, "f", Gender.FEMALE, "female", Gender.FEMALE);
    private static final Map<String, PoliticalStatus> STATUSES = Map.ofEntries(
            Map.entry("中共党员", PoliticalStatus.PARTY_MEMBER), Map.entry("党员", PoliticalStatus.PARTY_MEMBER),
            Map.entry("共产党员", PoliticalStatus.PARTY_MEMBER), Map.entry("中国共产党党员", PoliticalStatus.PARTY_MEMBER),
            Map.entry("partymember", PoliticalStatus.PARTY_MEMBER),
            Map.entry("中共预备党员", PoliticalStatus.PROBATIONARY_MEMBER), Map.entry("预备党员", PoliticalStatus.PROBATIONARY_MEMBER),
            Map.entry("probationarymember", PoliticalStatus.PROBATIONARY_MEMBER),
            Map.entry("共青团员", PoliticalStatus.LEAGUE_MEMBER), Map.entry("团员", PoliticalStatus.LEAGUE_MEMBER),
            Map.entry("leaguemember", PoliticalStatus.LEAGUE_MEMBER),
            Map.entry("群众", PoliticalStatus.MASSES), Map.entry("masses", PoliticalStatus.MASSES),
            // the English labels of the console, as its English template offers them
            Map.entry("cpcmember", PoliticalStatus.PARTY_MEMBER), Map.entry("probationarycpcmember", PoliticalStatus.PROBATIONARY_MEMBER),
            Map.entry("youthleaguemember", PoliticalStatus.LEAGUE_MEMBER), Map.entry("nonparty", PoliticalStatus.MASSES));

    private final ImportContext ctx;
    private final ColumnMapping mapping;
    private final Map<String, Unit> units = new java.util.HashMap<>();
    private final LocalDate today;
    private final PersonStore people;
    private final Map<String, Integer> seen = new java.util.HashMap<>();
    /** The tidied keys of the gender and status cells read so far: a column holds a few values, thousands of times. */
    private final Map<String, String> keys = new java.util.HashMap<>();

    PeopleRows(ImportContext ctx) {
        this.ctx = ctx;
        this.mapping = ctx.mapping();
        this.today = ctx.today();
        this.people = new PersonStore(ctx.dsl());
        if (mapping != null) {
            for (Unit u : new UnitStore(ctx.dsl()).all()) {
                for (String key : unitKeys(u)) {
                    units.putIfAbsent(key, u);
                }
            }
        }
    }

    /** The keys a unit is found by in a file: its code (half-width, upper case) and its name. */
    public static List<String> unitKeys(Unit unit) {
        return List.of(unitKey(unit.code()), "name:" + Values.text(unit.name()));
    }

    private static String unitKey(String code) {
        String c = Values.code(code);
        return "code:" + (c == null ? "" : c.toUpperCase(java.util.Locale.ROOT));
    }

    /** Reads a row of the file into a person and checks it as the person form does. */
    @Override
    public ImportRow parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        String id = idNumber(mapping.cell(cells, PersonColumn.ID_NUMBER), "person.idNumber", problems);
        boolean validId = id != null && ResidentId.problem(id, today).isEmpty();

        String genderText = key(mapping.cell(cells, PersonColumn.GENDER).text());
        Gender gender = GENDERS.get(genderText);
        if (gender == null && !genderText.isEmpty()) {
            problems.add(Problem.of("person.gender", "error.import.gender", Values.text(mapping.cell(cells, PersonColumn.GENDER).text())));
        } else if (gender == null && validId) {
            gender = ResidentId.gender(id);
        }

        LocalDate birth = null;
        SheetCell birthCell = mapping.cell(cells, PersonColumn.BIRTH_DATE);
        try {
            birth = date(birthCell);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("person.birthDate", "error.import.date", Values.text(birthCell.text())));
        }
        if (birth == null && birthCell.blank() && validId) {
            birth = ResidentId.birthDate(id).orElse(null);
        }

        Long unitId = null;
        String unitText = Values.text(mapping.cell(cells, PersonColumn.UNIT).text());
        if (unitText != null) {
            Unit unit = Optional.ofNullable(units.get(unitKey(unitText)))
                    .orElse(units.get("name:" + unitText));
            if (unit == null) {
                problems.add(Problem.of("person.unit", "error.import.unitUnknown", unitText));
            } else if (!unit.active()) {
                problems.add(Problem.of("person.unit", "error.person.unitInactive", unit.name()));
            } else {
                unitId = unit.id();
            }
        }

        String statusText = key(mapping.cell(cells, PersonColumn.POLITICAL_STATUS).text());
        PoliticalStatus status = STATUSES.get(statusText);
        if (status == null && !statusText.isEmpty()) {
            problems.add(Problem.of("person.politicalStatus", "error.import.politicalStatus",
                    Values.text(mapping.cell(cells, PersonColumn.POLITICAL_STATUS).text())));
        }

        Person person = new Person(null, Values.text(mapping.cell(cells, PersonColumn.NAME).text()), gender, birth, id,
                Phones.normalize(Values.code(mapping.cell(cells, PersonColumn.MOBILE).text())), unitId,
                Values.code(mapping.cell(cells, PersonColumn.EMPLOYEE_NO).text()), status,
                Values.code(mapping.cell(cells, PersonColumn.VOLUNTEER_NO).text()),
                Values.text(mapping.cell(cells, PersonColumn.SKILLS).text()),
                Values.text(mapping.cell(cells, PersonColumn.NOTES).text()), null).cleaned();
        Set<String> fields = new HashSet<>();
        problems.forEach(p -> fields.add(p.field()));
        // a blank gender or birth date follows from the ID number: while that is wrong, only it is reported
        if (!validId && mapping.cell(cells, PersonColumn.GENDER).blank()) {
            fields.add("person.gender");
        }
        if (!validId && birthCell.blank()) {
            fields.add("person.birthDate");
        }
        List<Problem> formProblems = person.check(today).problems();
        if (problems.isEmpty() && id == null && idCell(cells).blank() && ctx.options() != null
                && ctx.options().matchByNameAndBirth() && person.name() != null && person.birthDate() != null
                && formProblems.stream().allMatch(p -> p.field().equals("person.idNumber")
                        || p.field().equals("person.gender"))) {
            // no ID number: matched to a person of the register by name and birth date once decided
            return new ImportRow(row, RowStatus.TO_CONFIRM, person, null, List.of());
        }
        for (Problem p : formProblems) {
            if (fields.add(p.field())) {
                problems.add(p);
            }
        }
        if (problems.isEmpty()) {
            Integer first = seen.putIfAbsent(id, row);
            if (first != null) {
                problems.add(Problem.of("person.idNumber", "error.import.duplicateInFile", first));
            }
        }
        return ImportRow.read(row, person, errors(mapping, row, problems));
    }

    private String key(String text) {
        return keys.computeIfAbsent(text, Values::headerKey);
    }

    private SheetCell idCell(List<SheetCell> cells) {
        return mapping.cell(cells, PersonColumn.ID_NUMBER);
    }

    @Override
    public List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy) {
        List<String> ids = parsed.stream().map(p -> p.person().idNumber()).filter(Objects::nonNull).toList();
        Map<String, Person> stored = people.byIdNumbers(ids);
        List<ImportRow> out = new ArrayList<>(parsed.size());
        for (ImportRow p : parsed) {
            out.add(p.status() == RowStatus.TO_CONFIRM ? matched(p, policy)
                    : decide(p, p.person().idNumber() == null ? null : stored.get(p.person().idNumber()), policy));
        }
        return volunteerNosOnce(out);
    }

    /**
     * A volunteer number is one person's (a roster, a certificate or an import finds the volunteer by it): a row that
     * would give a person a number another person of the register holds, or that an earlier row gives another person,
     * is refused, naming the holder or the row.
     */
    private List<ImportRow> volunteerNosOnce(List<ImportRow> rows) {
        Map<String, Person> holders = people.byVolunteerNos(rows.stream().filter(ImportRow::writes)
                .map(r -> r.person().volunteerNo()).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, Integer> firstRow = new java.util.HashMap<>();
        List<ImportRow> out = new ArrayList<>(rows.size());
        for (ImportRow r : rows) {
            String number = r.writes() ? r.person().volunteerNo() : null;
            if (number == null) {
                out.add(r);
                continue;
            }
            Person holder = holders.get(number);
            Long self = r.stored() == null ? null : ((Person) r.stored()).id();
            boolean taken = holder != null && !holder.id().equals(self);
            // a row refused for a number held is not the number's first row
            Integer first = taken ? null : firstRow.putIfAbsent(number, r.row());
            if (taken) {
                out.add(ImportRow.error(mapping, r.row(), r.person(), r.stored(), List.of(PersonService.volunteerNoTaken(
                        number, holder, unitName(holder.unitId())))));
            } else if (first != null) {
                out.add(ImportRow.error(mapping, r.row(), r.person(), r.stored(),
                        List.of(Problem.of("person.volunteerNo", "error.import.volunteerNoInFile", number, first))));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private String unitName(Long unitId) {
        return units.values().stream().filter(u -> u.id().equals(unitId)).map(Unit::name).findFirst().orElse("");
    }

    /**
     * A row without an ID number matched by name and birth date: the one person of the register they name, shown
     * for confirmation (to confirm, nothing written) until the user confirms it, then decided as a row of that
     * person's ID number; refused when nobody or several people match, or when the same person was matched or
     * named by an earlier row.
     */
    private ImportRow matched(ImportRow p, DuplicatePolicy policy) {
        List<Person> found = people.byNameAndBirthDate(p.person().name(), p.person().birthDate());
        if (found.size() != 1) {
            return new ImportRow(p.row(), RowStatus.ERROR, p.person(), null, errors(mapping, p.row(), List.of(
                    Problem.of("person.idNumber", found.isEmpty() ? "error.import.noMatch" : "error.import.manyMatches",
                            p.person().name(), p.person().birthDate(), found.size()))));
        }
        Person stored = found.get(0);
        Integer first = seen.putIfAbsent(stored.idNumber(), p.row());
        if (first != null) {
            return new ImportRow(p.row(), RowStatus.ERROR, p.person(), stored, errors(mapping, p.row(),
                    List.of(Problem.of("person.idNumber", "error.import.duplicateInFile", first))));
        }
        if (!ctx.options().confirmedRows().contains(p.row())) {
            return new ImportRow(p.row(), RowStatus.TO_CONFIRM, stored, stored, List.of());
        }
        Person file = p.person();
        Person withId = new Person(null, file.name(), file.gender(), file.birthDate(), stored.idNumber(),
                file.mobile(), file.unitId(), file.employeeNo(), file.politicalStatus(), file.volunteerNo(),
                file.skills(), file.notes(), null);
        return decide(new ImportRow(p.row(), RowStatus.NEW, withId, null, List.of()), stored, policy);
    }

    /**
     * The ID number of a cell, {@link ResidentId#normalize normalized}; null, with a problem of {@code field}, when the
     * sheet held it as a number (its last digits are lost).
     */
    static String idNumber(SheetCell cell, String field, List<Problem> problems) {
        String id = Values.code(cell.text());
        if (id != null && (cell.numeric() || Values.exponent(id))) {
            problems.add(Problem.of(field, "error.import.idAsNumber", id));
            return null;
        }
        return ResidentId.normalize(id);
    }

    /**
     * What the import does with a row read, given the person of the same ID number in the register (or null): add,
     * update, leave unchanged, skip, or refuse (the merged person checked again by the form's rules).
     */
    ImportRow decide(ImportRow parsed, Person stored, DuplicatePolicy policy) {
        if (!parsed.errors().isEmpty()) {
            return new ImportRow(parsed.row(), RowStatus.ERROR, parsed.person(), stored, parsed.errors());
        }
        if (stored == null) {
            return new ImportRow(parsed.row(), RowStatus.NEW, parsed.person(), null, List.of());
        }
        if (policy == DuplicatePolicy.SKIP) {
            return new ImportRow(parsed.row(), RowStatus.SKIPPED, stored, stored, List.of());
        }
        Person merged = merge(stored, parsed.person(), policy == DuplicatePolicy.OVERWRITE);
        if (merged.equals(stored)) {
            return new ImportRow(parsed.row(), RowStatus.UNCHANGED, stored, stored, List.of());
        }
        List<Problem> problems = merged.check(today).problems();
        return problems.isEmpty() ? new ImportRow(parsed.row(), RowStatus.UPDATE, merged, stored, List.of())
                : new ImportRow(parsed.row(), RowStatus.ERROR, merged, stored, errors(mapping, parsed.row(), problems));
    }

    /** The problems of a row, each with the header of the column of its field as the file writes it. */
    static List<RowError> errors(ColumnMapping mapping, int row, List<Problem> problems) {
        return problems.stream().map(p -> new RowError(row,
                mapping.kind().byField(p.field()).map(mapping::header).orElse(null), p)).toList();
    }

    @Override
    public List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress) {
        DSLContext dsl = ctx.dsl();
        List<Person> added = rows.stream().filter(r -> r.status() == RowStatus.NEW).map(ImportRow::person).toList();
        List<ImportStore.Change> changes = new ArrayList<>();
        List<Long> ids = added.isEmpty() ? List.of() : people.insertBatch(added);
        // the people of a file name a few units, which the import does not change: each unit's name looked up once
        Audit.Batch log = ctx.audit().batch(dsl, who);
        for (int i = 0; i < added.size(); i++) {
            Person p = added.get(i);
            log.record(AuditAction.CREATE, PERSON, ids.get(i), p.name(), null, p);
            changes.add(new ImportStore.Change(PERSON, ids.get(i), ImportStore.CREATE, null, 0));
            registered(who, ids.get(i), p, changes);
        }
        int done = 0;
        for (ImportRow r : rows) {
            if (r.status() != RowStatus.UPDATE) {
                continue;
            }
            if (++done % 500 == 0) {
                progress.checkCancelled();
            }
            Person saved = people.update(r.person());
            log.record(AuditAction.UPDATE, PERSON, saved.id(), saved.name(), r.stored(), saved);
            changes.add(new ImportStore.Change(PERSON, saved.id(), ImportStore.UPDATE, toText((Person) r.stored()),
                    saved.version()));
            registered(who, saved.id(), saved, changes);
        }
        return changes;
    }

    /** A person the import gave a volunteer number becomes a volunteer, kept as a change of its own for undo. */
    private void registered(Session who, long personId, Person p, List<ImportStore.Change> changes) {
        VolunteerService.registerNumbered(ctx.dsl(), ctx.audit(), who, personId, p.name(), p.volunteerNo(), today)
                .ifPresent(v -> changes.add(new ImportStore.Change(VOLUNTEER, personId, ImportStore.CREATE, null,
                        v.version())));
    }

    @Override
    public Optional<String> undoBlocked(ImportStore.Change c, List<ImportStore.Change> all) {
        if (c.table().equals(VOLUNTEER)) {
            return new VolunteerStore(ctx.dsl()).byPersonId(c.recordId())
                    .filter(v -> v.version() != c.afterVersion() || people.references(c.recordId()).volunteerWork())
                    .flatMap(v -> people.byId(c.recordId())).map(Person::name);
        }
        return people.byId(c.recordId())
                .filter(p -> p.version() != c.afterVersion() || c.created() && people.references(p.id()).any())
                .map(Person::name);
    }

    @Override
    public void undo(Session who, ImportStore.Change c) {
        Optional<Person> now = people.byId(c.recordId());
        if (now.isEmpty()) {
            return;
        }
        Person p = now.get();
        if (c.table().equals(VOLUNTEER)) {
            new VolunteerStore(ctx.dsl()).byPersonId(p.id())
                    .ifPresent(v -> VolunteerService.unregister(ctx.dsl(), ctx.audit(), who, v, p.name()));
        } else if (c.created()) {
            people.delete(p.id(), p.version());
            ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, PERSON, p.id(), p.name(), p, null);
        } else {
            Person saved = people.update(fromText(c.before(), p.id(), p.version()));
            ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, PERSON, p.id(), p.name(), p, saved);
        }
    }

    /** A person's fields in clear, as kept for undo (in the encrypted database, as the person table keeps them). */
    static String toText(Person p) {
        return UndoText.of("name", p.name(), "gender", p.gender(), "birthDate", p.birthDate(), "idNumber", p.idNumber(),
                "mobile", p.mobile(), "unitId", p.unitId(), "employeeNo", p.employeeNo(), "politicalStatus",
                p.politicalStatus(), "volunteerNo", p.volunteerNo(), "skills", p.skills(), "notes", p.notes());
    }

    static Person fromText(String text, long id, int version) {
        UndoText p = UndoText.parse(text);
        return new Person(id, p.text("name"), p.enumValue("gender", Gender.class), p.date("birthDate"),
                p.text("idNumber"), p.text("mobile"), p.number("unitId"), p.text("employeeNo"),
                p.enumValue("politicalStatus", PoliticalStatus.class), p.text("volunteerNo"), p.text("skills"),
                p.text("notes"), version);
    }

    /** The stored person with the file's fields: every one it gives ({@code overwrite}), or only where stored is blank. */
    static Person merge(Person stored, Person file, boolean overwrite) {
        return new Person(stored.id(), pick(stored.name(), file.name(), overwrite),
                pick(stored.gender(), file.gender(), overwrite), pick(stored.birthDate(), file.birthDate(), overwrite),
                stored.idNumber(), pick(stored.mobile(), file.mobile(), overwrite),
                pick(stored.unitId(), file.unitId(), overwrite), pick(stored.employeeNo(), file.employeeNo(), overwrite),
                pick(stored.politicalStatus(), file.politicalStatus(), overwrite),
                pick(stored.volunteerNo(), file.volunteerNo(), overwrite), pick(stored.skills(), file.skills(), overwrite),
                pick(stored.notes(), file.notes(), overwrite), stored.version());
    }

    private static <T> T pick(T stored, T file, boolean overwrite) {
        if (file == null) {
            return stored;
        }
        return overwrite || stored == null ? file : stored;
    }

    /**
     * A date cell: a real date (read as yyyy-MM-dd), a text in one of the forms {@link Dates} reads (a time after it
     * ignored), or an Excel day number; null when blank; throws when unreadable.
     */
    static LocalDate date(SheetCell cell) {
        String t = Values.text(cell.text());
        if (t == null) {
            return null;
        }
        int space = t.indexOf(' ');
        String s = Objects.requireNonNullElse(Values.code(space > 0 ? t.substring(0, space) : t), "");
        if (cell.numeric() && s.matches("\\d{1,6}(\\.\\d+)?") && DateUtil.isValidExcelDate(Double.parseDouble(s))) {
            return DateUtil.getLocalDateTime(Double.parseDouble(s)).toLocalDate();
        }
        return Dates.parse(s).orElse(null);
    }
}
