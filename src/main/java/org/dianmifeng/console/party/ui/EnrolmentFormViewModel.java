package org.dianmifeng.console.party.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.EnrolmentRow;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * Enrols a member in a grid (到社区报到), or, when {@code moving} is their active enrolment, moves them to
 * another grid: the old enrolment ends on the date and the new one starts that day.
 */
public final class EnrolmentFormViewModel extends ViewModel {
    private final OrganisationService org;
    private final MemberRow member;
    private final EnrolmentRow moving;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final List<CommunityRow> communities;
    private final List<GridRow> allGrids;
    private final ObservableList<GridRow> grids = FXCollections.observableArrayList();
    private final ObjectProperty<CommunityRow> community = new SimpleObjectProperty<>();
    private final ObjectProperty<GridRow> grid = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<GridRole> role = new SimpleObjectProperty<>(GridRole.VOLUNTEER);
    private final StringProperty specialties = new SimpleStringProperty("");
    private final StringProperty preferences = new SimpleStringProperty("");

    EnrolmentFormViewModel(UiContext ctx, OrganisationService org, MemberRow member, EnrolmentRow moving,
                           List<CommunityRow> communities, List<GridRow> grids, Consumer<String> onSaved) {
        super(ctx);
        this.org = org;
        this.member = member;
        this.moving = moving;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.communities = communities;
        this.allGrids = grids;
        community.addListener((o, a, b) -> {
            this.grids.setAll(b == null ? List.of()
                    : allGrids.stream().filter(g -> g.grid().communityId() == b.id()).toList());
            if (grid.get() != null && !this.grids.contains(grid.get())) {
                grid.set(null);
            }
        });
        date.set(org.today());
        if (moving != null) {
            role.set(moving.enrolment().gridRole());
            specialties.set(moving.enrolment().specialties() == null ? "" : moving.enrolment().specialties());
            preferences.set(moving.enrolment().preferences() == null ? "" : moving.enrolment().preferences());
            community.set(communities.stream().filter(c -> c.id() == moving.communityId()).findFirst().orElse(null));
        }
    }

    public boolean isMove() {
        return moving != null;
    }

    public MemberRow member() {
        return member;
    }

    /** The active enrolment being moved, e.g. {@code 新村社区 / 第一网格（2025-03-01 起）}, or null. */
    public EnrolmentRow moving() {
        return moving;
    }

    /** Validates and saves in the background; {@code done} runs only when the enrolment was saved. */
    public void save(Runnable done) {
        errors.clear();
        GridRow g = grid.get();
        if (g == null) {
            errors.show(new ValidationException(List.of(
                    Problem.of("enrolment.grid", "error.required"))));
            return;
        }
        String where = g.communityName() + " / " + g.name();
        saveForm(errors, p -> moving == null
                ? org.enrol(session(), member.id(), g.id(), date.get(), role.get(), specialties.get(), preferences.get())
                : org.move(session(), moving.id(), g.id(), date.get(), role.get(), specialties.get(), preferences.get()),
                saved -> {
                    setNotice(messages().text("org.enrolment.saved", member.name(), where));
                    onSaved.accept(member.name());
                }, done);
    }

    public List<CommunityRow> communities() {
        return communities;
    }

    public ObservableList<GridRow> grids() {
        return grids;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObjectProperty<CommunityRow> communityProperty() {
        return community;
    }

    public ObjectProperty<GridRow> gridProperty() {
        return grid;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<GridRole> roleProperty() {
        return role;
    }

    public StringProperty specialtiesProperty() {
        return specialties;
    }

    public StringProperty preferencesProperty() {
        return preferences;
    }
}
