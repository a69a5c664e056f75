package org.dianmifeng.console.party;

import java.time.LocalDate;
import org.dianmifeng.console.unit.PoliticalStatus;

/**
 * One line of the party-member list: the member as {@link MemberRef} names them, their political status,
 * the dates joined and made full member, and their active enrolment (all enrolment fields null when
 * they are not enrolled).
 */
public record MemberRow(long id, long personId, String name, String unitName, long branchId, String branchName,
                        PoliticalStatus politicalStatus, LocalDate joinedOn, LocalDate fullOn, int version,
                        Long enrolmentId, Long communityId, String communityName, Long gridId, String gridName,
                        GridRole gridRole, LocalDate reportedOn) {

    public MemberRef ref() {
        return new MemberRef(id, personId, name, unitName, branchId, branchName);
    }

    public boolean enrolled() {
        return enrolmentId != null;
    }

    public PartyMember member() {
        return new PartyMember(id, personId, branchId, joinedOn, fullOn, version);
    }
}
