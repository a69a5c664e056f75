package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.Feedback;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.party.Rating;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.FormNumbers;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** A quarter's feedback card (登记卡) of the selected member, new or one read earlier to edit. */
public final class FeedbackFormViewModel extends ViewModel {
    private final CommunityWorkService service;
    private final CommunityNode.MemberNode member;
    private final Feedback editing;
    private final Consumer<Feedback> onSaved;
    private final FieldErrors errors;
    private final ObservableList<OrgRef> branches = FXCollections.observableArrayList();
    private final ObjectProperty<OrgRef> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    private final StringProperty contacts = new SimpleStringProperty("");
    private final StringProperty activities = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>();
    private final StringProperty comments = new SimpleStringProperty("");
    private final List<Integer> years;

    FeedbackFormViewModel(UiContext ctx, CommunityWorkService service, CommunityNode.MemberNode member,
                          Feedback editing, Consumer<Feedback> onSaved) {
        super(ctx);
        this.service = service;
        this.member = member;
        this.editing = editing;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        LocalDate today = service.today();
        years = IntStream.rangeClosed(today.getYear() - 2, today.getYear()).boxed().sorted((a, b) -> b - a).toList();
        if (editing == null) {
            // the last quarter that has ended: a card is written once its quarter is over
            LocalDate lastQuarter = today.minusMonths(3);
            year.set(lastQuarter.getYear());
            quarter.set((lastQuarter.getMonthValue() - 1) / 3 + 1);
        } else {
            year.set(editing.year());
            quarter.set(editing.quarter());
            contacts.set(String.valueOf(editing.contacts()));
            activities.set(String.valueOf(editing.activities()));
            hours.set(editing.hours().toPlainString());
            rating.set(editing.rating());
            comments.set(editing.comments() == null ? "" : editing.comments());
        }
        background(p -> service.feedbackBranches(session(), member.member().id()), list -> {
            branches.setAll(list);
            Long wanted = editing == null ? null : editing.communityBranchId();
            branch.set(list.stream().filter(b -> wanted != null && b.id() == wanted).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    public CommunityNode.MemberNode member() {
        return member;
    }

    public boolean editing() {
        return editing != null;
    }

    public void save(Runnable done) {
        errors.clear();
        Checks typed = new Checks();
        Integer c = FormNumbers.integer(contacts.get(), typed, "feedback.contacts");
        Integer a = FormNumbers.integer(activities.get(), typed, "feedback.activities");
        BigDecimal h = FormNumbers.decimal(hours.get(), typed, "feedback.hours", "error.work.hoursNumber");
        Feedback draft = new Feedback(editing == null ? null : editing.id(), member.member().id(),
                branch.get() == null ? null : branch.get().id(), year.get(), quarter.get(), c, a, h, rating.get(),
                comments.get(), null, editing == null ? null : editing.version());
        saveForm(errors, p -> {
            typed.throwIfAny();
            return editing == null ? service.addFeedback(session(), draft) : service.updateFeedback(session(), draft);
        }, onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public List<Integer> years() {
        return years;
    }

    public List<Integer> quarters() {
        return List.of(1, 2, 3, 4);
    }

    public ObservableList<OrgRef> branches() {
        return branches;
    }

    public ObjectProperty<OrgRef> branchProperty() {
        return branch;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public StringProperty contactsProperty() {
        return contacts;
    }

    public StringProperty activitiesProperty() {
        return activities;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public StringProperty commentsProperty() {
        return comments;
    }
}
