package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.junit.jupiter.api.Test;

/** The demo database's sign-in hint names every demo account with its role as the accounts list names it. */
class DemoHintTest {
    @Test
    void everyDemoAccountAndItsRoleInBothLanguages() {
        for (Messages m : new Messages[] {Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH)}) {
            String hint = SampleData.demoHint(m);
            assertTrue(hint.contains(SampleData.DEMO_PASSWORD), hint);
            for (String[] account : SampleData.DEMO_ACCOUNTS) {
                assertTrue(hint.contains(m.text("login.demoAccount", account[0], m.label(Role.valueOf(account[2])))),
                        account[0] + " in " + hint);
            }
        }
        assertTrue(SampleData.demoHint(Messages.of(Messages.CHINESE)).contains("community（党支部书记）"));
    }
}
