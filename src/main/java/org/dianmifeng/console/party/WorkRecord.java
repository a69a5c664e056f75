package org.dianmifeng.console.party;

import org.dianmifeng.console.core.Auditable;

/** A record of community work that can be listed on a member's timeline and deleted: a service, a feedback card or a points entry. */
public sealed interface WorkRecord extends Auditable permits ServiceRecord, Feedback, PointEntry {
    Long id();

    Long memberId();

    Integer version();
}
