package org.dianmifeng.console.testing;

import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;

/**
 * The cases of the case-work tests: a CHILD and its AID_CASE row inserted directly (the case core's
 * service is built elsewhere), a case's status set directly, people to visit or pair, and a case
 * officer's real account and session. To be folded into CaseFixtures by the lead.
 */
public final class CaseWorkFixtures {
    /** The child's name of every case made here: audit texts and messages must never hold it. */
    public static final String CHILD_NAME = "王小梦";
    private static final String PASSWORD = "0123456789";
    private final TestServices t;
    private int people;

    public CaseWorkFixtures(TestServices t) {
        this.t = t;
    }

    /** A case with the given code and status, its child {@link #CHILD_NAME} (a new one per case). */
    public long aidCase(String code, AidCaseStatus status) {
        long unitId = t.city().id();
        return t.services().database().transaction(dsl -> new CaseWorkFixtureStore(dsl)
                .insertCase(code, CHILD_NAME, LocalDate.of(2014, 3, 1), unitId, status));
    }

    public void setStatus(long caseId, AidCaseStatus status) {
        t.services().database().transaction(dsl -> {
            new CaseWorkFixtureStore(dsl).setStatus(caseId, status);
            return null;
        });
    }

    /** A person of the register (a visitor or a pairing partner). */
    public Person person(String name) {
        people++;
        return t.person(name, String.format("32028119800101%03d", people), t.city());
    }

    /** A case officer's account and session. */
    public Session officer(String username) {
        Account account = t.services().accounts().create(ADMIN, Account.draft(username, username, Role.CASE_OFFICER),
                PASSWORD.toCharArray(), PASSWORD.toCharArray());
        return new Session(account.id(), username, username, Role.CASE_OFFICER);
    }

    /** The IDENTITY_ACCESS rows as "username/action/caseId/reason". */
    public java.util.List<String> identityAccess() {
        return t.services().database().read(dsl -> new CaseWorkFixtureStore(dsl).identityAccess());
    }
}
