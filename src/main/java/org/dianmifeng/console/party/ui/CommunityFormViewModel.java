package org.dianmifeng.console.party.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** The form of a new community or one being edited. */
public final class CommunityFormViewModel extends ViewModel {
    private final OrganisationService org;
    private final Community original;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private volatile Integer version;

    CommunityFormViewModel(UiContext ctx, OrganisationService org, CommunityRow existing, Consumer<String> onSaved) {
        super(ctx);
        this.org = org;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.community();
        if (original != null) {
            version = original.version();
            code.set(original.code());
            name.set(original.name());
            street.set(original.street());
        }
    }

    public void save(Runnable done) {
        errors.clear();
        Community draft = new Community(original == null ? null : original.id(), code.get(), name.get(), street.get(),
                version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> org.createCommunity(session(), draft),
                () -> org.updateCommunity(session(), draft),
                () -> version = org.communities(session()).stream().filter(r -> r.id() == draft.id()).findFirst()
                        .orElseThrow(StaleDataException::new).community().version()),
                saved -> onSaved.accept(saved.name()), done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty streetProperty() {
        return street;
    }
}
