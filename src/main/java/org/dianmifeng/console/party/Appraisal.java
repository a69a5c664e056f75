package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * The democratic appraisal (民主评议) of one party member for one year: self-review, the work-unit and
 * community evaluations, the combined score with its grade, the proposal and the confirmed grade.
 * {@code id} and {@code version} are null for an appraisal not yet saved.
 *
 * @param branchId          the member's work-unit branch that appraises them
 * @param communityBranchId the community branch that gave the community evaluation, or null
 * @param ruleNotes         the rules that moved the proposal below the score grade, see {@link GradeProposer#notes}
 */
public record Appraisal(Long id, long memberId, long branchId, int year, String selfReview,
                        BigDecimal unitScore, String unitComment, String unitBy,
                        Long communityBranchId, BigDecimal communityScore, String communityComment, String communityBy,
                        BigDecimal combinedScore, Grade scoreGrade, Grade proposedGrade, String ruleNotes,
                        Grade grade, String gradeReason, AppraisalStatus status, String returnComment,
                        String confirmedBy, LocalDateTime confirmedAt, Integer version) implements Auditable {
    public static final int SELF_REVIEW_MAX = 2000;
    public static final int COMMENT_MAX = 500;
    public static final int REASON_MAX = 500;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A new appraisal in draft: nothing entered yet. */
    public static Appraisal draft(long memberId, long branchId, int year) {
        return new Appraisal(null, memberId, branchId, year, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, AppraisalStatus.DRAFT, null, null, null, null);
    }

    /** Both evaluations are in. */
    public boolean scored() {
        return unitScore != null && communityScore != null;
    }

    /** Scores between 0 and 100 with at most one decimal; texts within their column lengths. */
    public Checks check() {
        Checks c = new Checks();
        score(c, "appraisal.unitScore", unitScore);
        score(c, "appraisal.communityScore", communityScore);
        return c.maxLength("appraisal.selfReview", selfReview, SELF_REVIEW_MAX)
                .maxLength("appraisal.unitComment", unitComment, COMMENT_MAX)
                .maxLength("appraisal.communityComment", communityComment, COMMENT_MAX)
                .maxLength("appraisal.gradeReason", gradeReason, REASON_MAX)
                .maxLength("appraisal.returnComment", returnComment, COMMENT_MAX);
    }

    private static void score(Checks c, String field, BigDecimal score) {
        if (score == null) {
            return;
        }
        if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            c.add(field, "error.appraisal.scoreRange", score.toPlainString());
        } else if (score.stripTrailingZeros().scale() > 1) {
            c.add(field, "error.appraisal.scoreDecimals", score.toPlainString());
        }
    }

    public Appraisal withSelfReview(String text) {
        return new Appraisal(id, memberId, branchId, year, text, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                grade, gradeReason, status, returnComment, confirmedBy, confirmedAt, version);
    }

    public Appraisal withUnit(BigDecimal score, String comment, String by) {
        return new Appraisal(id, memberId, branchId, year, selfReview, score, comment, by, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                grade, gradeReason, status, returnComment, confirmedBy, confirmedAt, version);
    }

    public Appraisal withCommunity(Long branch, BigDecimal score, String comment, String by) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, branch,
                score, comment, by, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                grade, gradeReason, status, returnComment, confirmedBy, confirmedAt, version);
    }

    /** The combined score and its grade, the proposal and its notes, and the status. */
    public Appraisal withResult(BigDecimal combined, Grade byScore, Grade proposed, String notes, AppraisalStatus newStatus) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combined, byScore, proposed, notes,
                grade, gradeReason, newStatus, returnComment, confirmedBy, confirmedAt, version);
    }

    public Appraisal withReason(String reason) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                grade, reason, status, returnComment, confirmedBy, confirmedAt, version);
    }

    public Appraisal withReturned(String comment) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                grade, gradeReason, AppraisalStatus.RETURNED, comment, confirmedBy, confirmedAt, version);
    }

    /** Confirmed with {@code confirmedGrade}: locked from now on. */
    public Appraisal withConfirmed(Grade confirmedGrade, String by, LocalDateTime at) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                confirmedGrade, gradeReason, AppraisalStatus.CONFIRMED, returnComment, by, at, version);
    }

    /** A confirmed grade changed by the administrator, with the reason. */
    public Appraisal withGrade(Grade newGrade, String reason) {
        return new Appraisal(id, memberId, branchId, year, selfReview, unitScore, unitComment, unitBy, communityBranchId,
                communityScore, communityComment, communityBy, combinedScore, scoreGrade, proposedGrade, ruleNotes,
                newGrade, reason, status, returnComment, confirmedBy, confirmedAt, version);
    }

    @Override
    public String auditText() {
        return Auditable.fields("memberId", memberId, "branchId", branchId, "year", year,
                "selfReview", selfReview == null ? null : selfReview.length() + " chars",
                "unitScore", unitScore, "unitComment", unitComment, "communityBranchId", communityBranchId,
                "communityScore", communityScore, "communityComment", communityComment,
                "combinedScore", combinedScore, "scoreGrade", scoreGrade, "proposedGrade", proposedGrade,
                "ruleNotes", ruleNotes, "grade", grade, "gradeReason", gradeReason, "status", status,
                "returnComment", returnComment, "confirmedBy", confirmedBy);
    }
}
