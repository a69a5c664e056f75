package org.dianmifeng.console.party.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.volunteer.ui.PersonPicker;

/** Registers a person as a party member of a work-unit branch, or edits branch and dates of a member. */
public final class MemberFormViewModel extends ViewModel {
    private final OrganisationService org;
    private final MemberRow original;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final PersonPicker person;
    private final List<BranchRow> branches;
    private final ObjectProperty<BranchRow> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fullOn = new SimpleObjectProperty<>();
    private volatile Integer version;

    /** {@code existing} is null for a new member; of {@code branches} the work-unit ones are offered. */
    MemberFormViewModel(UiContext ctx, OrganisationService org, PersonService people, List<BranchRow> branches,
                        MemberRow existing, Consumer<String> onSaved) {
        super(ctx);
        this.org = org;
        this.original = existing;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.branches = branches.stream().filter(b -> b.branch().kind() == BranchKind.WORK_UNIT).toList();
        this.person = new PersonPicker(ctx, people, existing == null ? null
                : new PersonRef(existing.personId(), existing.name(), existing.unitName(), null, null));
        if (existing != null) {
            version = existing.version();
            branch.set(this.branches.stream().filter(b -> b.id() == existing.branchId()).findFirst().orElse(null));
            joinedOn.set(existing.joinedOn());
            fullOn.set(existing.fullOn());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    /** Validates and saves in the background; {@code done} runs only when the member was saved. */
    public void save(Runnable done) {
        errors.clear();
        PersonRef chosen = person.chosenProperty().get();
        PartyMember draft = new PartyMember(original == null ? null : original.id(), chosen == null ? null : chosen.id(),
                branch.get() == null ? null : branch.get().id(), joinedOn.get(), fullOn.get(), version);
        String name = chosen == null ? "" : chosen.name();
        saveForm(errors, p -> createOrUpdate(draft.id() == null,
                () -> org.addMember(session(), draft),
                () -> org.updateMember(session(), draft),
                () -> version = org.member(session(), draft.id()).version()),
                saved -> onSaved.accept(name), done);
    }

    public List<BranchRow> branches() {
        return branches;
    }

    public FieldErrors errors() {
        return errors;
    }

    public PersonPicker person() {
        return person;
    }

    public ObjectProperty<BranchRow> branchProperty() {
        return branch;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<LocalDate> fullOnProperty() {
        return fullOn;
    }
}
