package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalBranch;
import org.dianmifeng.console.party.AppraisalEvaluation;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The evaluation form of one appraisal: self-review and work-unit evaluation (for the work-unit side),
 * community evaluation with the community branch that gives it (for a branch of a community where the
 * member was enrolled that year). Saved in one transaction; only what changed is applied.
 */
public final class AppraisalFormViewModel extends ViewModel {
    private final AppraisalService service;
    private final AppraisalRow row;
    private final List<AppraisalBranch> communityBranches;
    private final boolean unitSide;
    private final Consumer<Appraisal> onSaved;
    private final FieldErrors errors;
    private final StringProperty selfReview = new SimpleStringProperty("");
    private final StringProperty unitScore = new SimpleStringProperty("");
    private final StringProperty unitComment = new SimpleStringProperty("");
    private final ObjectProperty<AppraisalBranch> communityBranch = new SimpleObjectProperty<>();
    private final StringProperty communityScore = new SimpleStringProperty("");
    private final StringProperty communityComment = new SimpleStringProperty("");

    AppraisalFormViewModel(UiContext ctx, AppraisalService service, AppraisalRow row,
                           List<AppraisalBranch> communityBranches, boolean unitSide, Consumer<Appraisal> onSaved) {
        super(ctx);
        this.service = service;
        this.row = row;
        this.communityBranches = List.copyOf(communityBranches);
        this.unitSide = unitSide;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        Appraisal a = row.appraisal();
        selfReview.set(text(a.selfReview()));
        unitScore.set(a.unitScore() == null ? "" : a.unitScore().toPlainString());
        unitComment.set(text(a.unitComment()));
        communityBranch.set(this.communityBranches.stream()
                .filter(b -> a.communityBranchId() != null && b.id() == a.communityBranchId())
                .findFirst().orElse(this.communityBranches.size() == 1 ? this.communityBranches.get(0) : null));
        communityScore.set(a.communityScore() == null ? "" : a.communityScore().toPlainString());
        communityComment.set(text(a.communityComment()));
    }

    /** Checks that the scores are numbers and saves in the background; {@code done} runs only when saved. */
    public void save(Runnable done) {
        errors.clear();
        Checks checks = new Checks();
        BigDecimal unit = number(checks, "appraisal.unitScore", unitScore.get());
        BigDecimal community = number(checks, "appraisal.communityScore", communityScore.get());
        AppraisalBranch cb = communityBranch.get();
        Appraisal a = row.appraisal();
        // a side the user may not edit is sent as saved, so that the service sees no change there
        AppraisalEvaluation e = new AppraisalEvaluation(
                unitSide ? selfReview.get() : a.selfReview(),
                unitSide ? unit : a.unitScore(),
                unitSide ? unitComment.get() : a.unitComment(),
                communitySide() ? (cb == null ? null : cb.id()) : a.communityBranchId(),
                communitySide() ? community : a.communityScore(),
                communitySide() ? communityComment.get() : a.communityComment());
        saveForm(errors, p -> {
            checks.throwIfAny();
            return service.evaluate(session(), row.id(), row.version(), e);
        }, onSaved, done);
    }

    private static BigDecimal number(Checks checks, String field, String text) {
        String t = Texts.clean(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException ex) {
            checks.add(field, "error.appraisal.notANumber", t);
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public String memberLabel() {
        return row.member().label(messages());
    }

    /** The self-review and the work-unit evaluation may be edited (the work-unit side). */
    public boolean unitSide() {
        return unitSide;
    }

    /** A community evaluation can be given: there is a branch of a community where the member was enrolled. */
    public boolean communitySide() {
        return !communityBranches.isEmpty();
    }

    public List<AppraisalBranch> communityBranches() {
        return communityBranches;
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty selfReviewProperty() {
        return selfReview;
    }

    public StringProperty unitScoreProperty() {
        return unitScore;
    }

    public StringProperty unitCommentProperty() {
        return unitComment;
    }

    public ObjectProperty<AppraisalBranch> communityBranchProperty() {
        return communityBranch;
    }

    public StringProperty communityScoreProperty() {
        return communityScore;
    }

    public StringProperty communityCommentProperty() {
        return communityComment;
    }
}
