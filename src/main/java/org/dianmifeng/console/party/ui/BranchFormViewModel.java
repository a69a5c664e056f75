package org.dianmifeng.console.party.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;

/** The form of a new branch or one being edited: its kind decides whether a unit or a community is chosen. */
public final class BranchFormViewModel extends ViewModel {
    private final OrganisationService org;
    private final Branch original;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final List<Unit> units;
    private final List<CommunityRow> communities;
    private final List<Account> accounts;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BranchKind> kind = new SimpleObjectProperty<>(BranchKind.WORK_UNIT);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<CommunityRow> community = new SimpleObjectProperty<>();
    private final StringProperty secretaryName = new SimpleStringProperty("");
    private final ObjectProperty<Account> secretaryAccount = new SimpleObjectProperty<>();
    private volatile Integer version;

    BranchFormViewModel(UiContext ctx, OrganisationService org, List<Unit> units, List<CommunityRow> communities,
                        List<Account> accounts, BranchRow existing, Consumer<String> onSaved) {
        super(ctx);
        this.org = org;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.original = existing == null ? null : existing.branch();
        this.units = units.stream().filter(u -> u.active() || (original != null && u.id().equals(original.unitId())))
                .toList();
        this.communities = communities;
        this.accounts = accounts;
        if (original != null) {
            version = original.version();
            code.set(original.code());
            name.set(original.name());
            kind.set(original.kind());
            unit.set(this.units.stream().filter(u -> u.id().equals(original.unitId())).findFirst().orElse(null));
            community.set(communities.stream().filter(c -> Objects.equals(c.id(), original.communityId()))
                    .findFirst().orElse(null));
            secretaryName.set(original.secretaryName() == null ? "" : original.secretaryName());
            secretaryAccount.set(accounts.stream().filter(a -> a.id().equals(original.secretaryAccountId()))
                    .findFirst().orElse(null));
        }
    }

    public void save(Runnable done) {
        errors.clear();
        Branch draft = new Branch(original == null ? null : original.id(), code.get(), name.get(), kind.get(),
                unit.get() == null ? null : unit.get().id(), community.get() == null ? null : community.get().id(),
                secretaryName.get(), secretaryAccount.get() == null ? null : secretaryAccount.get().id(), version);
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> org.createBranch(session(), draft),
                () -> org.updateBranch(session(), draft),
                () -> version = org.branches(session()).stream().filter(r -> r.id() == draft.id()).findFirst()
                        .orElseThrow(StaleDataException::new).branch().version()),
                saved -> onSaved.accept(saved.name()), done);
    }

    public List<Unit> units() {
        return units;
    }

    public List<CommunityRow> communities() {
        return communities;
    }

    public List<Account> accounts() {
        return accounts;
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

    public ObjectProperty<BranchKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObjectProperty<CommunityRow> communityProperty() {
        return community;
    }

    public StringProperty secretaryNameProperty() {
        return secretaryName;
    }

    public ObjectProperty<Account> secretaryAccountProperty() {
        return secretaryAccount;
    }
}
