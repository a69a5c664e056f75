package org.dianmifeng.console.activity.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.Project;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitService;

/**
 * The small dialog of projects: the list, and one form under it that adds a project or edits the one selected.
 */
public final class ProjectsViewModel extends ViewModel {
    static final List<String> COLUMN_KEYS = List.of("field.project.name", "field.project.brand",
            "field.project.startedOn", "field.project.endedOn", "field.project.active");
    private final ActivityService service;
    private final Runnable onChanged;
    private final FieldErrors errors;
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObjectProperty<Project> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty brand = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endedOn = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final UnitService unitService;

    ProjectsViewModel(UiContext ctx, ActivityService service, UnitService unitService, Runnable onChanged) {
        super(ctx);
        this.service = service;
        this.unitService = unitService;
        this.onChanged = onChanged;
        this.errors = new FieldErrors(ctx.messages());
        selected.addListener((o, a, b) -> fill(b));
    }

    private record Loaded(List<Project> projects, List<Unit> units) {
    }

    public void load() {
        background(p -> new Loaded(service.projects(session()), unitService.all(session())), loaded -> {
            List<Project> list = loaded.projects();
            units.setAll(loaded.units());
            unit.set(unitOf(selected.get()));
            Long keep = selected.get() == null ? null : selected.get().id();
            projects.setAll(list);
            selected.set(list.stream().filter(pr -> pr.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private void fill(Project p) {
        errors.clear();
        name.set(p == null ? "" : p.name());
        brand.set(p == null || p.brand() == null ? "" : p.brand());
        startedOn.set(p == null ? null : p.startedOn());
        endedOn.set(p == null ? null : p.endedOn());
        active.set(p == null || p.active());
        unit.set(unitOf(p));
    }

    private Unit unitOf(Project p) {
        return p == null ? null : units.stream().filter(u -> u.id().equals(p.unitId())).findFirst().orElse(null);
    }

    /** Starts a new project in the form. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    /** Saves the form: the selected project, or a new one. */
    public void save() {
        errors.clear();
        Project before = selected.get();
        Project draft = new Project(before == null ? null : before.id(), name.get(),
                unit.get() == null ? null : unit.get().id(), brand.get(), startedOn.get(), endedOn.get(),
                before == null ? null : before.description(), active.get(), before == null ? null : before.version());
        background(p -> service.saveProject(session(), draft), saved -> {
            setNotice(messages().text("notice.saved", saved.name()));
            selected.set(null);
            load();
            onChanged.run();
        }, e -> refused(errors, e));
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(Project p) {
        return Arrays.asList(p.name(), p.brand(), p.startedOn(), p.endedOn(),
                messages().text(p.active() ? "project.active" : "project.inactive"));
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObjectProperty<Project> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public ObjectProperty<LocalDate> startedOnProperty() {
        return startedOn;
    }

    public ObjectProperty<LocalDate> endedOnProperty() {
        return endedOn;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<Unit> units() {
        return units;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
