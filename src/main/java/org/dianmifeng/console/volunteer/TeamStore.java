package org.dianmifeng.console.volunteer;

import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.TeamRecord;
import org.dianmifeng.console.unit.PersonRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Queries of the TEAM and TEAM_MEMBER tables. */
public final class TeamStore {
    private static final org.dianmifeng.console.db.tables.Person LEADER = PERSON.as("LEADER");
    private static final org.dianmifeng.console.db.tables.Unit LEADER_UNIT = UNIT.as("LEADER_UNIT");
    private static final Field<Integer> MEMBER_COUNT = DSL.field(DSL.selectCount().from(TEAM_MEMBER)
            .where(TEAM_MEMBER.TEAM_ID.eq(TEAM.ID))).as("MEMBER_COUNT");

    private final DSLContext dsl;

    public TeamStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every team with its unit's name, its leader and its member count, by name. */
    public List<TeamRow> rows() {
        return rowsWhere(DSL.noCondition());
    }

    public Optional<TeamRow> row(long id) {
        return rowsWhere(TEAM.ID.eq(id)).stream().findFirst();
    }

    private List<TeamRow> rowsWhere(Condition condition) {
        return dsl.select(TEAM.fields())
                .select(UNIT.NAME, MEMBER_COUNT)
                .select(LEADER.ID, LEADER.NAME, LEADER_UNIT.NAME, LEADER.EMPLOYEE_NO, LEADER.VOLUNTEER_NO)
                .from(TEAM)
                .join(UNIT).on(UNIT.ID.eq(TEAM.UNIT_ID))
                .leftJoin(LEADER).on(LEADER.ID.eq(TEAM.LEADER_ID))
                .leftJoin(LEADER_UNIT).on(LEADER_UNIT.ID.eq(LEADER.UNIT_ID))
                .where(condition)
                .orderBy(TEAM.NAME, TEAM.ID)
                .fetch(r -> new TeamRow(toTeam(r.into(TEAM)), r.get(UNIT.NAME),
                        r.get(LEADER.ID) == null ? null : new PersonRef(r.get(LEADER.ID), r.get(LEADER.NAME),
                                r.get(LEADER_UNIT.NAME), r.get(LEADER.EMPLOYEE_NO), r.get(LEADER.VOLUNTEER_NO)),
                        r.get(MEMBER_COUNT)));
    }

    public Optional<Team> byId(long id) {
        return dsl.selectFrom(TEAM).where(TEAM.ID.eq(id)).fetchOptional(TeamStore::toTeam);
    }

    /** A team of that name, ignoring case and surrounding blanks. */
    public Optional<Team> byName(String name) {
        return dsl.selectFrom(TEAM).where(DSL.trim(TEAM.NAME).equalIgnoreCase(name.strip()))
                .fetchOptional(TeamStore::toTeam);
    }

    public boolean unitExists(long unitId) {
        return dsl.fetchExists(UNIT, UNIT.ID.eq(unitId));
    }

    public Optional<PersonRef> person(long personId) {
        return dsl.select(PERSON.ID, PERSON.NAME, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO)
                .from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new PersonRef(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Team insert(Team t) {
        long id = dsl.insertInto(TEAM)
                .set(TEAM.NAME, t.name())
                .set(TEAM.KIND, t.kind().name())
                .set(TEAM.UNIT_ID, t.unitId())
                .set(TEAM.LEADER_ID, t.leaderId())
                .set(TEAM.FOUNDED_ON, t.foundedOn())
                .set(TEAM.BRAND, t.brand())
                .set(TEAM.NOTES, t.notes())
                .set(TEAM.ACTIVE, t.active())
                .set(TEAM.VERSION, 0)
                .returning(TEAM.ID)
                .fetchOne(TEAM.ID);
        return byId(id).orElseThrow();
    }

    /** Saves every field if the row still has {@code t.version()}. */
    public Team update(Team t) {
        int rows = dsl.update(TEAM)
                .set(TEAM.NAME, t.name())
                .set(TEAM.KIND, t.kind().name())
                .set(TEAM.UNIT_ID, t.unitId())
                .set(TEAM.LEADER_ID, t.leaderId())
                .set(TEAM.FOUNDED_ON, t.foundedOn())
                .set(TEAM.BRAND, t.brand())
                .set(TEAM.NOTES, t.notes())
                .set(TEAM.ACTIVE, t.active())
                .set(TEAM.VERSION, TEAM.VERSION.plus(1))
                .where(TEAM.ID.eq(t.id()).and(TEAM.VERSION.eq(t.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return byId(t.id()).orElseThrow();
    }

    /** The members of a team: captains first, then deputies, then by joined date and name. */
    public List<TeamMember> members(long teamId) {
        return membersWhere(TEAM_MEMBER.TEAM_ID.eq(teamId));
    }

    public Optional<TeamMember> member(long memberId) {
        return membersWhere(TEAM_MEMBER.ID.eq(memberId)).stream().findFirst();
    }

    public Optional<TeamMember> member(long teamId, long personId) {
        return membersWhere(TEAM_MEMBER.TEAM_ID.eq(teamId).and(TEAM_MEMBER.PERSON_ID.eq(personId)))
                .stream().findFirst();
    }

    private List<TeamMember> membersWhere(Condition condition) {
        Field<Integer> roleOrder = DSL.when(TEAM_MEMBER.ROLE.eq(TeamMemberRole.CAPTAIN.name()), 0)
                .when(TEAM_MEMBER.ROLE.eq(TeamMemberRole.DEPUTY.name()), 1).otherwise(2);
        return dsl.select(TEAM_MEMBER.fields())
                .select(PERSON.ID, PERSON.NAME, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO)
                .from(TEAM_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(TEAM_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(condition)
                .orderBy(roleOrder, TEAM_MEMBER.JOINED_ON, PERSON.NAME, TEAM_MEMBER.ID)
                .fetch(TeamStore::toMember);
    }

    public TeamMember insertMember(TeamMember m) {
        long id = dsl.insertInto(TEAM_MEMBER)
                .set(values(m))
                .set(TEAM_MEMBER.VERSION, 0)
                .returning(TEAM_MEMBER.ID)
                .fetchOne(TEAM_MEMBER.ID);
        return member(id).orElseThrow();
    }

    /** Inserts many memberships with JDBC batches, for the sample data and imports. */
    public void insertMembers(List<TeamMember> members) {
        Batches.insert(dsl, TEAM_MEMBER, TEAM_MEMBER.VERSION, members, TeamStore::values);
    }

    private static Map<Field<?>, Object> values(TeamMember m) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(TEAM_MEMBER.TEAM_ID, m.teamId());
        v.put(TEAM_MEMBER.PERSON_ID, m.person().id());
        v.put(TEAM_MEMBER.JOINED_ON, m.joinedOn());
        v.put(TEAM_MEMBER.ROLE, m.role().name());
        return v;
    }

    /** Saves role and joined date if the row still has {@code m.version()}. */
    public TeamMember updateMember(TeamMember m) {
        int rows = dsl.update(TEAM_MEMBER)
                .set(TEAM_MEMBER.ROLE, m.role().name())
                .set(TEAM_MEMBER.JOINED_ON, m.joinedOn())
                .set(TEAM_MEMBER.VERSION, TEAM_MEMBER.VERSION.plus(1))
                .where(TEAM_MEMBER.ID.eq(m.id()).and(TEAM_MEMBER.VERSION.eq(m.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return member(m.id()).orElseThrow();
    }

    public void deleteMember(TeamMember m) {
        Optimistic.requireUpdated(dsl.deleteFrom(TEAM_MEMBER)
                .where(TEAM_MEMBER.ID.eq(m.id()).and(TEAM_MEMBER.VERSION.eq(m.version()))).execute());
    }

    static Team toTeam(TeamRecord r) {
        return new Team(r.getId(), r.getName(), TeamKind.valueOf(r.getKind()), r.getUnitId(), r.getLeaderId(),
                r.getFoundedOn(), r.getBrand(), r.getNotes(), r.getActive(), r.getVersion());
    }

    private static TeamMember toMember(Record r) {
        PersonRef person = new PersonRef(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(UNIT.NAME),
                r.get(PERSON.EMPLOYEE_NO), r.get(PERSON.VOLUNTEER_NO));
        return new TeamMember(r.get(TEAM_MEMBER.ID), r.get(TEAM_MEMBER.TEAM_ID), person, r.get(TEAM_MEMBER.JOINED_ON),
                TeamMemberRole.valueOf(r.get(TEAM_MEMBER.ROLE)), r.get(TEAM_MEMBER.VERSION));
    }
}
