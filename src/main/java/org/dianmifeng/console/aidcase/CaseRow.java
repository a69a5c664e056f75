package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.UserName;

/**
 * A case as lists show it: code, age band, township, eligibility category, status, unit and team, referral and
 * officers (name and username). {@code identity} is the child with identity, null unless a case officer revealed it;
 * everything else holds no identity. The child's village or community (村（社区）) is identity ({@link
 * org.dianmifeng.console.core.Masking}): in a small village, with age band and category it points at one child,
 * so it is only in {@code identity}.
 */
public record CaseRow(long id, String code, long childId, AgeBand ageBand, String township,
                      EligibilityCategory category, AidCaseStatus status, String referralSource, String referrer,
                      LocalDate referredOn, Long unitId, String unitName, Long teamId, String teamName,
                      LocalDate handedOverOn, LocalDate consentOn, List<Long> officerIds, List<UserName> officers,
                      int version, Child identity) {
    public CaseRow {
        officerIds = List.copyOf(officerIds);
        officers = List.copyOf(officers);
    }

    /** The code and status only: a revealed row holds a child's identity, which no log line may print. */
    @Override
    public String toString() {
        return "CaseRow[" + code + ", " + status + (identity == null ? "" : ", identity hidden") + "]";
    }

    /** The case record of this row, for an edit form. */
    public AidCase aidCase() {
        return new AidCase(id, code, childId, referralSource, referrer, referredOn, unitId, teamId, status,
                handedOverOn, version);
    }

    public boolean revealed() {
        return identity != null;
    }

    /** The same row without identity. */
    public CaseRow pseudonymised() {
        return identity == null ? this : withIdentity(null);
    }

    public CaseRow withIdentity(Child child) {
        return new CaseRow(id, code, childId, ageBand, township, category, status, referralSource, referrer,
                referredOn, unitId, unitName, teamId, teamName, handedOverOn, consentOn, officerIds, officers, version,
                child);
    }

    /** The officers by name, each with the username after it, in the language's list. */
    public String officerNames(Messages messages) {
        return UserName.shown(messages, officers);
    }
}
