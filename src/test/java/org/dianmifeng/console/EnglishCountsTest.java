package org.dianmifeng.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;

/** English says "1 star level", not "1 star levels", where a message counts what it names. */
class EnglishCountsTest {
    private final Messages en = Messages.of(Messages.ENGLISH);

    @Test
    void aUnitThatCannotBeDeletedNamesOnlyWhatHoldsIt() {
        assertEquals("Cannot delete \"宜城供电所\": 1 team belongs to it; 2 honours name it as recipient; deactivate it"
                + " instead.", en.text("error.unit.inUse", "宜城供电所", 0, 1, 0, 0, 2));
        assertEquals("Cannot delete \"宜城供电所\": 12 people belong to it; it has 1 child unit; deactivate it instead.",
                en.text("error.unit.inUse", "宜城供电所", 12, 0, 1, 0, 0));
        assertEquals("不能删除“宜城供电所”：仍有 3 名人员属于它；仍有 2 个党支部属于它；可以改为停用。",
                Messages.of(Messages.CHINESE).text("error.unit.inUse", "宜城供电所", 3, 0, 0, 2, 0));
    }

    @Test
    void anAppraisalStartedOrProposedForNobodySaysSo() {
        assertEquals("Every member of the branch already has a 2026 appraisal: none started.",
                en.text("appraisal.started", 0, "2026"));
        assertEquals("Started the 2026 appraisal for 1 member.", en.text("appraisal.started", 1, "2026"));
        assertEquals("Started the 2026 appraisal for 12 members.", en.text("appraisal.started", 12, "2026"));
        assertEquals("Proposed grades for 5 members.", en.text("appraisal.proposed", 5));
        Messages zh = Messages.of(Messages.CHINESE);
        assertEquals("本支部党员都已开始 2026 年度评议，没有新开始的。", zh.text("appraisal.started", 0, "2026"));
        assertEquals("已为 54 名党员开始 2026 年度评议。", zh.text("appraisal.started", 54, "2026"));
    }

    @Test
    void theStarLevelsMessagesAgreeWithTheirCount() {
        assertEquals("Grant the chosen star level?", en.text("star.grant.confirm", 1));
        assertEquals("Grant the 3 chosen star levels?", en.text("star.grant.confirm", 3));
        assertEquals("Granted 1 star level.", en.text("star.granted", 1));
        assertEquals("Granted 2 star levels.", en.text("star.granted", 2));
        assertEquals("1 star level is on public notice until 2026-12-11; granting is possible from 2026-12-14, the "
                + "first working day after it.", en.text("star.noticed", 1, "2026-12-11", "2026-12-14"));
        assertEquals("4 star levels are on public notice until 2026-12-11; granting is possible from 2026-12-14, the "
                + "first working day after it.", en.text("star.noticed", 4, "2026-12-11", "2026-12-14"));
    }
}
