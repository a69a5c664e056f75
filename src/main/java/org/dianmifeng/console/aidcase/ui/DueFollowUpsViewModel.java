package org.dianmifeng.console.aidcase.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.DueFollowUp;
import org.dianmifeng.console.ui.DataChanges;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The follow-ups of all cases that are overdue or due this week (case code only), for a badge of the main
 * window and the case list: the list, its count and the badge text, read again whenever the cases change in
 * this window.
 */
public final class DueFollowUpsViewModel extends ViewModel {
    private final CaseWorkService service;
    private final ObservableList<DueFollowUp> due = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("");

    public DueFollowUpsViewModel(UiContext ctx, CaseWorkService service) {
        super(ctx);
        this.service = service;
        onChange(DataChanges.CASES, this::load);
    }

    /** Reads the list again (in the background). */
    public void load() {
        background(p -> service.dueSoon(session()), list -> {
            due.setAll(list);
            count.set(list.size());
            badge.set(list.isEmpty() ? "" : messages().text("casework.due.count", list.size()));
        });
    }

    /** One line of the list: due date, case code, activity and state. */
    public String line(DueFollowUp d) {
        return messages().text("casework.due.line", d.dueOn().toString(), d.caseCode(), d.activity(),
                messages().label(d.state()));
    }

    public ObservableList<DueFollowUp> due() {
        return due;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Empty while nothing is due, else "n follow-ups overdue or due this week". */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }
}
