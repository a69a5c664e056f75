package org.dianmifeng.console.party;

import java.math.BigDecimal;

/**
 * What the evaluation form of one appraisal holds: the self-review, the work-unit evaluation and the
 * community evaluation with the community branch that gives it. Only the parts that differ from the
 * saved appraisal are applied, each with its own rules (see {@link AppraisalService#evaluate}).
 */
public record AppraisalEvaluation(String selfReview, BigDecimal unitScore, String unitComment,
                                  Long communityBranchId, BigDecimal communityScore, String communityComment) {
}
