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
import org.apache.poi.ss.usermodel.DateUtil;
import org.dianmifeng.console.core.Dates;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Phones;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;

/**
 * The rules of an import of people, row by row: the cells read into a person ({@link Values cleaned}, dates in every
 * form offices write them, gender and birth date taken from a valid ID number when their cells are blank, the unit by
 * its code or name), checked by the person form's own rules ({@link Person#check}), then compared with the person of
 * the same ID number in the register as the user chose ({@link DuplicatePolicy}). Knows nothing of the database.
 */
public final class PeopleRows {
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

    private final ColumnMapping mapping;
    private final Map<String, Unit> units;
    private final LocalDate today;
    private final Map<String, Integer> seen = new java.util.HashMap<>();

    /**
     * @param units the units by code (upper case) and by name, as {@link #unitKeys} gives them
     */
    public PeopleRows(ColumnMapping mapping, Map<String, Unit> units, LocalDate today) {
        this.mapping = mapping;
        this.units = units;
        this.today = today;
    }

    /** The keys a unit is found by in a file: its code (half-width, upper case) and its name. */
    public static List<String> unitKeys(Unit unit) {
        return List.of(unitKey(unit.code()), "name:" + Values.text(unit.name()));
    }

    private static String unitKey(String code) {
        String c = Values.code(code);
        return "code:" + (c == null ? "" : c.toUpperCase(java.util.Locale.ROOT));
    }

    /** One row read: the person it gives (not yet compared with the register) and its problems. */
    public record Parsed(int row, Person person, List<RowError> errors) {
    }

    /** Reads a row of the file into a person and checks it as the person form does. */
    public Parsed parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        SheetCell idCell = mapping.cell(cells, PersonColumn.ID_NUMBER);
        String id = Values.code(idCell.text());
        if (id != null && (idCell.numeric() || Values.exponent(id))) {
            problems.add(Problem.of("person.idNumber", "error.import.idAsNumber", id));
            id = null;
        }
        id = ResidentId.normalize(id);
        boolean validId = id != null && ResidentId.problem(id, today).isEmpty();

        String genderText = Values.headerKey(mapping.cell(cells, PersonColumn.GENDER).text());
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

        String statusText = Values.headerKey(mapping.cell(cells, PersonColumn.POLITICAL_STATUS).text());
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
        for (Problem p : person.check(today).problems()) {
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
        return new Parsed(row, person, errors(row, problems));
    }

    /**
     * What the import does with a row read, given the person of the same ID number in the register (or null): add,
     * update, leave unchanged, skip, or refuse (the merged person checked again by the form's rules).
     */
    public ImportRow decide(Parsed parsed, Person stored, DuplicatePolicy policy) {
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
                : new ImportRow(parsed.row(), RowStatus.ERROR, merged, stored, errors(parsed.row(), problems));
    }

    private List<RowError> errors(int row, List<Problem> problems) {
        return problems.stream().map(p -> new RowError(row,
                PersonColumn.byField(p.field()).map(mapping::header).orElse(null), p)).toList();
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
