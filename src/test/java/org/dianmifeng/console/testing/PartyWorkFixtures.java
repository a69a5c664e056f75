package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;

/**
 * Inserts the organisation rows that community-work tests need (communities, grids, branches, party
 * members, enrolments, appraisals, a secretary's account) straight into their tables.
 */
public final class PartyWorkFixtures {
    public static final String STREET = "宜城街道";
    private final Database db;
    private final PersonRows people;
    private int sequence;

    public PartyWorkFixtures(TestServices t) {
        this.db = t.services().database();
        this.people = new PersonRows(db);
    }

    public long community(String name) {
        String code = "C" + (++sequence);
        return db.transaction(dsl -> dsl.insertInto(COMMUNITY).set(COMMUNITY.CODE, code).set(COMMUNITY.NAME, name)
                .set(COMMUNITY.STREET, STREET).set(COMMUNITY.VERSION, 0)
                .returning(COMMUNITY.ID).fetchOne(COMMUNITY.ID));
    }

    public long grid(long communityId, String name) {
        return db.transaction(dsl -> dsl.insertInto(GRID).set(GRID.COMMUNITY_ID, communityId).set(GRID.NAME, name)
                .set(GRID.LEADER_NAME, "网格长" + name).set(GRID.VERSION, 0)
                .returning(GRID.ID).fetchOne(GRID.ID));
    }

    public long workUnitBranch(String name, Unit unit) {
        String code = "B" + (++sequence);
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, "WORK_UNIT").set(BRANCH.UNIT_ID, unit.id()).set(BRANCH.VERSION, 0)
                .returning(BRANCH.ID).fetchOne(BRANCH.ID));
    }

    public long communityBranch(String name, long communityId) {
        String code = "B" + (++sequence);
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, "COMMUNITY").set(BRANCH.COMMUNITY_ID, communityId).set(BRANCH.VERSION, 0)
                .returning(BRANCH.ID).fetchOne(BRANCH.ID));
    }

    /** A person of {@code unit} made a member of the work-unit branch {@code branchId} in 2010. */
    public long member(String name, long branchId, Unit unit) {
        PersonRef person = people.add(name, unit);
        return db.transaction(dsl -> dsl.insertInto(PARTY_MEMBER).set(PARTY_MEMBER.PERSON_ID, person.id())
                .set(PARTY_MEMBER.BRANCH_ID, branchId).set(PARTY_MEMBER.JOINED_ON, LocalDate.of(2010, 7, 1))
                .set(PARTY_MEMBER.FULL_ON, LocalDate.of(2011, 7, 1)).set(PARTY_MEMBER.VERSION, 0)
                .returning(PARTY_MEMBER.ID).fetchOne(PARTY_MEMBER.ID));
    }

    /** An enrolment as a volunteer; {@code ended} null keeps it active. */
    public long enrol(long memberId, long gridId, LocalDate reported, LocalDate ended) {
        return db.transaction(dsl -> dsl.insertInto(ENROLMENT).set(ENROLMENT.MEMBER_ID, memberId)
                .set(ENROLMENT.GRID_ID, gridId).set(ENROLMENT.REPORTED_ON, reported)
                .set(ENROLMENT.GRID_ROLE, GridRole.VOLUNTEER.name()).set(ENROLMENT.ENDED_ON, ended)
                .set(ENROLMENT.VERSION, 0)
                .returning(ENROLMENT.ID).fetchOne(ENROLMENT.ID));
    }

    public void appraisal(long memberId, long branchId, int year, AppraisalStatus status, Grade grade,
                          LocalDateTime confirmedAt) {
        db.transaction(dsl -> dsl.insertInto(APPRAISAL).set(APPRAISAL.MEMBER_ID, memberId)
                .set(APPRAISAL.BRANCH_ID, branchId).set(APPRAISAL.FOR_YEAR, year).set(APPRAISAL.STATUS, status.name())
                .set(APPRAISAL.GRADE, grade == null ? null : grade.name()).set(APPRAISAL.CONFIRMED_AT, confirmedAt)
                .set(APPRAISAL.VERSION, 0).execute());
    }

    /** A party-secretary account linked to the branch, and its session. */
    public Session secretaryOf(long branchId, String username) {
        long accountId = db.transaction(dsl -> {
            long id = dsl.insertInto(ACCOUNT).set(ACCOUNT.USERNAME, username).set(ACCOUNT.DISPLAY_NAME, username)
                    .set(ACCOUNT.ROLE, Role.PARTY_SECRETARY.name()).set(ACCOUNT.PASSWORD_HASH, "x")
                    .set(ACCOUNT.CREATED_AT, LocalDateTime.of(2026, 1, 1, 8, 0)).set(ACCOUNT.VERSION, 0)
                    .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
            dsl.update(BRANCH).set(BRANCH.SECRETARY_ACCOUNT_ID, id).where(BRANCH.ID.eq(branchId)).execute();
            return id;
        });
        return new Session(accountId, username, username, Role.PARTY_SECRETARY);
    }
}
