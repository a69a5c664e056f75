package org.dianmifeng.console.party;

import java.math.BigDecimal;

/**
 * One line of the appraisal board: the appraisal, the member, and the community and grid where the
 * member was enrolled during the year (null if none), with the name of the community branch that evaluated.
 */
public record AppraisalRow(Appraisal appraisal, MemberRef member, String communityName, String gridName,
                           String communityBranchName) {
    public long id() {
        return appraisal.id();
    }

    public int version() {
        return appraisal.version();
    }

    public String unitName() {
        return member.unitName();
    }

    public BigDecimal unitScore() {
        return appraisal.unitScore();
    }

    public BigDecimal communityScore() {
        return appraisal.communityScore();
    }

    public BigDecimal combinedScore() {
        return appraisal.combinedScore();
    }

    public Grade scoreGrade() {
        return appraisal.scoreGrade();
    }

    public Grade proposedGrade() {
        return appraisal.proposedGrade();
    }

    public String ruleNotes() {
        return appraisal.ruleNotes();
    }

    public Grade grade() {
        return appraisal.grade();
    }

    public String gradeReason() {
        return appraisal.gradeReason();
    }

    public AppraisalStatus status() {
        return appraisal.status();
    }

    public String returnComment() {
        return appraisal.returnComment();
    }

    /** e.g. {@code 阳泉社区 · 第一网格}, or null when the member was enrolled nowhere that year. */
    public String enrolment() {
        return communityName == null ? null : communityName + " · " + gridName;
    }
}
