package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;

import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountStore;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;

/**
 * Organisation rows for the appraisal tests, written straight into the tables (the organisation screens
 * are another slice): communities, grids, branches, party members, enrolments and a secretary account
 * linked to its branch.
 */
public final class PartyAppraisalFixtures {
    private final TestServices t;
    private final Database db;
    private int people;

    public PartyAppraisalFixtures(TestServices t) {
        this.t = t;
        this.db = t.services().database();
    }

    public long community(String code, String name) {
        return db.transaction(dsl -> dsl.insertInto(COMMUNITY).set(COMMUNITY.CODE, code).set(COMMUNITY.NAME, name)
                .set(COMMUNITY.STREET, "宜城街道").returning(COMMUNITY.ID).fetchOne(COMMUNITY.ID));
    }

    public long grid(long communityId, String name) {
        return db.transaction(dsl -> dsl.insertInto(GRID).set(GRID.COMMUNITY_ID, communityId).set(GRID.NAME, name)
                .set(GRID.LEADER_NAME, "网格长").returning(GRID.ID).fetchOne(GRID.ID));
    }

    public long workUnitBranch(String code, String name, Unit unit) {
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, BranchKind.WORK_UNIT.name()).set(BRANCH.UNIT_ID, unit.id())
                .returning(BRANCH.ID).fetchOne(BRANCH.ID));
    }

    public long communityBranch(String code, String name, long communityId) {
        return db.transaction(dsl -> dsl.insertInto(BRANCH).set(BRANCH.CODE, code).set(BRANCH.NAME, name)
                .set(BRANCH.KIND, BranchKind.COMMUNITY.name()).set(BRANCH.COMMUNITY_ID, communityId)
                .returning(BRANCH.ID).fetchOne(BRANCH.ID));
    }

    /** A new person of {@code unit} made a party member of {@code branchId}; returns the member id. */
    public long member(String name, Unit unit, long branchId) {
        people++;
        Person p = t.person(name, String.format("32028219800101%03d", people), unit);
        return db.transaction(dsl -> dsl.insertInto(PARTY_MEMBER).set(PARTY_MEMBER.PERSON_ID, p.id())
                .set(PARTY_MEMBER.BRANCH_ID, branchId).set(PARTY_MEMBER.JOINED_ON, LocalDate.of(2005, 7, 1))
                .returning(PARTY_MEMBER.ID).fetchOne(PARTY_MEMBER.ID));
    }

    public void enrol(long memberId, long gridId, LocalDate reportedOn, LocalDate endedOn) {
        db.transaction(dsl -> dsl.insertInto(ENROLMENT).set(ENROLMENT.MEMBER_ID, memberId).set(ENROLMENT.GRID_ID, gridId)
                .set(ENROLMENT.REPORTED_ON, reportedOn).set(ENROLMENT.ENDED_ON, endedOn)
                .set(ENROLMENT.GRID_ROLE, GridRole.VOLUNTEER.name()).execute());
    }

    /** A party-secretary account linked to {@code branchId}, signed in. */
    public Session secretary(String username, String displayName, long branchId) {
        // written straight into the table with a cheap hash: the account service's own tests cover its rules
        Account a = db.transaction(dsl -> {
            Account saved = new AccountStore(dsl).insert(new Account(null, username, displayName, Role.PARTY_SECRETARY, 0, null, true,
                            java.time.LocalDateTime.now(TestServices.CLOCK), null),
                    Passwords.hash("0123456789".toCharArray(), 1000));
            dsl.update(BRANCH).set(BRANCH.SECRETARY_ACCOUNT_ID, saved.id()).where(BRANCH.ID.eq(branchId)).execute();
            return saved;
        });
        return new Session(a.id(), username, displayName, Role.PARTY_SECRETARY);
    }
}
