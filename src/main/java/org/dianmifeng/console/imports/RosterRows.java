package org.dianmifeng.console.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dianmifeng.console.account.TeamScope;
import org.dianmifeng.console.account.TeamScopeStore;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.ActivitySettings;
import org.dianmifeng.console.activity.ActivityStore;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.activity.HoursRules;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.volunteer.Volunteer;
import org.dianmifeng.console.volunteer.VolunteerStore;

/**
 * The rules of an import of activity rosters with hours, those of the roster form (ActivityService#enter and
 * {@link HoursRules#checkEntry}): the activity by its title and date (and team, when the file names one), neither
 * unknown nor cancelled, of the importer's own team for a team leader; the person by ID number or the console's
 * volunteer number (the name, when given, must be theirs), a registered, active volunteer ({@link
 * Volunteer#rosterProblem}), once per activity in the file; the hours above 0, one decimal, never more than the
 * activity's planned length, and a reason when they are entered late (补录). The rows are written as entered hours,
 * late ones marked, for the normal approval; never approved by the import. Hours already recorded for the person at
 * the activity are unchanged when equal, otherwise skipped or (as the user chose) overwritten, and then entered again
 * for approval; approved hours are never overwritten (they are corrected with a reason on the roster). Undo removes
 * the hours added and restores those changed, refused where they were approved, declined or changed since.
 */
final class RosterRows implements KindRules {
    private static final String TABLE = ActivityService.HOURS;
    private final ImportContext ctx;
    private final ActivityStore activities;
    private final PersonStore people;
    private final VolunteerStore volunteers;
    private final TeamScope scope;
    private final HoursRules rules;
    private final Map<String, List<Activity>> titledOn = new HashMap<>();
    private final Map<Long, String> teamNames = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    RosterRows(ImportContext ctx) {
        this.ctx = ctx;
        this.activities = new ActivityStore(ctx.dsl());
        this.people = new PersonStore(ctx.dsl());
        this.volunteers = new VolunteerStore(ctx.dsl());
        this.scope = new TeamScopeStore(ctx.dsl()).scope(ctx.who());
        this.rules = ActivitySettings.rules(ctx.dsl());
    }

    @Override
    public ImportRow parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        RowValues v = new RowValues(ctx.mapping(), cells, problems);
        String title = v.text(RosterColumn.ACTIVITY);
        LocalDate day = v.date(RosterColumn.HELD_ON);
        String team = Values.text(v.cell(RosterColumn.TEAM).text());
        String name = Values.text(v.cell(RosterColumn.NAME).text());
        String id = v.idNumber(RosterColumn.ID_NUMBER, ctx.today());
        String volunteerNo = Values.code(v.cell(RosterColumn.VOLUNTEER_NO).text());
        if (volunteerNo == null && v.cell(RosterColumn.ID_NUMBER).blank()) {
            problems.add(Problem.of("person.idNumber", "error.import.rosterPersonNeeded"));
        }
        BigDecimal hours = v.decimal(RosterColumn.HOURS);
        String reason = Values.text(v.cell(RosterColumn.LATE_REASON).text());
        Activity activity = title == null || day == null ? null : activity(title, day, team, problems);
        if (activity != null) {
            String teamName = teamName(activity.teamId());
            try {
                scope.require(activity.teamId(), teamName);
            } catch (ConsoleException e) {
                problems.add(Problem.of("activity.team", e.key(), e.args()));
            }
            if (activity.cancelled()) {
                problems.add(Problem.of("activity.title", "error.activity.cancelled", activity.summary()));
            }
            team = teamName;
        }
        ServiceHours entered = new ServiceHours(null, activity == null ? 0 : activity.id(), 0,
                activity == null ? 0 : activity.teamId(), day, hours, HoursState.ENTERED, false, reason, null, null,
                null, null, null, null);
        return ImportRow.read(row, new ImportedHours(team, name, id, volunteerNo, activity, entered),
                PeopleRows.errors(ctx.mapping(), row, problems));
    }

    /**
     * The one activity of that title on that day (of that team, when given; for a team leader, of their own team when
     * other teams hold one of that title too), or null with the problem.
     */
    private Activity activity(String title, LocalDate day, String team, List<Problem> problems) {
        List<Activity> found = titledOn.computeIfAbsent(title + "/" + day, k -> activities.titledOn(title, day))
                .stream().filter(a -> team == null || team.equals(teamName(a.teamId()))).toList();
        if (found.size() > 1 && !scope.isAll()) {
            // a team leader's file without a team means their own team's activity
            List<Activity> own = found.stream().filter(a -> scope.covers(a.teamId())).toList();
            found = own.size() == 1 ? own : found;
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            problems.add(team == null ? Problem.of("activity.title", "error.import.activityUnknown", title, day)
                    : Problem.of("activity.title", "error.import.activityUnknownInTeam", title, day, team));
        } else {
            problems.add(Problem.of("activity.title", "error.import.activityAmbiguous", title, day, found.size()));
        }
        return null;
    }

    private String teamName(long teamId) {
        return teamNames.computeIfAbsent(teamId, id -> activities.teamName(id).orElse(""));
    }

    @Override
    public List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy) {
        List<ImportedHours> valid = parsed.stream().filter(r -> r.errors().isEmpty())
                .map(r -> (ImportedHours) r.record()).toList();
        RowPeople persons = new RowPeople(people, valid.stream().map(ImportedHours::idNumber).toList(),
                valid.stream().filter(h -> h.idNumber() == null).map(ImportedHours::volunteerNo).toList());
        return ImportRow.decideValid(parsed, r -> decide(r, persons, policy));
    }

    private ImportRow decide(ImportRow r, RowPeople persons, DuplicatePolicy policy) {
        ImportedHours read = (ImportedHours) r.record();
        List<Problem> problems = new ArrayList<>();
        Person person = persons.find(read.idNumber(), read.volunteerNo(), read.name(), problems);
        if (person == null) {
            return ImportRow.error(ctx.mapping(), r.row(), read, null, problems);
        }
        String personField = read.idNumber() != null ? "person.idNumber" : "person.volunteerNo";
        Activity a = read.activity();
        Integer first = seen.putIfAbsent(a.id() + "/" + person.id(), r.row());
        if (first != null) {
            problems.add(Problem.of(personField, "error.import.sameAsRow", first));
        }
        ServiceHours file = read.hours();
        Optional<ServiceHours> stored = activities.hoursOf(a.id(), person.id());
        if (problems.isEmpty() && stored.isPresent()) {
            ServiceHours s = stored.get();
            ImportedHours before = read.with(person.name(), s);
            if (s.hours().compareTo(file.hours()) == 0) {
                return new ImportRow(r.row(), RowStatus.UNCHANGED, before, before, List.of());
            }
            if (policy != DuplicatePolicy.OVERWRITE) {
                // stored hours have no blank field to fill
                RowStatus status = policy == DuplicatePolicy.SKIP ? RowStatus.SKIPPED : RowStatus.UNCHANGED;
                return new ImportRow(r.row(), status, before, before, List.of());
            }
            if (s.state() == HoursState.APPROVED) {
                problems.add(Problem.of("hours.hours", "error.import.hoursApproved", person.name(), a.summary(),
                        Hours.shown(s.hours())));
            }
        }
        Volunteer.rosterProblem(personField, person.name(), volunteers.byPersonId(person.id()).orElse(null))
                .ifPresent(problems::add);
        // the roster form's checks of hours entered now
        Checks checks = new Checks();
        HoursRules.Timing timing = null;
        try {
            timing = rules.checkEntry(checks, a, file.hours(), file.lateReason(), ctx.now());
        } catch (ConsoleException e) {
            problems.add(Problem.of("activity.title", e.key(), e.args()));
        }
        problems.addAll(checks.problems());
        if (!problems.isEmpty()) {
            return ImportRow.error(ctx.mapping(), r.row(), read.with(person.name(), file), null, problems);
        }
        boolean late = timing == HoursRules.Timing.LATE;
        ServiceHours entered = new ServiceHours(stored.map(ServiceHours::id).orElse(null), a.id(), person.id(),
                a.teamId(), a.heldOn(), Hours.stored(file.hours()), HoursState.ENTERED, late,
                late ? file.lateReason() : null, ctx.who().username(), ctx.now(), null, null, null,
                stored.map(ServiceHours::version).orElse(null));
        ImportedHours value = read.with(person.name(), entered);
        return stored.isEmpty() ? new ImportRow(r.row(), RowStatus.NEW, value, null, List.of())
                : new ImportRow(r.row(), RowStatus.UPDATE, value, read.with(person.name(), stored.get()), List.of());
    }

    @Override
    public List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress) {
        List<ImportStore.Change> changes = new ArrayList<>();
        for (ImportRow r : rows.stream().filter(ImportRow::writes).toList()) {
            ImportedHours h = (ImportedHours) r.record();
            String summary = h.activity().hoursSummary(h.name());
            if (r.status() == RowStatus.NEW) {
                ServiceHours saved = activities.insertHours(h.hours());
                ctx.audit().record(ctx.dsl(), who, AuditAction.CREATE, TABLE, saved.id(), summary, null, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.CREATE, null, saved.version()));
            } else {
                ServiceHours before = ((ImportedHours) r.stored()).hours();
                ServiceHours saved = activities.updateHours(h.hours());
                ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, saved.id(), summary, before, saved);
                changes.add(new ImportStore.Change(TABLE, saved.id(), ImportStore.UPDATE, UndoText.of(
                        "hours", before.hours(), "state", before.state(), "late", before.late(),
                        "lateReason", before.lateReason(), "enteredBy", before.enteredBy(),
                        "enteredAt", before.enteredAt(), "decidedBy", before.decidedBy(),
                        "decidedAt", before.decidedAt(), "decisionNote", before.decisionNote()), saved.version()));
            }
        }
        return changes;
    }

    /** How refusals and audit lines name hours: the person and the activity. */
    private String summary(ServiceHours h) {
        String person = activities.personName(h.personId()).orElse("");
        return activities.activity(h.activityId()).map(a -> a.hoursSummary(person)).orElse(person);
    }

    @Override
    public Optional<String> undoBlocked(ImportStore.Change c, List<ImportStore.Change> all) {
        return activities.hours(c.recordId())
                .filter(h -> !Objects.equals(h.version(), c.afterVersion()) || !scope.covers(h.teamId()))
                .map(this::summary);
    }

    @Override
    public void undo(Session who, ImportStore.Change c) {
        Optional<ServiceHours> now = activities.hours(c.recordId());
        if (now.isEmpty()) {
            return;
        }
        ServiceHours h = now.get();
        String summary = summary(h);
        if (c.created()) {
            activities.deleteHours(h.id(), h.version());
            ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, TABLE, h.id(), summary, h, null);
        } else {
            UndoText b = UndoText.parse(c.before());
            ServiceHours saved = activities.updateHours(new ServiceHours(h.id(), h.activityId(), h.personId(),
                    h.teamId(), h.servedOn(), b.decimal("hours"), b.enumValue("state", HoursState.class),
                    b.flag("late"), b.text("lateReason"), b.text("enteredBy"), b.dateTime("enteredAt"),
                    b.text("decidedBy"), b.dateTime("decidedAt"), b.text("decisionNote"), h.version()));
            ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, TABLE, h.id(), summary, h, saved);
        }
    }
}
