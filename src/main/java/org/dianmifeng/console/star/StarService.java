package org.dianmifeng.console.star;

import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.AuditNote;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.core.Settings;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.PageSetup;
import org.jooq.DSLContext;

/**
 * Star levels (星级评定) from cumulative approved hours: finds the volunteers who reached a new level, puts levels
 * on public notice (公示) for at least {@value WorkingDays#NOTICE_MIN} working days ({@link WorkingDays}: holidays and
 * weekends worked are a setting), grants them from the first working day after the notice or
 * withdraws them with a reason. Every signed-in role reads; changes need {@link Permission#STAR_GRANT}, the
 * thresholds {@link Permission#SETTINGS_MANAGE}. Each change is one transaction, audited (entity {@value #ENTITY}).
 */
public final class StarService {
    public static final String ENTITY = "STAR_LEVEL";
    /** The fields of a public notice, as its refusals name them. */
    public static final String NOTICE_FROM = "star.noticeFrom";
    public static final String NOTICE_DAYS = "star.noticeDays";
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public StarService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- thresholds

    public StarThresholds thresholds() {
        return db.read(StarService::thresholds);
    }

    /** The thresholds as stored in the transaction of {@code dsl}. */
    public static StarThresholds thresholds(DSLContext dsl) {
        SettingStore store = new SettingStore(dsl);
        return StarThresholds.from(name -> store.get(name).orElse(null));
    }

    /** Checks and saves the five thresholds at once, audited with before and after; levels found stay as they are. */
    public StarThresholds saveThresholds(Session who, StarThresholds thresholds) {
        who.require(Permission.SETTINGS_MANAGE);
        thresholds.check().throwIfAny();
        return Settings.saveGroup(db, audit, who, AuditTexts.stored(AuditNote.RULES_STARS), thresholds.toSettings(), StarService::thresholds);
    }

    // ---------------------------------------------------------------- working days of a notice

    /** The working days a notice counts: Monday to Friday less the holidays set, plus the weekends worked (调休). */
    public WorkingDays workingDays() {
        return db.read(StarService::workingDays);
    }

    /** The working days as stored in the transaction of {@code dsl}. */
    public static WorkingDays workingDays(DSLContext dsl) {
        SettingStore store = new SettingStore(dsl);
        return WorkingDays.from(name -> store.get(name).orElse(null));
    }

    /**
     * Checks and saves the holidays and the weekends worked as typed in the form (see {@link WorkingDays#parse}),
     * audited with before and after; notices put up before keep their last day.
     */
    public WorkingDays saveWorkingDays(Session who, String holidays, String workedWeekends) {
        who.require(Permission.SETTINGS_MANAGE);
        Checks checks = new Checks();
        WorkingDays typed = WorkingDays.parse(holidays, workedWeekends, checks);
        checks.throwIfAny();
        return Settings.saveGroup(db, audit, who, AuditTexts.stored(AuditNote.RULES_WORKING_DAYS), typed.toSettings(), StarService::workingDays);
    }

    // ---------------------------------------------------------------- reading

    /** The levels in {@code state} (null: all), newest reached first. */
    public List<StarRow> list(Session who, StarState state) {
        return db.read(dsl -> new StarStore(dsl).rows(state));
    }

    /** One person's level history, lowest level first. */
    public List<StarRow> history(Session who, long personId) {
        return db.read(dsl -> new StarStore(dsl).history(personId).stream()
                .sorted(java.util.Comparator.comparingInt(r -> r.level().stars())).toList());
    }

    // ---------------------------------------------------------------- changes

    /**
     * Finds every volunteer whose cumulative approved hours reached a level they have no row for, and records each
     * such level as REACHED with the day its threshold was crossed and the cumulative hours that day (a volunteer
     * who passed two thresholds gets both rows). Returns how many levels were found.
     */
    public int findReached(Session who) {
        who.require(Permission.STAR_GRANT);
        return db.transaction(dsl -> {
            List<StarLevel> found = reached(dsl, thresholds(dsl));
            StarStore store = new StarStore(dsl);
            store.insertAll(found);
            for (StarLevel l : found) {
                audit.record(dsl, who, AuditAction.CREATE, ENTITY, null,
                        StarLevel.summary(store.personName(l.personId()), l.stars()), null, l);
            }
            return found.size();
        });
    }

    /** The levels reached and not yet recorded, by the approved hours in the transaction of {@code dsl}. */
    public static List<StarLevel> reached(DSLContext dsl, StarThresholds thresholds) {
        StarStore store = new StarStore(dsl);
        Map<Long, BigDecimal> totals = store.approvedTotals();
        Map<Long, Integer> highest = store.highestLevels();
        List<Long> candidates = totals.entrySet().stream()
                .filter(e -> thresholds.levelFor(e.getValue()) > highest.getOrDefault(e.getKey(), 0))
                .map(Map.Entry::getKey).sorted().toList();
        List<StarLevel> out = new ArrayList<>();
        store.approvedInOrder(candidates).forEach((personId, served) ->
                out.addAll(crossings(personId, highest.getOrDefault(personId, 0), served, thresholds)));
        return out;
    }

    /**
     * The levels above {@code above} that {@code served} (one person's approved hours in the order served) crosses:
     * for each, the day the cumulative hours first reached its threshold and the cumulative hours at the end of
     * that day. One day that crosses two thresholds gives two levels on the same day.
     */
    static List<StarLevel> crossings(long personId, int above, List<StarStore.Served> served,
                                     StarThresholds thresholds) {
        List<StarLevel> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int level = above;
        for (int i = 0; i < served.size(); i++) {
            sum = sum.add(served.get(i).hours());
            LocalDate day = served.get(i).on();
            boolean lastOfDay = i + 1 == served.size() || !served.get(i + 1).on().equals(day);
            if (!lastOfDay) {
                continue;
            }
            int now = thresholds.levelFor(sum);
            for (int s = level + 1; s <= now; s++) {
                out.add(new StarLevel(null, personId, s, sum, day, StarState.REACHED, null, null, null, null, null,
                        null));
            }
            level = Math.max(level, now);
        }
        return out;
    }

    /**
     * Puts the reached levels {@code ids} on public notice from {@code from} for {@code workingDays} working days
     * (at least {@value WorkingDays#NOTICE_MIN}); the notice's last day is computed. Refused, naming the volunteer,
     * for a level that is not in state REACHED.
     */
    public List<StarLevel> putOnNotice(Session who, Collection<Long> ids, LocalDate from, Integer workingDays) {
        who.require(Permission.STAR_GRANT);
        Checks checks = new Checks().required(NOTICE_FROM, from).required(NOTICE_DAYS, workingDays);
        if (workingDays != null && workingDays < WorkingDays.NOTICE_MIN) {
            checks.add(NOTICE_DAYS, "error.star.noticeTooShort", WorkingDays.NOTICE_MIN, workingDays);
        }
        if (ids.isEmpty()) {
            checks.add("star.levels", "error.star.noneChosen");
        }
        checks.throwIfAny();
        LocalDate until = workingDays().until(from, workingDays);
        return change(who, ids, StarState.NOTICE, (l, name) -> new StarLevel(l.id(), l.personId(), l.stars(),
                l.hoursAt(), l.reachedOn(), StarState.NOTICE, from, until, null, who.username(), l.note(),
                l.version()));
    }

    /**
     * Grants the levels {@code ids} on notice, today; refused, naming the volunteer, the notice's last day and the
     * first day it may be granted, before that day: the first working day after the notice's last day.
     */
    public List<StarLevel> grant(Session who, Collection<Long> ids) {
        who.require(Permission.STAR_GRANT);
        if (ids.isEmpty()) {
            new Checks().add("star.levels", "error.star.noneChosen").throwIfAny();
        }
        LocalDate today = today();
        WorkingDays calendar = workingDays();
        return change(who, ids, StarState.GRANTED, (l, name) -> {
            LocalDate earliest = calendar.firstAfter(l.noticeUntil());
            if (today.isBefore(earliest)) {
                throw new ConsoleException("error.star.noticeRunning", name, l.stars(),
                        PageSetup.date(l.noticeUntil()), PageSetup.date(earliest));
            }
            return new StarLevel(l.id(), l.personId(), l.stars(), l.hoursAt(), l.reachedOn(), StarState.GRANTED,
                    l.noticeFrom(), l.noticeUntil(), today, who.username(), l.note(), l.version());
        });
    }

    /** Withdraws a reached level or one on notice, with a reason (required, at most 200 characters). */
    public StarLevel withdraw(Session who, long id, String reason) {
        who.require(Permission.STAR_GRANT);
        String why = Texts.clean(reason);
        new Checks().text("star.reason", why, StarLevel.NOTE_MAX).throwIfAny();
        return change(who, List.of(id), StarState.WITHDRAWN, (l, name) -> new StarLevel(l.id(), l.personId(),
                l.stars(), l.hoursAt(), l.reachedOn(), StarState.WITHDRAWN, l.noticeFrom(), l.noticeUntil(), null,
                who.username(), why, l.version())).get(0);
    }

    private interface Step {
        StarLevel apply(StarLevel level, String name);
    }

    /** Moves every level of {@code ids} to {@code next} in one transaction: all or none, each audited. */
    private List<StarLevel> change(Session who, Collection<Long> ids, StarState next, Step step) {
        return db.transaction(dsl -> {
            StarStore store = new StarStore(dsl);
            List<StarLevel> saved = new ArrayList<>();
            for (long id : ids) {
                StarLevel before = store.byId(id).orElseThrow(StaleDataException::new);
                String name = store.personName(before.personId());
                if (!before.state().mayBecome(next)) {
                    throw new ConsoleException("error.star.wrongState", name, before.stars(), before.state(), next);
                }
                StarLevel after = store.update(step.apply(before, name));
                audit.record(dsl, who, AuditAction.UPDATE, ENTITY, id, StarLevel.summary(name, after.stars()), before,
                        after);
                saved.add(after);
            }
            return saved;
        });
    }
}
