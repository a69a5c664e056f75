package org.dianmifeng.console.activity;

/** What a bulk approval of a roster did: how many hours it approved and how many late ones (补录) it left alone. */
public record BulkApproval(int approved, int skippedLate) {
}
