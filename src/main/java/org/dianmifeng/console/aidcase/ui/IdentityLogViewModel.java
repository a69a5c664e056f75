package org.dianmifeng.console.aidcase.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.IdentityAccess;
import org.dianmifeng.console.aidcase.IdentityAction;
import org.dianmifeng.console.aidcase.IdentityLogFilter;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.DataChanges;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The administrator's review of every reveal and identity export: filter by dates, action and text; export. */
public final class IdentityLogViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("case.log.at", "case.log.user", "case.log.action", "field.case.code",
            "case.log.reason");
    private final AidCaseService cases;
    private final ObservableList<IdentityAccess> all = FXCollections.observableArrayList();
    private final SortedList<IdentityAccess> shown = new SortedList<>(all);
    private final ObjectProperty<java.time.LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<java.time.LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<IdentityAction> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ExportCommand export = new ExportCommand(this, "export.done");

    public IdentityLogViewModel(UiContext ctx, AidCaseService cases) {
        super(ctx);
        this.cases = cases;
        onChange(DataChanges.CASES, this::search); // a reveal or an export in this window is logged
    }

    public void search() {
        IdentityLogFilter filter = new IdentityLogFilter(from.get(), to.get(), action.get(), text.get());
        background(p -> cases.identityLog(session(), filter), all::setAll);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(IdentityAccess a) {
        return Arrays.asList(a.at(), a.user().shown(messages()), messages().label(a.action()),
                a.caseCode() == null ? messages().text("case.log.list") : a.caseCode(), a.reason());
    }

    public Job export(Path out) {
        return export.run(out, messages().text("nav.identityLog"), ExportCommand.columns(columnHeaders(), this::cells),
                shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    public SortedList<IdentityAccess> rows() {
        return shown;
    }

    public ObjectProperty<java.time.LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<java.time.LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<IdentityAction> actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }
}
