package org.dianmifeng.console.party;

/** A party branch as the appraisal screens pick it: a work-unit branch to review, a community branch to evaluate as. */
public record AppraisalBranch(long id, String code, String name, BranchKind kind) {
    @Override
    public String toString() {
        return name;
    }
}
