package org.dianmifeng.console.party;

import static org.dianmifeng.console.party.AppraisalStatus.CONFIRMED;
import static org.dianmifeng.console.party.AppraisalStatus.DRAFT;
import static org.dianmifeng.console.party.AppraisalStatus.EVALUATED;
import static org.dianmifeng.console.party.AppraisalStatus.PROPOSED;
import static org.dianmifeng.console.party.AppraisalStatus.RETURNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AppraisalStatusTest {
    @Test
    void onlyAProposalIsConfirmedOrReturned() {
        for (AppraisalStatus s : AppraisalStatus.values()) {
            assertEquals(s == PROPOSED, s.canMoveTo(CONFIRMED), s.name());
            assertEquals(s == PROPOSED, s.canMoveTo(RETURNED), s.name());
        }
    }

    @Test
    void aConfirmedAppraisalIsLockedAndNothingElseIs() {
        assertTrue(CONFIRMED.locked());
        assertTrue(CONFIRMED.next().isEmpty());
        for (AppraisalStatus s : EnumSet.complementOf(EnumSet.of(CONFIRMED))) {
            assertFalse(s.locked(), s.name());
        }
    }

    @Test
    void draftsAndReturnedOnesAreEvaluatedBeforeAnyProposal() {
        assertEquals(EnumSet.of(EVALUATED), DRAFT.next());
        assertEquals(EnumSet.of(EVALUATED), RETURNED.next());
        assertTrue(EVALUATED.canMoveTo(PROPOSED));
        assertTrue(PROPOSED.canMoveTo(PROPOSED), "proposed again");
        assertTrue(PROPOSED.canMoveTo(EVALUATED), "new scores void a proposal");
        assertFalse(DRAFT.canMoveTo(PROPOSED));
        assertFalse(EVALUATED.canMoveTo(CONFIRMED));
    }
}
