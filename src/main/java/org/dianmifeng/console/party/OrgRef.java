package org.dianmifeng.console.party;

/** A community or a branch as a choice in a form or a ranking: its id and name. */
public record OrgRef(long id, String name) {
}
