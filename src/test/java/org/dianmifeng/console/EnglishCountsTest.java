package org.dianmifeng.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;

/** English says "1 star level", not "1 star levels", where a message counts what it names. */
class EnglishCountsTest {
    private final Messages en = Messages.of(Messages.ENGLISH);

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
