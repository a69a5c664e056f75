package org.dianmifeng.console.summary;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.db.tables.Unit;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourReportStore;
import org.dianmifeng.console.honour.HonourStore;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.unit.UnitStore;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The queries of the year's figures and of the annual summary's sheets. Everything is counted and summed in
 * SQL (GROUP BY, one row per unit, branch, team or status), never by loading records; the one long list, the
 * party members with community service in the year, is read through a lazy cursor, a row at a time.
 * People and party members are scoped by the person's unit, teams and cases by their unit, honours by the
 * recipient's unit (the unit itself, the team's unit or the person's unit).
 */
public final class SummaryStore {
    /** Rows fetched from the database at a time by the member cursor. */
    static final int FETCH_SIZE = 500;
    /**
     * What joins the names in {@link AnnualSummary.MemberLine#communities()} as the database lists them: a control
     * character no name holds, which {@link AnnualSummary} replaces with the separator of the workbook's language
     * ({@code summary.listSeparator}).
     */
    static final String LIST_SEPARATOR = "\u001F";
    private final DSLContext dsl;

    public SummaryStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Whether {@code unitId} is in the scope (always, for the whole company). */
    private static Condition covers(UnitScope scope, Field<Long> unitId) {
        return scope.unitIds() == null ? DSL.trueCondition() : unitId.in(scope.unitIds());
    }

    /**
     * The scope of the unit with code {@code unitCodeOrNull} and the units below it, or everything when null or
     * blank ({@link UnitScope#of}).
     *
     * @throws org.dianmifeng.console.core.ConsoleException naming the code if no unit has it
     */
    public UnitScope scope(String unitCodeOrNull) {
        return UnitScope.of(unitCodeOrNull, new UnitStore(dsl).all());
    }

    /**
     * The counts of {@code year} per unit, branch and level, each counted once in SQL: the rows of the summary's
     * area sheets, whose sums are the year's figures.
     */
    public record Counts(UnitScope scope, int year, Map<Long, YearFigures.People> peopleByUnit,
                         YearFigures.Teams teams, Map<Long, YearFigures.Party> partyByBranch,
                         Map<Long, YearFigures.Cases> casesByUnit, Map<HonourLevel, Integer> honoursByLevel,
                         YearFigures.Volunteering volunteering) {
        /** The figures of the year: the sums of the per-unit and per-branch rows. */
        public YearFigures figures() {
            return new YearFigures(year, scope.unitName(),
                    total(peopleByUnit, YearFigures.People.NONE, YearFigures.People::plus), teams,
                    total(partyByBranch, YearFigures.Party.NONE, YearFigures.Party::plus),
                    total(casesByUnit, YearFigures.Cases.NONE, YearFigures.Cases::plus),
                    new YearFigures.Honours(honoursByLevel), volunteering);
        }
    }

    private static <T> T total(Map<?, T> rows, T none, BinaryOperator<T> plus) {
        return rows.values().stream().reduce(none, plus);
    }

    /**
     * The counts of {@code year} in the scope (see {@link Counts}), all at once (the annual summary needs them all):
     * the party's rows with their members' community service.
     */
    public Counts counts(UnitScope scope, int year) {
        Map<Long, YearFigures.Party> party = partyByBranch(scope, year);
        serviceByBranch(scope, year).forEach((branch, served) -> party.merge(branch, served, YearFigures.Party::plus));
        return new Counts(scope, year, peopleByUnit(scope), teams(scope, year), party, casesByUnit(scope, year),
                honoursByLevel(scope, year), volunteerWork().volunteering(scope, year));
    }

    /** The figures of {@code year}: the sums of the per-unit and per-branch rows of the sheets. */
    public YearFigures figures(UnitScope scope, int year) {
        return counts(scope, year).figures();
    }

    /**
     * The figures of {@code year} but its service ({@link #service}): people, teams, party members, enrolments and
     * appraisals, cases and honours, none of which reads the year's service records (what the dashboard shows first).
     */
    public YearFigures.First first(UnitScope scope, int year) {
        return new YearFigures.First(year, scope.unitName(),
                total(peopleByUnit(scope), YearFigures.People.NONE, YearFigures.People::plus), teams(scope, year),
                total(partyByBranch(scope, year), YearFigures.Party.NONE, YearFigures.Party::plus),
                total(casesByUnit(scope, year), YearFigures.Cases.NONE, YearFigures.Cases::plus),
                new YearFigures.Honours(honoursByLevel(scope, year)));
    }

    /**
     * The figures of {@code year} summed over its service records ({@link YearFigures.Service}): the party members'
     * community service and the approved volunteer hours, each a pass over the year's records.
     */
    public YearFigures.Service service(UnitScope scope, int year) {
        return new YearFigures.Service(total(serviceByBranch(scope, year), YearFigures.Party.NONE,
                YearFigures.Party::plus), volunteerWork().volunteering(scope, year));
    }

    private static LocalDate first(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate last(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** The units of the scope that hold anything, in the order of the tree's sort order. */
    public Map<Long, String> unitNames(UnitScope scope) {
        Map<Long, String> names = new LinkedHashMap<>();
        dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).where(covers(scope, UNIT.ID)).orderBy(UNIT.SORT_ORDER, UNIT.ID)
                .forEach(r -> names.put(r.get(UNIT.ID), r.get(UNIT.NAME)));
        return names;
    }

    // ---- people ----

    /** People of each unit of the scope that has any: by political status, gender, registered volunteers. */
    public Map<Long, YearFigures.People> peopleByUnit(UnitScope scope) {
        Field<Integer> count = DSL.count();
        Field<Integer> volunteers = DSL.count(PERSON.VOLUNTEER_NO);
        Map<Long, YearFigures.People> byUnit = new HashMap<>();
        dsl.select(PERSON.UNIT_ID, PERSON.POLITICAL_STATUS, PERSON.GENDER, count, volunteers)
                .from(PERSON)
                .where(covers(scope, PERSON.UNIT_ID))
                .groupBy(PERSON.UNIT_ID, PERSON.POLITICAL_STATUS, PERSON.GENDER)
                .forEach(r -> {
                    int n = r.get(count);
                    YearFigures.People one = new YearFigures.People(n,
                            Map.of(PoliticalStatus.valueOf(r.get(PERSON.POLITICAL_STATUS)), n),
                            Map.of(Gender.valueOf(r.get(PERSON.GENDER)), n), r.get(volunteers));
                    byUnit.merge(r.get(PERSON.UNIT_ID), one, YearFigures.People::plus);
                });
        return byUnit;
    }

    // ---- years ----

    /**
     * The years that have something dated in them (an honour's year, a community service record, an
     * appraisal's year, an aid case referred or handed over, a team member who joined, approved volunteer hours), with {@code thisYear},
     * newest first: the years a report or the dashboard can be asked for.
     */
    public List<Integer> years(int thisYear) {
        Field<Integer> year = DSL.field(DSL.name("Y"), Integer.class);
        Set<Integer> years = new java.util.TreeSet<>(Comparator.reverseOrder());
        years.add(thisYear);
        years.addAll(serviceYears());
        years.addAll(volunteerWork().years());
        dsl.selectDistinct(HONOUR.FOR_YEAR.as(year))
                .from(HONOUR)
                .union(dsl.selectDistinct(APPRAISAL.FOR_YEAR.as(year)).from(APPRAISAL))
                .union(dsl.selectDistinct(DSL.year(AID_CASE.REFERRED_ON).as(year)).from(AID_CASE))
                .union(dsl.selectDistinct(DSL.year(AID_CASE.HANDED_OVER_ON).as(year)).from(AID_CASE)
                        .where(AID_CASE.HANDED_OVER_ON.isNotNull()))
                .union(dsl.selectDistinct(DSL.year(TEAM_MEMBER.JOINED_ON).as(year)).from(TEAM_MEMBER))
                .forEach(r -> years.add(r.get(year)));
        return List.copyOf(years);
    }

    /**
     * The years with community service: the first and last dates and then one look per year between them, each by
     * the index on the date (the service records are the largest table: a distinct over all of them read the whole
     * table at every dashboard).
     */
    private List<Integer> serviceYears() {
        var range = dsl.select(DSL.min(COMMUNITY_SERVICE.SERVED_ON), DSL.max(COMMUNITY_SERVICE.SERVED_ON))
                .from(COMMUNITY_SERVICE).fetchOne();
        List<Integer> out = new ArrayList<>();
        if (range == null || range.value1() == null) {
            return out;
        }
        for (int y = range.value1().getYear(); y <= range.value2().getYear(); y++) {
            if (dsl.fetchExists(dsl.selectOne().from(COMMUNITY_SERVICE)
                    .where(COMMUNITY_SERVICE.SERVED_ON.between(first(y), last(y))))) {
                out.add(y);
            }
        }
        return out;
    }

    // ---- teams ----

    /**
     * The teams the year's figures count: active, of the scope, and founded by the end of the year (a team
     * without a founding date counts in every year).
     */
    private static Condition countedTeams(UnitScope scope, int year) {
        return TEAM.ACTIVE.isTrue().and(covers(scope, TEAM.UNIT_ID))
                .and(TEAM.FOUNDED_ON.isNull().or(TEAM.FOUNDED_ON.le(last(year))));
    }

    /**
     * Active teams of the scope founded by the end of the year, their members by the end of the year and those
     * who joined in it.
     */
    public YearFigures.Teams teams(UnitScope scope, int year) {
        int active = dsl.fetchCount(TEAM, countedTeams(scope, year));
        Field<Integer> members = DSL.count();
        Field<Integer> joined = DSL.count().filterWhere(TEAM_MEMBER.JOINED_ON.ge(first(year)));
        Record r = dsl.select(members, joined)
                .from(TEAM_MEMBER).join(TEAM).on(TEAM.ID.eq(TEAM_MEMBER.TEAM_ID))
                .where(countedTeams(scope, year).and(TEAM_MEMBER.JOINED_ON.le(last(year))))
                .fetchOne();
        return new YearFigures.Teams(active, r.get(members), r.get(joined));
    }

    /**
     * One row per active team of the scope founded by the end of the year, by unit then name: members by the end
     * of the year, joined in it, captain.
     */
    public List<AnnualSummary.TeamLine> teamLines(UnitScope scope, int year) {
        Field<Integer> members = DSL.field(DSL.selectCount().from(TEAM_MEMBER)
                .where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID).and(TEAM_MEMBER.JOINED_ON.le(last(year))))).as("MEMBERS");
        Field<Integer> joined = DSL.field(DSL.selectCount().from(TEAM_MEMBER)
                .where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID).and(TEAM_MEMBER.JOINED_ON.between(first(year), last(year)))))
                .as("JOINED");
        Field<String> captain = DSL.field(DSL.select(DSL.min(PERSON.NAME)).from(TEAM_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(TEAM_MEMBER.PERSON_ID))
                .where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID).and(TEAM_MEMBER.ROLE.eq(TeamMemberRole.CAPTAIN.name()))))
                .as("CAPTAIN");
        return dsl.select(TEAM.NAME, TEAM.KIND, UNIT.NAME, members, joined, captain)
                .from(TEAM).join(UNIT).on(UNIT.ID.eq(TEAM.UNIT_ID))
                .where(countedTeams(scope, year))
                .orderBy(UNIT.SORT_ORDER, UNIT.ID, TEAM.NAME)
                .fetch(r -> new AnnualSummary.TeamLine(r.get(TEAM.NAME), TeamKind.valueOf(r.get(TEAM.KIND)),
                        r.get(UNIT.NAME), r.get(members), r.get(joined), r.get(captain)));
    }

    // ---- party ----

    /** Work-unit branches by id: name and the name of their unit, in the order of the units. */
    public Map<Long, String[]> branchNames() {
        Map<Long, String[]> names = new LinkedHashMap<>();
        dsl.select(BRANCH.ID, BRANCH.NAME, UNIT.NAME).from(BRANCH).leftJoin(UNIT).on(UNIT.ID.eq(BRANCH.UNIT_ID))
                .orderBy(UNIT.SORT_ORDER, UNIT.ID, BRANCH.NAME)
                .forEach(r -> names.put(r.get(BRANCH.ID), new String[] {r.get(BRANCH.NAME), r.get(UNIT.NAME)}));
        return names;
    }

    /**
     * The party members, joined to their person only when the scope is a unit (whose people it covers): every member
     * is a person, so for the whole company the join to 100,000 people changes no count and is left out.
     */
    private static Table<?> scopedMembers(UnitScope scope) {
        return scope.unitIds() == null ? PARTY_MEMBER
                : PARTY_MEMBER.join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID));
    }

    /**
     * The party figures of the year per branch of the members (whose person is in the scope): members by the end
     * of the year, members enrolled at any time in it and the year's appraisals; their service of the year is apart
     * ({@link #serviceByBranch}).
     */
    public Map<Long, YearFigures.Party> partyByBranch(UnitScope scope, int year) {
        LocalDate from = first(year);
        LocalDate to = last(year);
        Condition inScope = covers(scope, PERSON.UNIT_ID);
        Table<?> members = scopedMembers(scope);
        Map<Long, YearFigures.Party> byBranch = new HashMap<>();
        Field<Integer> count = DSL.count();

        dsl.select(PARTY_MEMBER.BRANCH_ID, count)
                .from(members)
                .where(inScope.and(PARTY_MEMBER.JOINED_ON.le(to)))
                .groupBy(PARTY_MEMBER.BRANCH_ID)
                .forEach(r -> byBranch.merge(r.get(PARTY_MEMBER.BRANCH_ID),
                        new YearFigures.Party(r.get(count), 0, 0, 0, null, null, 0), YearFigures.Party::plus));

        Field<Integer> enrolled = DSL.countDistinct(ENROLMENT.MEMBER_ID);
        dsl.select(PARTY_MEMBER.BRANCH_ID, enrolled)
                .from(ENROLMENT).join(members).on(PARTY_MEMBER.ID.eq(ENROLMENT.MEMBER_ID))
                .where(inScope.and(ENROLMENT.REPORTED_ON.le(to))
                        .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(from))))
                .groupBy(PARTY_MEMBER.BRANCH_ID)
                .forEach(r -> byBranch.merge(r.get(PARTY_MEMBER.BRANCH_ID),
                        new YearFigures.Party(0, r.get(enrolled), 0, 0, null, null, 0), YearFigures.Party::plus));


        dsl.select(PARTY_MEMBER.BRANCH_ID, APPRAISAL.STATUS, APPRAISAL.GRADE, count)
                .from(APPRAISAL).join(members).on(PARTY_MEMBER.ID.eq(APPRAISAL.MEMBER_ID))
                .where(inScope.and(APPRAISAL.FOR_YEAR.eq(year)))
                .groupBy(PARTY_MEMBER.BRANCH_ID, APPRAISAL.STATUS, APPRAISAL.GRADE)
                .forEach(r -> {
                    int n = r.get(count);
                    String grade = r.get(APPRAISAL.GRADE);
                    boolean confirmed = "CONFIRMED".equals(r.get(APPRAISAL.STATUS)) && grade != null;
                    YearFigures.Party one = confirmed
                            ? new YearFigures.Party(0, 0, 0, 0, null, Map.of(Grade.valueOf(grade), n), 0)
                            : new YearFigures.Party(0, 0, 0, 0, null, null, n);
                    byBranch.merge(r.get(PARTY_MEMBER.BRANCH_ID), one, YearFigures.Party::plus);
                });
        return byBranch;
    }

    /**
     * The community service of the year per branch of the members (whose person is in the scope): members who
     * served, records and hours ({@link YearFigures.Party}'s service alone). Every record of the year is read.
     */
    public Map<Long, YearFigures.Party> serviceByBranch(UnitScope scope, int year) {
        Map<Long, YearFigures.Party> byBranch = new HashMap<>();
        // the year's records summed per member by the index on date, member and hours alone, then added up here per
        // branch of the members in the scope: at 1,000,000 records in a year the distinct count of their members per
        // branch took 1.1 s on the server and 10.9 s embedded, this 0.45 s and 8 s (a busy machine; summing per member
        // in a subquery joined to the members was 0.45 s on the server but 23 s embedded)
        Map<Long, Long> branchOf = new HashMap<>();
        dsl.select(PARTY_MEMBER.ID, PARTY_MEMBER.BRANCH_ID).from(scopedMembers(scope))
                .where(covers(scope, PERSON.UNIT_ID))
                .forEach(r -> branchOf.put(r.value1(), r.value2()));
        Field<Integer> count = DSL.count();
        Field<BigDecimal> hours = DSL.sum(COMMUNITY_SERVICE.HOURS);
        dsl.select(COMMUNITY_SERVICE.MEMBER_ID, count, hours)
                .from(COMMUNITY_SERVICE)
                .where(COMMUNITY_SERVICE.SERVED_ON.between(first(year), last(year)))
                .groupBy(COMMUNITY_SERVICE.MEMBER_ID)
                .forEach(r -> {
                    Long branch = branchOf.get(r.get(COMMUNITY_SERVICE.MEMBER_ID));
                    if (branch != null) { // a member of the scope
                        byBranch.merge(branch, new YearFigures.Party(0, 0, 1, r.get(count),
                                r.get(hours), null, 0), YearFigures.Party::plus);
                    }
                });
        return byBranch;
    }

    /**
     * Hands each party member of the scope with community service in the year to {@code each}, by branch (in the
     * order of the branches' units, as the party sheet) then name: read through a lazy cursor, {@link #FETCH_SIZE}
     * rows at a time, so that no list of members is held. One grouped pass over the year's service records
     * (found per member by the index on member and date), joined to the member, person, branch, units and the
     * communities served: the records, hours and the distinct community names are summed per member by the
     * database.
     */
    public void members(UnitScope scope, int year, Consumer<AnnualSummary.MemberLine> each) {
        Field<String> communities = DSL.listAggDistinct(COMMUNITY.NAME, LIST_SEPARATOR).withinGroupOrderBy(COMMUNITY.NAME)
                .as("COMMUNITIES");
        Field<Integer> records = DSL.count().as("RECORDS");
        Field<BigDecimal> hours = DSL.sum(COMMUNITY_SERVICE.HOURS).as("HOURS");
        try (Cursor<? extends Record> cursor = dsl.select(PERSON.NAME, BRANCH.NAME, UNIT.NAME, communities, records, hours)
                .from(COMMUNITY_SERVICE)
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(COMMUNITY_SERVICE.MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(BRANCH).on(BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .leftJoin(B_UNIT).on(B_UNIT.ID.eq(BRANCH.UNIT_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(COMMUNITY_SERVICE.COMMUNITY_ID))
                .where(covers(scope, PERSON.UNIT_ID)
                        .and(COMMUNITY_SERVICE.SERVED_ON.between(first(year), last(year))))
                .groupBy(PARTY_MEMBER.ID, PERSON.NAME, BRANCH.NAME, UNIT.NAME, B_UNIT.SORT_ORDER, B_UNIT.ID)
                .orderBy(B_UNIT.SORT_ORDER, B_UNIT.ID, BRANCH.NAME, PERSON.NAME, PARTY_MEMBER.ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                each.accept(new AnnualSummary.MemberLine(r.get(PERSON.NAME), r.get(BRANCH.NAME), r.get(UNIT.NAME),
                        r.get(communities), r.get(records), r.get(hours)));
            }
        }
    }

    // ---- aid cases ----

    /**
     * Aid cases of each unit of the scope: those referred by the end of the year by current status, those
     * referred in the year, those handed over in it. Counts only: no code, no child.
     */
    public Map<Long, YearFigures.Cases> casesByUnit(UnitScope scope, int year) {
        LocalDate from = first(year);
        LocalDate to = last(year);
        Field<Integer> count = DSL.count();
        Field<Integer> referred = DSL.count().filterWhere(AID_CASE.REFERRED_ON.ge(from));
        Field<Integer> handed = DSL.count().filterWhere(AID_CASE.HANDED_OVER_ON.between(from, to));
        Map<Long, YearFigures.Cases> byUnit = new HashMap<>();
        dsl.select(AID_CASE.UNIT_ID, AID_CASE.STATUS, count, referred, handed)
                .from(AID_CASE)
                .where(covers(scope, AID_CASE.UNIT_ID).and(AID_CASE.REFERRED_ON.le(to)))
                .groupBy(AID_CASE.UNIT_ID, AID_CASE.STATUS)
                .forEach(r -> byUnit.merge(r.get(AID_CASE.UNIT_ID),
                        new YearFigures.Cases(Map.of(AidCaseStatus.valueOf(r.get(AID_CASE.STATUS)), r.get(count)),
                                r.get(referred), r.get(handed)),
                        YearFigures.Cases::plus));
        return byUnit;
    }

    // ---- honours ----

    private static final Unit B_UNIT = UNIT.as("B_UNIT");

    /** The honours of the year in the scope, by level. */
    public Map<HonourLevel, Integer> honoursByLevel(UnitScope scope, int year) {
        Field<Integer> count = DSL.count();
        Map<HonourLevel, Integer> byLevel = new EnumMap<>(HonourLevel.class);
        dsl.select(HONOUR.LEVEL_CODE, count)
                .from(HonourStore.WITH_RECIPIENT)
                .where(HONOUR.FOR_YEAR.eq(year).and(covers(scope, HonourStore.RECIPIENT_UNIT_ID)))
                .groupBy(HONOUR.LEVEL_CODE)
                .forEach(r -> byLevel.put(HonourLevel.valueOf(r.get(HONOUR.LEVEL_CODE)), r.get(count)));
        return byLevel;
    }

    /** The queries of volunteer work (issue 17) on the same connection. */
    public VolunteerWorkStore volunteerWork() {
        return new VolunteerWorkStore(dsl);
    }

    /**
     * The honour roll's queries on the same connection: the summary's honours sheet is the roll's list of the
     * year ({@link HonourReportStore#lines}, written by {@link org.dianmifeng.console.honour.HonourRoll#writeRoll}).
     */
    public HonourReportStore honourRoll() {
        return new HonourReportStore(dsl);
    }
}
