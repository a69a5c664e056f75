package org.dianmifeng.console.volunteer.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/** Adds a person, found by search as you type, to a team with a joined date and a role. */
public final class TeamMemberFormViewModel extends ViewModel {
    private final TeamService service;
    private final TeamRow team;
    private final Consumer<TeamMember> onSaved;
    private final FieldErrors errors;
    private final PersonPicker person;
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamMemberRole> role = new SimpleObjectProperty<>(TeamMemberRole.MEMBER);

    TeamMemberFormViewModel(UiContext ctx, TeamService service, PersonService people, TeamRow team,
                            Consumer<TeamMember> onSaved) {
        super(ctx);
        this.service = service;
        this.team = team;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.person = new PersonPicker(ctx, people, null);
        joinedOn.set(service.today());
    }

    public TeamRow team() {
        return team;
    }

    /** Validates and saves in the background; {@code done} runs only when the member was added. */
    public void save(Runnable done) {
        errors.clear();
        TeamMember draft = new TeamMember(null, team.id(), person.chosenProperty().get(), joinedOn.get(), role.get(),
                null);
        saveForm(errors, p -> service.addMember(session(), draft), onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public PersonPicker person() {
        return person;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<TeamMemberRole> roleProperty() {
        return role;
    }
}
