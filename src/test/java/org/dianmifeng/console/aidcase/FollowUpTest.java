package org.dianmifeng.console.aidcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;

/** The state of a follow-up on the fixed test day 2026-11-29, the week boundary included. */
class FollowUpTest {
    static final LocalDate TODAY = LocalDate.now(TestServices.CLOCK);

    static FollowUp due(LocalDate dueOn) {
        return new FollowUp(1L, 1L, "点亮书桌 照亮梦想", dueOn, null, null, null, null, 0);
    }

    @Test
    void theFixedClockIsTheTwentyNinthOfNovember() {
        assertEquals(LocalDate.of(2026, 11, 29), TODAY);
    }

    @Test
    void anOpenFollowUpIsOverdueThenDueThisWeekThenPlanned() {
        assertEquals(FollowUpState.OVERDUE, due(TODAY.minusDays(1)).state(TODAY));
        assertEquals(FollowUpState.DUE_THIS_WEEK, due(TODAY).state(TODAY));
        assertEquals(FollowUpState.DUE_THIS_WEEK, due(TODAY.plusDays(7)).state(TODAY));
        assertEquals(FollowUpState.PLANNED, due(TODAY.plusDays(8)).state(TODAY));
        assertTrue(FollowUpState.OVERDUE.needsAttention());
        assertFalse(FollowUpState.PLANNED.needsAttention());
    }

    @Test
    void doneAndCancelledWinOverTheDueDate() {
        assertEquals(FollowUpState.DONE, due(TODAY.minusDays(30)).done(TODAY, "张三", null).state(TODAY));
        assertEquals(FollowUpState.CANCELLED, due(TODAY.minusDays(30)).cancelled("暑期改期").state(TODAY));
        assertFalse(due(TODAY).cancelled("x").isOpen());
        assertTrue(due(TODAY).isOpen());
    }

    @Test
    void doneAndCancelledAreExclusiveAndDoneIsNotInTheFuture() {
        FollowUp both = new FollowUp(1L, 1L, "a", TODAY, TODAY, null, null, "why", 0);
        assertTrue(both.check(TODAY).has("casework.followUp.doneOn"));
        assertTrue(due(TODAY).done(TODAY.plusDays(1), null, null).check(TODAY).has("casework.followUp.doneOn"));
        assertFalse(due(TODAY).done(TODAY, null, null).check(TODAY).has("casework.followUp.doneOn"));
        assertTrue(new FollowUp(null, 1L, " ", TODAY, null, null, null, null, null).check(TODAY)
                .has("casework.followUp.activity"));
    }
}
