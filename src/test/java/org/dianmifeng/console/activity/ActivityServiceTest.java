package org.dianmifeng.console.activity;

import static org.dianmifeng.console.testing.ActivityFixtures.h;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.volunteer.Volunteer;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of activities and hours, through the service, as each role meets them. */
class ActivityServiceTest {
    @TempDir Path dir;
    TestServices t;
    ActivityFixtures w;
    ActivityService activities;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        w = new ActivityFixtures(t);
        activities = t.services().activities();
    }

    @AfterEach
    void close() {
        t.close();
    }

    static String field(ValidationException e) {
        return e.problems().get(0).field();
    }

    static String key(ValidationException e) {
        return e.problems().get(0).key();
    }

    @Test
    void hoursAreCappedAtThePlannedLengthWithOneDecimal() {
        Activity a = w.activity("安全用电进社区", w.bees, 1, "2.0");
        ServiceHours full = activities.enter(OFFICE, a.id(), w.wang.id(), h("2.0"), null);
        assertEquals(h("2.0"), full.hours());
        assertEquals(HoursState.ENTERED, full.state());
        assertEquals(a.heldOn(), full.servedOn());
        assertEquals(w.bees.id(), full.teamId());

        ValidationException over = assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, a.id(), w.li.id(), h("2.1"), null));
        assertEquals("hours.hours", field(over));
        assertEquals("error.hours.overPlanned", key(over));
        assertTrue(over.localized(Messages.of(Messages.CHINESE)).contains("2.0"), "names the planned length");
        assertEquals("error.hours.oneDecimal",
                key(assertThrows(ValidationException.class, () -> activities.enter(OFFICE, a.id(), w.li.id(), h("1.25"), null))));
        assertEquals("error.hours.positive",
                key(assertThrows(ValidationException.class, () -> activities.enter(OFFICE, a.id(), w.li.id(), h("0"), null))));
        assertEquals("error.required",
                key(assertThrows(ValidationException.class, () -> activities.enter(OFFICE, a.id(), w.li.id(), null, null))));
        // 1.50 is one decimal written with two
        assertEquals(h("1.5"), activities.enter(OFFICE, a.id(), w.li.id(), h("1.50"), null).hours());
        assertEquals(2, activities.roster(ADMIN, a.id()).size());
    }

    @Test
    void theActivityPlannedLengthIsAtMost24HoursWithOneDecimal() {
        assertEquals("error.activity.plannedMax", key(assertThrows(ValidationException.class,
                () -> w.activity("通宵抢修", w.bees, 1, "24.1"))));
        assertEquals("error.hours.oneDecimal", key(assertThrows(ValidationException.class,
                () -> w.activity("半小时", w.bees, 1, "0.55"))));
        assertEquals(h("24.0"), w.activity("全天保电", w.bees, 1, "24").plannedHours());
    }

    @Test
    void aPersonIsOnARosterOnce() {
        Activity a = w.activity("安全用电进社区", w.bees, 1, "3.0");
        activities.enter(OFFICE, a.id(), w.wang.id(), h("3.0"), null);
        ValidationException twice = assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, a.id(), w.wang.id(), h("1.0"), null));
        assertEquals("error.hours.onRoster", key(twice));
        assertTrue(twice.localized(Messages.of(Messages.CHINESE)).contains("王芳"));
    }

    @Test
    void onlyActiveRegisteredVolunteersAreOnARoster() {
        Activity a = w.activity("安全用电进社区", w.bees, 1, "3.0");
        Person stranger = t.person("孙悦", "32028119870707013", w.yixing);
        ValidationException notRegistered = assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, a.id(), stranger.id(), h("1.0"), null));
        assertEquals("hours.person", field(notRegistered));
        assertEquals("error.volunteer.notRegistered", key(notRegistered));
        assertTrue(notRegistered.localized(Messages.of(Messages.CHINESE)).contains("孙悦"));

        VolunteerService volunteers = t.services().volunteers();
        Volunteer paused = volunteers.changeStatus(ADMIN, volunteers.register(ADMIN, stranger.id(),
                LocalDate.of(2026, 11, 1)), VolunteerStatus.PAUSED, "外出学习");
        assertEquals("error.volunteer.notActive", key(assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, a.id(), stranger.id(), h("1.0"), null))));
        volunteers.changeStatus(ADMIN, paused, VolunteerStatus.ACTIVE, "学习结束");
        assertEquals(h("1.0"), activities.enter(OFFICE, a.id(), stranger.id(), h("1.0"), null).hours());
    }

    @Test
    void hoursForAnActivityNotYetStartedAreRefused() {
        Activity later = w.activity("明日宣讲", w.bees, LocalDate.of(2026, 11, 29).atTime(14, 0), "2.0");
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> activities.enter(OFFICE, later.id(), w.wang.id(), h("1.0"), null));
        assertEquals("error.hours.notStarted", e.key());
        // started this morning: fine
        Activity morning = w.activity("晨间巡检", w.bees, LocalDate.of(2026, 11, 29).atTime(8, 0), "2.0");
        activities.enter(OFFICE, morning.id(), w.wang.id(), h("1.0"), null);
    }

    @Test
    void lateEntriesNeedAReasonAndAreRefusedAfterTheLimit() {
        // 7 days after: on time, no reason needed
        ServiceHours onTime = activities.enter(OFFICE, w.activity("七天前", w.bees, 7, "2.0").id(), w.wang.id(),
                h("2.0"), "忘了");
        assertFalse(onTime.late());
        assertNull(onTime.lateReason(), "a reason is kept only for late hours");
        // 8 days after: late, and a reason is needed
        Activity eight = w.activity("八天前", w.bees, 8, "2.0");
        ValidationException noReason = assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, eight.id(), w.wang.id(), h("2.0"), "  "));
        assertEquals("hours.lateReason", field(noReason));
        assertEquals("error.hours.lateReasonNeeded", key(noReason));
        ServiceHours late = activities.enter(OFFICE, eight.id(), w.wang.id(), h("2.0"), "签到表遗失，据照片补录");
        assertTrue(late.late());
        assertEquals("签到表遗失，据照片补录", late.lateReason());
        // 90 days after: still allowed, late; 91: refused
        assertTrue(activities.enter(OFFICE, w.activity("九十天前", w.bees, 90, "2.0").id(), w.wang.id(), h("1.0"),
                "补录").late());
        Activity ninetyOne = w.activity("九十一天前", w.bees, 91, "2.0");
        ConsoleException tooLate = assertThrows(ConsoleException.class,
                () -> activities.enter(OFFICE, ninetyOne.id(), w.wang.id(), h("1.0"), "补录"));
        assertEquals("error.hours.tooLate", tooLate.key());
        assertTrue(tooLate.localized(Messages.of(Messages.CHINESE)).contains("90"));
    }

    static List<String> fields(ValidationException e) {
        return e.problems().stream().map(p -> p.field()).sorted().toList();
    }

    @Test
    void theFieldChecksOfHoursNameEveryProblemAtOnceWithAFormsOwnAndSaveNothing() {
        Activity eight = w.activity("八天前", w.bees, 8, "2.0");
        // a form's unreadable hours, no person, no late reason: all three, the form's problem kept for its field
        ValidationException form = assertThrows(ValidationException.class, () -> activities.checkEnter(OFFICE,
                new Checks().add("hours.hours", "error.hours.number", "1.2.3"), eight.id(), null, null, " "));
        assertEquals(List.of("hours.hours", "hours.lateReason", "hours.person"), fields(form));
        assertTrue(form.localized(Messages.of(Messages.CHINESE)).contains("1.2.3"), form.getMessage());
        // the service alone, as an import or the command line calls it: the person's registration with the rest
        Person stranger = t.person("孙悦", "32028119870707013", w.yixing);
        ValidationException alone = assertThrows(ValidationException.class,
                () -> activities.enter(OFFICE, eight.id(), stranger.id(), h("2.5"), null));
        assertEquals(List.of("hours.hours", "hours.lateReason", "hours.person"), fields(alone));
        assertTrue(activities.roster(OFFICE, eight.id()).isEmpty(), "nothing saved");
        activities.checkEnter(OFFICE, new Checks(), eight.id(), w.wang.id(), h("2.0"), "补录");
        assertTrue(activities.roster(OFFICE, eight.id()).isEmpty(), "a check saves nothing");

        ServiceHours entered = activities.enter(OFFICE, eight.id(), w.wang.id(), h("2.0"), "补录");
        assertEquals(List.of("hours.hours", "hours.lateReason"), fields(assertThrows(ValidationException.class,
                () -> activities.checkChange(OFFICE, new Checks().add("hours.hours", "error.hours.number", "二"),
                        entered, null, null))));
        ServiceHours approved = activities.approve(OFFICE, entered);
        assertEquals(List.of("hours.correctionReason", "hours.hours"), fields(assertThrows(ValidationException.class,
                () -> activities.correct(OFFICE, approved, h("2.0"), ""))), "hours unchanged and no reason at once");
        assertEquals(List.of("hours.correctionReason", "hours.hours"), fields(assertThrows(ValidationException.class,
                () -> activities.checkCorrect(OFFICE, new Checks().add("hours.hours", "error.hours.number", "x"),
                        approved, null, null))));
        assertEquals(h("2.0"), activities.roster(OFFICE, eight.id()).get(0).hours().hours());
    }

    @Test
    void theLateWindowIsASettingOfTheAdministrator() {
        assertThrows(AccessDeniedException.class, () -> t.services().activitySettings().save(OFFICE, new HoursRules(3, 10)));
        assertEquals("hoursRules.refuseAfterDays", field(assertThrows(ValidationException.class,
                () -> t.services().activitySettings().save(ADMIN, new HoursRules(10, 10)))));
        t.services().activitySettings().save(ADMIN, new HoursRules(3, 10));
        assertEquals(new HoursRules(3, 10), activities.rules());
        assertFalse(activities.enter(OFFICE, w.activity("三天前", w.bees, 3, "2.0").id(), w.wang.id(), h("1.0"), null).late());
        assertTrue(activities.enter(OFFICE, w.activity("四天前", w.bees, 4, "2.0").id(), w.wang.id(), h("1.0"), "补").late());
        assertEquals("error.hours.tooLate", assertThrows(ConsoleException.class, () -> activities.enter(OFFICE,
                w.activity("十一天前", w.bees, 11, "2.0").id(), w.wang.id(), h("1.0"), "补")).key());
        List<AuditEntry> log = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "SETTING", null, 10));
        assertTrue(log.get(0).before().contains("lateAfterDays=7") && log.get(0).after().contains("lateAfterDays=3"));
        assertEquals("补录设置", org.dianmifeng.console.core.AuditTexts.summary(
                org.dianmifeng.console.core.Messages.of(org.dianmifeng.console.core.Messages.CHINESE),
                log.get(0).summary()), "the log's summary in the reader's language, not a stored name");
    }

    @Test
    void hoursAreApprovedOrDeclinedOnceAndDeclinedOnesMayBeEnteredAgain() {
        Activity a = w.activity("文明故事会", w.bees, 2, "3.0");
        ServiceHours wang = activities.enter(OFFICE, a.id(), w.wang.id(), h("3.0"), null);
        ServiceHours li = activities.enter(OFFICE, a.id(), w.li.id(), h("2.5"), null);

        ServiceHours approved = activities.approve(OFFICE, wang);
        assertEquals(HoursState.APPROVED, approved.state());
        assertEquals("office", approved.decidedBy());
        assertEquals("error.hours.decided", assertThrows(ConsoleException.class,
                () -> activities.approve(OFFICE, approved)).key());
        assertEquals("error.hours.decided", assertThrows(ConsoleException.class,
                () -> activities.approve(OFFICE, wang)).key(), "the line read before it was approved");
        ServiceHours changed = activities.change(OFFICE, li, h("2.0"), null);
        assertThrows(StaleDataException.class, () -> activities.approve(OFFICE, li), "the line read before the change");
        assertEquals("error.hours.approvedCorrectInstead", assertThrows(ConsoleException.class,
                () -> activities.change(OFFICE, approved, h("1.0"), null)).key());
        assertEquals("error.hours.approvedCorrectInstead", assertThrows(ConsoleException.class,
                () -> activities.remove(OFFICE, approved)).key());

        assertEquals("hours.declineReason", field(assertThrows(ValidationException.class,
                () -> activities.decline(OFFICE, li, " "))));
        ServiceHours declined = activities.decline(OFFICE, changed, "当天未到场");
        assertEquals(HoursState.DECLINED, declined.state());
        assertEquals("当天未到场", declined.decisionNote());
        ServiceHours again = activities.change(OFFICE, declined, h("1.0"), null);
        assertEquals(HoursState.ENTERED, again.state());
        assertNull(again.decidedBy());
        activities.remove(OFFICE, again);
        assertEquals(List.of("王芳"), activities.roster(ADMIN, a.id()).stream().map(RosterLine::personName).toList());

        ActivityRow row = activities.get(ADMIN, a.id());
        assertEquals(1, row.approved());
        assertEquals(h("3.0"), row.approvedHours());
    }

    @Test
    void bulkApprovalSkipsLateHoursAndSaysHowMany() {
        Activity a = w.activity("八天前的义诊", w.bees, 8, "4.0");
        activities.enter(OFFICE, a.id(), w.wang.id(), h("4.0"), "补录：签到表迟交");
        activities.enter(OFFICE, a.id(), w.li.id(), h("3.5"), "补录：签到表迟交");
        Activity b = w.activity("昨天的宣讲", w.bees, 1, "2.0");
        activities.enter(OFFICE, b.id(), w.wang.id(), h("2.0"), null);
        activities.enter(OFFICE, b.id(), w.li.id(), h("2.0"), null);
        activities.enter(OFFICE, b.id(), w.zhang.id(), h("1.5"), null);

        assertEquals(new BulkApproval(3, 0), activities.approveAll(w.leader, b.id()));
        assertEquals(new BulkApproval(0, 2), activities.approveAll(w.leader, a.id()));
        assertEquals(2, activities.get(ADMIN, a.id()).lateEntered());
        ServiceHours one = activities.roster(ADMIN, a.id()).get(0).hours();
        assertEquals(HoursState.APPROVED, activities.approve(w.leader, one).state());
        assertEquals(1, activities.list(ADMIN, new ActivityFilter(null, null, null, null, null, null,
                HoursFilter.HAS_LATE_PENDING, null)).size());
        assertEquals(List.of("昨天的宣讲"), activities.list(ADMIN, new ActivityFilter(null, null, null, null, null, null,
                HoursFilter.ALL_DECIDED, null)).stream().map(r -> r.activity().title()).toList());
    }

    @Test
    void onlyRolesWithThePermissionsEnterAndDecide() {
        Activity a = w.activity("安全用电进社区", w.bees, 1, "2.0");
        for (Session s : List.of(VIEWER, SECRETARY)) {
            assertThrows(AccessDeniedException.class, () -> activities.enter(s, a.id(), w.wang.id(), h("1.0"), null));
            assertThrows(AccessDeniedException.class, () -> activities.approveAll(s, a.id()));
        }
        ServiceHours line = activities.enter(w.leader, a.id(), w.wang.id(), h("1.0"), null);
        assertThrows(AccessDeniedException.class, () -> activities.approve(VIEWER, line));
        assertEquals(HoursState.APPROVED, activities.approve(w.leader, line).state());
    }

    @Test
    void aTeamLeaderActsOnlyOnTheirOwnTeamAndTheRefusalNamesIt() {
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 1, "2.0");
        ServiceHours line = activities.enter(OFFICE, theirs.id(), w.zhao.id(), h("2.0"), null);
        Messages zh = Messages.of(Messages.CHINESE);

        ConsoleException enter = assertThrows(ConsoleException.class,
                () -> activities.enter(w.leader, theirs.id(), w.wang.id(), h("1.0"), null));
        assertEquals("error.teamScope.notYourTeam", enter.key());
        assertTrue(enter.localized(zh).contains(w.jiangyin.name()) && enter.localized(zh).contains(w.bees.name()));
        assertEquals("error.teamScope.notYourTeam", assertThrows(ConsoleException.class,
                () -> activities.approve(w.leader, line)).key());
        assertEquals("error.teamScope.notYourTeam", assertThrows(ConsoleException.class,
                () -> activities.create(w.leader, new Activity(null, "越权", ActivityKind.LECTURE, null, null,
                        w.jiangyin.id(), theirs.startsAt(), h("1.0"), null, null, false, null))).key());
        Activity own = activities.create(w.leader, new Activity(null, "蜜蜂宣讲", ActivityKind.LECTURE, null, null,
                w.bees.id(), theirs.startsAt(), h("1.0"), null, null, false, null));
        assertEquals("error.teamScope.notYourTeam", assertThrows(ConsoleException.class,
                () -> activities.update(w.leader, new Activity(own.id(), own.title(), own.kind(), null, null,
                        w.jiangyin.id(), own.startsAt(), own.plannedHours(), null, null, false, own.version()))).key());
        assertEquals(w.bees.id(), activities.scope(w.leader).teamId());
        assertTrue(activities.scope(OFFICE).isAll());

        ValidationException noTeam = assertThrows(ValidationException.class, () -> w.leaderOf(null, "orphan"));
        assertEquals("account.team", field(noTeam));
        // a leader's session whose account lost its team meanwhile (made a viewer's, say)
        var viewer = t.services().accounts().create(ADMIN, org.dianmifeng.console.account.Account.draft("former",
                "前队长", org.dianmifeng.console.core.Role.VIEWER), ActivityFixtures.PASSWORD.toCharArray(),
                ActivityFixtures.PASSWORD.toCharArray());
        Session orphan = new Session(viewer.id(), "former", "前队长", org.dianmifeng.console.core.Role.TEAM_LEADER);
        assertEquals("error.teamScope.noTeam", assertThrows(ConsoleException.class,
                () -> activities.enter(orphan, own.id(), w.wang.id(), h("1.0"), null)).key());
    }

    @Test
    void aCorrectionOfApprovedHoursNeedsAReasonStaysApprovedAndIsAudited() {
        Activity a = w.activity("点亮书桌", w.bees, 2, "2.0");
        ServiceHours approved = activities.approve(OFFICE, activities.enter(OFFICE, a.id(), w.wang.id(), h("2.0"), null));
        assertEquals("hours.correctionReason", field(assertThrows(ValidationException.class,
                () -> activities.correct(OFFICE, approved, h("1.5"), ""))));
        assertEquals("error.hours.overPlanned", key(assertThrows(ValidationException.class,
                () -> activities.correct(OFFICE, approved, h("2.1"), "多算"))));
        assertThrows(AccessDeniedException.class, () -> activities.correct(VIEWER, approved, h("1.5"), "少算"));
        ServiceHours corrected = activities.correct(OFFICE, approved, h("1.5"), "路上时间不计入服务时长");
        assertEquals(HoursState.APPROVED, corrected.state());
        assertEquals(h("1.5"), corrected.hours());
        assertEquals("路上时间不计入服务时长", corrected.decisionNote());

        AuditEntry last = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, ActivityService.HOURS,
                null, 10)).get(0);
        assertTrue(last.before().contains("hours=2.0"), last.before());
        assertTrue(last.after().contains("hours=1.5") && last.after().contains("state=HoursState.APPROVED")
                && last.after().contains("correctionReason=路上时间不计入服务时长"), last.after());
        String read = AuditTexts.lines(Messages.of(Messages.CHINESE), ActivityService.HOURS, last.after());
        assertTrue(read.contains("服务时长（小时）：1.5") && read.contains("审核状态：已批准")
                && read.contains("更正原因：路上时间不计入服务时长") && read.contains("志愿者：王芳"), read);

        ServiceHours entered = activities.enter(OFFICE, a.id(), w.li.id(), h("1.0"), null);
        assertEquals("error.hours.correctOnlyApproved", assertThrows(ConsoleException.class,
                () -> activities.correct(OFFICE, entered, h("1.5"), "理由")).key());
    }

    @Test
    void changingAnActivitysDayOrTeamKeepsItsHoursInStep() {
        Activity a = w.activity("文明实践", w.bees, 3, "3.0");
        activities.enter(OFFICE, a.id(), w.wang.id(), h("3.0"), null);
        activities.approveAll(OFFICE, a.id());
        Activity moved = activities.update(OFFICE, new Activity(a.id(), a.title(), a.kind(), null, null,
                w.jiangyin.id(), a.startsAt().minusDays(2), a.plannedHours(), a.place(), a.content(), false,
                a.version()));
        ServiceHours line = activities.roster(ADMIN, a.id()).get(0).hours();
        assertEquals(moved.heldOn(), line.servedOn());
        assertEquals(w.jiangyin.id(), line.teamId());

        assertEquals("error.activity.plannedBelowHours", key(assertThrows(ValidationException.class,
                () -> activities.update(OFFICE, new Activity(a.id(), a.title(), a.kind(), null, null, w.jiangyin.id(),
                        moved.startsAt(), h("2.5"), null, null, false, moved.version())))));
        assertEquals("activity.startsAt", field(assertThrows(ValidationException.class,
                () -> activities.update(OFFICE, new Activity(a.id(), a.title(), a.kind(), null, null, w.jiangyin.id(),
                        moved.startsAt().plusDays(10), h("3.0"), null, null, false, moved.version())))));
    }

    @Test
    void anActivityWithApprovedHoursIsNeitherDeletedNorCancelled() {
        Activity held = w.activity("已举行", w.bees, 2, "2.0");
        activities.approve(OFFICE, activities.enter(OFFICE, held.id(), w.wang.id(), h("2.0"), null));
        ConsoleException delete = assertThrows(ConsoleException.class, () -> activities.delete(OFFICE, held));
        assertEquals("error.activity.deleteApproved", delete.key());
        assertTrue(delete.localized(Messages.of(Messages.CHINESE)).contains("更正"), "says what the user can do");
        assertEquals("error.activity.cancelApproved", assertThrows(ConsoleException.class,
                () -> activities.cancel(OFFICE, held)).key());

        Activity rained = w.activity("雨天取消", w.bees, 2, "2.0");
        activities.enter(OFFICE, rained.id(), w.wang.id(), h("2.0"), null);
        Activity cancelled = activities.cancel(OFFICE, rained);
        assertTrue(cancelled.cancelled());
        assertTrue(activities.roster(ADMIN, rained.id()).isEmpty(), "its hours waiting are taken off");
        assertEquals("error.activity.cancelled", assertThrows(ConsoleException.class,
                () -> activities.enter(OFFICE, rained.id(), w.li.id(), h("1.0"), null)).key());

        Activity mistake = w.activity("录错了", w.bees, 2, "2.0");
        activities.enter(OFFICE, mistake.id(), w.wang.id(), h("2.0"), null);
        activities.delete(OFFICE, mistake);
        assertThrows(StaleDataException.class, () -> activities.get(ADMIN, mistake.id()));
    }

    @Test
    void aCancelledActivityIsReopenedByWhoMayCancelItAudited() {
        Activity rained = w.activity("雨天取消", w.bees, 2, "2.0");
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 2, "2.0");
        activities.enter(OFFICE, rained.id(), w.wang.id(), h("2.0"), null);
        Activity cancelled = activities.cancel(w.leader, rained);
        Activity theirsCancelled = activities.cancel(OFFICE, theirs);

        for (Session s : List.of(VIEWER, SECRETARY)) {
            assertThrows(AccessDeniedException.class, () -> activities.reopen(s, cancelled));
        }
        ConsoleException scope = assertThrows(ConsoleException.class, () -> activities.reopen(w.leader, theirsCancelled));
        assertEquals("error.teamScope.notYourTeam", scope.key(), "a leader reopens only their own team's");
        assertTrue(activities.get(ADMIN, theirs.id()).activity().cancelled());

        Activity reopened = activities.reopen(w.leader, cancelled);
        assertFalse(reopened.cancelled());
        AuditEntry last = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, ActivityService.ACTIVITY,
                null, 50)).stream().filter(e -> reopened.id().equals(e.entityId())).findFirst().orElseThrow();
        assertEquals("leader", last.username());
        assertTrue(last.before().contains("cancelled=" + AuditTexts.stored(true))
                && last.after().contains("cancelled=" + AuditTexts.stored(false)), last.before() + " → " + last.after());
        assertEquals("error.activity.notCancelled", assertThrows(ConsoleException.class,
                () -> activities.reopen(OFFICE, reopened)).key());
        assertEquals("error.activity.notCancelled", assertThrows(ConsoleException.class,
                () -> activities.reopen(OFFICE, cancelled)).key(), "a copy read while cancelled: says it is open now");

        ServiceHours again = activities.enter(w.leader, rained.id(), w.wang.id(), h("2.0"), null);
        activities.approve(OFFICE, again);
        assertEquals(new BigDecimal("2.0"), activities.list(ADMIN, ActivityFilter.ALL).stream()
                .filter(r -> r.activity().id().equals(rained.id())).findFirst().orElseThrow().approvedHours(),
                "its hours count again");
    }

    @Test
    void theListFiltersByTeamKindPeriodHoursStateAndText() {
        w.activity("蜜蜂宣讲", w.bees, 1, "2.0");
        Activity jy = w.activity("江阴义诊", w.jiangyin, 40, "2.0");
        activities.enter(OFFICE, jy.id(), w.zhao.id(), h("2.0"), "补录");
        assertEquals(2, activities.list(VIEWER, ActivityFilter.ALL).size());
        assertEquals(List.of("蜜蜂宣讲"), titles(new ActivityFilter(w.bees.id(), null, null, null, null, null, null, null)));
        assertEquals(List.of("江阴义诊"), titles(new ActivityFilter(null, ActivityKind.SERVICE, null, null,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, null)));
        assertEquals(List.of("江阴义诊"), titles(new ActivityFilter(null, null, null, null, null, null,
                HoursFilter.HAS_PENDING, null)));
        assertEquals(List.of("蜜蜂宣讲"), titles(new ActivityFilter(null, null, null, null, null, null,
                HoursFilter.NO_HOURS, "蜜蜂")));
    }

    @Test
    void theListCountsEachRosterInsideAndAtTheEdgesOfAPeriodWithAndWithoutIt() {
        // today is 2026-11-29; the period 2026-11-01 to 2026-11-25, both days included
        Activity firstDay = w.activity("首日", w.bees, LocalDate.of(2026, 11, 1).atTime(0, 0), "4.0");
        Activity lastDay = w.activity("末日", w.jiangyin, LocalDate.of(2026, 11, 25).atTime(23, 30), "4.0");
        Activity dayBefore = w.activity("前一日", w.bees, LocalDate.of(2026, 10, 31).atTime(23, 59), "4.0");
        Activity dayAfter = w.activity("后一日", w.bees, LocalDate.of(2026, 11, 26).atTime(0, 0), "4.0");
        Activity noHours = w.activity("无人报名", w.bees, LocalDate.of(2026, 11, 10).atTime(9, 0), "4.0");
        activities.enter(OFFICE, firstDay.id(), w.wang.id(), h("2.0"), "签到表遗失");
        activities.approve(OFFICE, activities.enter(OFFICE, firstDay.id(), w.li.id(), h("3.5"), "补录"));
        activities.decline(OFFICE, activities.enter(OFFICE, firstDay.id(), w.zhang.id(), h("1.0"), "补录"), "未到场");
        activities.approve(OFFICE, activities.enter(OFFICE, lastDay.id(), w.zhao.id(), h("2.5"), null));
        activities.approve(OFFICE, activities.enter(OFFICE, lastDay.id(), w.li.id(), h("1.5"), null));
        activities.enter(OFFICE, lastDay.id(), w.wang.id(), h("1.0"), null);
        activities.enter(OFFICE, dayBefore.id(), w.li.id(), h("2.0"), "补录");
        activities.approve(OFFICE, activities.enter(OFFICE, dayAfter.id(), w.zhang.id(), h("1.5"), null));
        // lines, waiting, of them late, approved, declined, approved hours
        List<Object> first = List.of(3, 1, 1, 1, 1, "3.5");
        List<Object> last = List.of(3, 1, 0, 2, 0, "4.0");
        List<Object> none = List.of(0, 0, 0, 0, 0, "0.0");
        ActivityFilter period = new ActivityFilter(null, null, null, null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 25), null, null);
        List<ActivityRow> inPeriod = activities.list(VIEWER, period);
        assertEquals(List.of("末日", "无人报名", "首日"), inPeriod.stream().map(r -> r.activity().title()).toList());
        assertEquals(List.of(last, none, first), inPeriod.stream().map(ActivityServiceTest::counts).toList());

        List<ActivityRow> all = activities.list(VIEWER, ActivityFilter.ALL);
        assertEquals(List.of("后一日", "末日", "无人报名", "首日", "前一日"),
                all.stream().map(r -> r.activity().title()).toList());
        assertEquals(List.of(List.of(1, 0, 0, 1, 0, "1.5"), last, none, first, List.of(1, 1, 1, 0, 0, "0.0")),
                all.stream().map(ActivityServiceTest::counts).toList());
        // one team's period: the hours of the other team's activity on the same days do not count
        ActivityFilter bees = new ActivityFilter(w.bees.id(), null, null, null, period.from(), period.to(), null, null);
        assertEquals(List.of(none, first), activities.list(VIEWER, bees).stream().map(ActivityServiceTest::counts)
                .toList());
        // one activity, as after a change
        assertEquals(first, counts(activities.get(VIEWER, firstDay.id())));
        assertEquals(last, counts(activities.get(VIEWER, lastDay.id())));
        // the first lines are the list's first, in its order, with the same counts
        assertEquals(inPeriod.subList(0, 2), activities.firstLines(VIEWER, period, 2));
        assertEquals(all.subList(0, 4), activities.firstLines(VIEWER, ActivityFilter.ALL, 4));
        assertEquals(all, activities.firstLines(VIEWER, ActivityFilter.ALL, 100));
        // the rest of the filter (the hours' state, the text) applies to the first lines too
        assertEquals(List.of("末日", "首日"), activities.firstLines(VIEWER, new ActivityFilter(null, null, null, null,
                period.from(), period.to(), HoursFilter.HAS_PENDING, null), 3).stream().map(r -> r.activity().title())
                .toList());
    }

    private static List<Object> counts(ActivityRow r) {
        return List.of(r.lines(), r.entered(), r.lateEntered(), r.approved(), r.declined(),
                r.approvedHours().toPlainString());
    }

    private List<String> titles(ActivityFilter f) {
        return activities.list(ADMIN, f).stream().map(r -> r.activity().title()).toList();
    }

    @Test
    void projectsAreKeptByTheOfficeNotByATeamLeader() {
        Project p = activities.saveProject(OFFICE, new Project(null, "蜜蜂行动·文明故事计划", w.yixing.id(), "蜜蜂行动",
                LocalDate.of(2023, 3, 1), null, null, true, null));
        assertEquals("error.project.duplicate", key(assertThrows(ValidationException.class,
                () -> activities.saveProject(ADMIN, new Project(null, "蜜蜂行动·文明故事计划", w.yixing.id(), null, null,
                        null, null, true, null)))));
        assertEquals("error.project.notForLeader", assertThrows(ConsoleException.class,
                () -> activities.saveProject(w.leader, new Project(null, "点亮书桌 照亮梦想", w.yixing.id(), null, null,
                        null, null, true, null))).key());
        assertEquals(List.of(p.name()), activities.choices(VIEWER).projects().stream().map(NamedRef::name).toList());
        BigDecimal none = activities.get(ADMIN, w.activity("无时长", w.bees, 1, "1.0").id()).approvedHours();
        assertEquals(0, none.signum());
    }
}
