package org.dianmifeng.console.volunteer.ui;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;

/**
 * Search-as-you-type for one person: each change of the query asks {@link PersonService#search} in the
 * background; answers to an older query than the current one are dropped.
 */
public final class PersonPicker extends ViewModel {
    public static final int LIMIT = 30;
    private final PersonService people;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonRef> choices = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRef> chosen = new SimpleObjectProperty<>();

    public PersonPicker(UiContext ctx, PersonService people, PersonRef initial) {
        super(ctx);
        this.people = people;
        chosen.set(initial);
        query.addListener((o, a, b) -> search(b));
    }

    private void search(String text) {
        if (Texts.clean(text) == null) {
            choices.clear();
            return;
        }
        background(p -> people.search(session(), text, LIMIT), found -> {
            if (Objects.equals(text, query.get())) {
                choices.setAll(found);
            }
        });
    }

    /** Takes one of the choices (or null to have nobody). */
    public void choose(PersonRef person) {
        chosen.set(person);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PersonRef> choices() {
        return choices;
    }

    public ObjectProperty<PersonRef> chosenProperty() {
        return chosen;
    }
}
