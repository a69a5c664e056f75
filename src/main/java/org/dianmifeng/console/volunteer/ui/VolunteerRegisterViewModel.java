package org.dianmifeng.console.volunteer.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.volunteer.VolunteerService;

/** Registering a person as a volunteer: the person found by {@link PersonPicker} and the date, today by default. */
public final class VolunteerRegisterViewModel extends ViewModel {
    private final VolunteerService volunteers;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final PersonPicker person;
    private final ObjectProperty<LocalDate> registeredOn = new SimpleObjectProperty<>();

    VolunteerRegisterViewModel(UiContext ctx, VolunteerService volunteers, PersonService people,
                               Consumer<String> onSaved) {
        super(ctx);
        this.volunteers = volunteers;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.person = new PersonPicker(ctx, people, null);
        registeredOn.set(volunteers.today());
    }

    public void save(Runnable done) {
        errors.clear();
        PersonRef chosen = person.chosenProperty().get();
        LocalDate on = registeredOn.get();
        saveForm(errors, p -> {
            new Checks().required("volunteer.person", chosen).throwIfAny();
            return volunteers.register(session(), chosen.id(), on);
        }, saved -> onSaved.accept(messages().text("volunteer.registered", chosen.name(), saved.volunteerNo())), done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public PersonPicker person() {
        return person;
    }

    public ObjectProperty<LocalDate> registeredOnProperty() {
        return registeredOn;
    }
}
