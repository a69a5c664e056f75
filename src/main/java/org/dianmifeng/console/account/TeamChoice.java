package org.dianmifeng.console.account;

/** A team as the account form offers it to link a team leader's account to. */
public record TeamChoice(long id, String name) {
}
