package org.dianmifeng.console.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.unit.PersonRef;
import org.jooq.DSLContext;

/** Volunteer service teams and their members: every change checked, audited and saved in one transaction. */
public final class TeamService {
    static final String ENTITY = "TEAM";
    static final String MEMBER_ENTITY = "TEAM_MEMBER";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public TeamService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today by the service's clock: the latest founding or joining date a form may hold. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every team, active or not, with unit name, leader and member count. Any signed-in role may read it. */
    public List<TeamRow> list(Session who) {
        return db.read(dsl -> new TeamStore(dsl).rows());
    }

    public TeamRow get(Session who, long teamId) {
        return db.read(dsl -> new TeamStore(dsl).row(teamId)).orElseThrow(StaleDataException::new);
    }

    public Team create(Session who, Team team) {
        who.require(Permission.TEAM_EDIT);
        Team t = cleaned(team, null, true, null);
        t.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            TeamStore store = new TeamStore(dsl);
            checkReferences(store, t);
            Team saved = store.insert(t);
            audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.name(), null, saved);
            return saved;
        });
    }

    /** Saves the edited fields of a team read earlier; refused if someone changed it since ({@code team.version()}). */
    public Team update(Session who, Team team) {
        who.require(Permission.TEAM_EDIT);
        Team t = cleaned(team, team.id(), team.active(), team.version());
        t.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            TeamStore store = new TeamStore(dsl);
            Team before = store.byId(t.id()).orElseThrow(StaleDataException::new);
            checkReferences(store, t);
            if (t.foundedOn() != null) {
                store.members(t.id()).stream()
                        .filter(m -> m.joinedOn().isBefore(t.foundedOn()))
                        .findFirst()
                        .ifPresent(m -> new Checks().add("team.foundedOn", "error.team.memberBeforeFounding",
                                m.person().name(), m.joinedOn()).throwIfAny());
            }
            return save(dsl, who, before, t);
        });
    }

    /** Deactivates (or activates again) a team; its members and history stay. */
    public Team setActive(Session who, Team team, boolean active) {
        who.require(Permission.TEAM_EDIT);
        return db.transaction(dsl -> {
            Team before = new TeamStore(dsl).byId(team.id()).orElseThrow(StaleDataException::new);
            return save(dsl, who, before, team.withActive(active));
        });
    }

    /** The members of a team, captains first. Any signed-in role may read them. */
    public List<TeamMember> members(Session who, long teamId) {
        return db.read(dsl -> new TeamStore(dsl).members(teamId));
    }

    /** Adds a person to a team; one person is in a team once. */
    public TeamMember addMember(Session who, TeamMember member) {
        who.require(Permission.TEAM_EDIT);
        return db.transaction(dsl -> {
            TeamStore store = new TeamStore(dsl);
            Team team = store.byId(member.teamId()).orElseThrow(StaleDataException::new);
            member.check(team.foundedOn(), today()).throwIfAny();
            if (!team.active()) {
                throw new ConsoleException("error.team.inactive", team.name());
            }
            PersonRef person = store.person(member.person().id()).orElseThrow(StaleDataException::new);
            store.member(team.id(), person.id()).ifPresent(existing -> {
                throw new ConsoleException("error.teamMember.twice", person.name(), team.name(),
                        existing.joinedOn());
            });
            TeamMember saved = store.insertMember(new TeamMember(null, team.id(), person, member.joinedOn(),
                    member.role(), null));
            audit.record(dsl, who, AuditAction.CREATE, MEMBER_ENTITY, saved.id(), memberSummary(team, person), null,
                    saved);
            return saved;
        });
    }

    public TeamMember changeRole(Session who, TeamMember member, TeamMemberRole role) {
        who.require(Permission.TEAM_EDIT);
        TeamMember changed = member.withRole(role);
        new Checks().required("teamMember.role", role).throwIfAny();
        return db.transaction(dsl -> {
            TeamStore store = new TeamStore(dsl);
            TeamMember before = store.member(member.id()).orElseThrow(StaleDataException::new);
            Team team = store.byId(member.teamId()).orElseThrow(StaleDataException::new);
            TeamMember saved = store.updateMember(changed);
            audit.record(dsl, who, AuditAction.UPDATE, MEMBER_ENTITY, saved.id(), memberSummary(team, saved.person()),
                    before, saved);
            return saved;
        });
    }

    public void removeMember(Session who, TeamMember member) {
        who.require(Permission.TEAM_EDIT);
        db.transaction(dsl -> {
            TeamStore store = new TeamStore(dsl);
            Team team = store.byId(member.teamId()).orElseThrow(StaleDataException::new);
            store.deleteMember(member);
            audit.record(dsl, who, AuditAction.DELETE, MEMBER_ENTITY, member.id(), memberSummary(team, member.person()),
                    member, null);
            return null;
        });
    }

    private static String memberSummary(Team team, PersonRef person) {
        return team.name() + " / " + person.name();
    }

    private static Team cleaned(Team t, Long id, boolean active, Integer version) {
        return new Team(id, Texts.clean(t.name()), t.kind(), t.unitId(), t.leaderId(), t.foundedOn(),
                Texts.clean(t.brand()), Texts.clean(t.notes()), active, version);
    }

    /** A unique name, an existing unit and leader; the name rule shows beside the name field. */
    private static void checkReferences(TeamStore store, Team t) {
        store.byName(t.name())
                .filter(existing -> !existing.id().equals(t.id()))
                .ifPresent(existing -> new Checks().add("team.name", "error.team.nameTaken", existing.name())
                        .throwIfAny());
        if (!store.unitExists(t.unitId())) {
            throw new StaleDataException();
        }
        if (t.leaderId() != null && store.person(t.leaderId()).isEmpty()) {
            throw new StaleDataException();
        }
    }

    private Team save(DSLContext dsl, Session who, Team before, Team after) {
        Team saved = new TeamStore(dsl).update(after);
        audit.record(dsl, who, AuditAction.UPDATE, ENTITY, saved.id(), saved.name(), before, saved);
        return saved;
    }
}
