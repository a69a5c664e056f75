package org.dianmifeng.console.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamStore;

/**
 * The rules of an import of team members, those of the team member form ({@link TeamMember#check}, an active team, a
 * person once in a team): the team by its name, the person by ID number (the name, when given, must be theirs), the
 * role (队长, 副队长, 队员) and the joined date. A membership already there keeps its role and date unless the user
 * chose to overwrite. Undo removes the memberships added and restores roles and dates changed, refused for a
 * membership changed since or one with service hours recorded since.
 */
final class TeamMemberRows implements KindRules {
    static final String TABLE = "TEAM_MEMBER";
    private final ImportContext ctx;
    private final TeamStore teams;
    private final PersonStore people;
    private final Map<String, Optional<Team>> byName = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    TeamMemberRows(ImportContext ctx) {
        this.ctx = ctx;
        this.teams = new TeamStore(ctx.dsl());
        this.people = new PersonStore(ctx.dsl());
    }

    @Override
    public ImportRow parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        RowValues v = new RowValues(ctx.mapping(), cells, problems);
        String teamName = v.text(TeamMemberColumn.TEAM);
        Team team = null;
        if (teamName != null) {
            team = byName.computeIfAbsent(teamName, teams::byName).orElse(null);
            if (team == null) {
                problems.add(Problem.of("teamMember.team", "error.import.teamUnknown", teamName));
            } else if (!team.active()) {
                problems.add(Problem.of("teamMember.team", "error.team.inactive", team.name()));
            }
        }
        String name = Values.text(v.cell(TeamMemberColumn.NAME).text());
        String id = v.idNumber(TeamMemberColumn.ID_NUMBER, ctx.today());
        TeamMemberRole role = v.choice(TeamMemberColumn.ROLE, TeamMemberRole.class);
        LocalDate joined = v.date(TeamMemberColumn.JOINED_ON);
        if (problems.isEmpty()) {
            Integer first = seen.putIfAbsent(team.id() + "/" + id, row);
            if (first != null) {
                problems.add(Problem.of("person.idNumber", "error.import.sameAsRow", first));
            }
        }
        TeamMember member = new TeamMember(null, team == null ? 0 : team.id(), null, joined, role, null);
        return ImportRow.read(row, new ImportedTeamMember(teamName, name, id, member),
                PeopleRows.errors(ctx.mapping(), row, problems));
    }

    @Override
    public List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy) {
        RowPeople persons = new RowPeople(people, parsed.stream().filter(r -> r.errors().isEmpty())
                .map(r -> ((ImportedTeamMember) r.record()).idNumber()).toList());
        return ImportRow.decideValid(parsed, r -> decide(r, persons, policy));
    }

    private ImportRow decide(ImportRow r, RowPeople persons, DuplicatePolicy policy) {
        ImportedTeamMember read = (ImportedTeamMember) r.record();
        List<Problem> problems = new ArrayList<>();
        Person person = persons.find(read.idNumber(), null, read.name(), problems);
        if (person == null) {
            return ImportRow.error(ctx.mapping(), r.row(), read, null, problems);
        }
        TeamMember m = read.member();
        TeamMember member = new TeamMember(null, m.teamId(), new PersonRef(person.id(), person.name(), null,
                person.employeeNo(), person.volunteerNo()), m.joinedOn(), m.role(), null);
        Team team = teams.byId(m.teamId()).orElseThrow();
        problems.addAll(member.check(team.foundedOn(), ctx.today()).problems());
        ImportedTeamMember value = new ImportedTeamMember(read.team(), person.name(), read.idNumber(), member);
        if (!problems.isEmpty()) {
            return ImportRow.error(ctx.mapping(), r.row(), value, null, problems);
        }
        Optional<TeamMember> stored = teams.member(m.teamId(), person.id());
        if (stored.isEmpty()) {
            return new ImportRow(r.row(), RowStatus.NEW, value, null, List.of());
        }
        TeamMember s = stored.get();
        ImportedTeamMember before = new ImportedTeamMember(read.team(), person.name(), read.idNumber(), s);
        if (s.role() == member.role() && s.joinedOn().equals(member.joinedOn())) {
            return new ImportRow(r.row(), RowStatus.UNCHANGED, before, before, List.of());
        }
        if (policy != DuplicatePolicy.OVERWRITE) {
            // a stored membership has no blank field to fill
            RowStatus status = policy == DuplicatePolicy.SKIP ? RowStatus.SKIPPED : RowStatus.UNCHANGED;
            return new ImportRow(r.row(), status, before, before, List.of());
        }
        TeamMember merged = new TeamMember(s.id(), s.teamId(), s.person(), member.joinedOn(), member.role(), s.version());
        return new ImportRow(r.row(), RowStatus.UPDATE,
                new ImportedTeamMember(read.team(), person.name(), read.idNumber(), merged), before, List.of());
    }

    @Override
    public List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress) {
        List<ImportStore.Change> changes = new ArrayList<>();
        for (ImportRow r : rows) {
            ImportedTeamMember m = (ImportedTeamMember) r.record();
            if (r.status() == RowStatus.NEW) {
                TeamMember saved = teams.insertMember(m.member());
                ctx.audit().record(ctx.dsl(), who, AuditAction.CREATE, TABLE, saved.id(), summary(m), null, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.CREATE, null, saved.version()));
            } else if (r.status() == RowStatus.UPDATE) {
                TeamMember before = ((ImportedTeamMember) r.stored()).member();
                TeamMember saved = teams.updateMember(m.member());
                ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, saved.id(), summary(m), before, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.UPDATE,
                        UndoText.of("role", before.role(), "joinedOn", before.joinedOn()), saved.version()));
            }
        }
        return changes;
    }

    private static String summary(ImportedTeamMember m) {
        return m.team() + " / " + m.name();
    }

    @Override
    public Optional<String> undoBlocked(ImportStore.Change c, List<ImportStore.Change> all) {
        return teams.member(c.recordId())
                .filter(m -> !Objects.equals(m.version(), c.afterVersion())
                        || c.created() && new ImportStore(ctx.dsl()).hasServiceHours(m.teamId(), m.person().id()))
                .map(m -> m.person().name());
    }

    @Override
    public void undo(Session who, ImportStore.Change c) {
        Optional<TeamMember> now = teams.member(c.recordId());
        if (now.isEmpty()) {
            return;
        }
        TeamMember m = now.get();
        String summary = teams.byId(m.teamId()).map(Team::name).orElse("") + " / " + m.person().name();
        if (c.created()) {
            teams.deleteMember(m);
            ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, TABLE, m.id(), summary, m, null);
        } else {
            UndoText before = UndoText.parse(c.before());
            TeamMember saved = teams.updateMember(new TeamMember(m.id(), m.teamId(), m.person(),
                    before.date("joinedOn"), before.enumValue("role", TeamMemberRole.class), m.version()));
            ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, m.id(), summary, m, saved);
        }
    }
}
