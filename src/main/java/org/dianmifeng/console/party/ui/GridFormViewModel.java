package org.dianmifeng.console.party.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The form of a new grid of a community or one being edited. The leader's phone shows as the role may see it. */
public final class GridFormViewModel extends ViewModel {
    private final OrganisationService org;
    private final CommunityRow community;
    private final Grid original;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty leaderName = new SimpleStringProperty("");
    private final StringProperty leaderPhone = new SimpleStringProperty("");
    private volatile Integer version;

    GridFormViewModel(UiContext ctx, OrganisationService org, CommunityRow community, GridRow existing,
                      Consumer<String> onSaved) {
        super(ctx);
        this.org = org;
        this.community = community;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.grid();
        if (original != null) {
            version = original.version();
            name.set(original.name());
            leaderName.set(original.leaderName());
            leaderPhone.set(original.leaderPhone() == null ? "" : original.leaderPhone());
        }
    }

    public CommunityRow community() {
        return community;
    }

    public void save(Runnable done) {
        errors.clear();
        Grid draft = new Grid(original == null ? null : original.id(), community.id(), name.get(), leaderName.get(),
                leaderPhone.get(), version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> org.createGrid(session(), draft),
                () -> org.updateGrid(session(), draft),
                () -> version = org.grids(session(), community.id()).stream().filter(r -> r.id() == draft.id()).findFirst()
                        .orElseThrow(StaleDataException::new).grid().version()),
                saved -> onSaved.accept(saved.name()), done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty leaderNameProperty() {
        return leaderName;
    }

    public StringProperty leaderPhoneProperty() {
        return leaderPhone;
    }
}
