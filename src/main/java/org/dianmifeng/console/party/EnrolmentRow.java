package org.dianmifeng.console.party;

/** One enrolment of a member's history, with the names of its community and grid. */
public record EnrolmentRow(Enrolment enrolment, long communityId, String communityName, String gridName) {
    public long id() {
        return enrolment.id();
    }
}
