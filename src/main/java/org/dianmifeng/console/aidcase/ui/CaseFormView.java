package org.dianmifeng.console.aidcase.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamRow;

/** The form of a referral, of a case or of a child's identity: the sections its mode shows, each field with its error line. */
public final class CaseFormView {
    private final CaseFormViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;
    private FormFields fields;

    public CaseFormView(CaseFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        fields = new FormFields(vm.errors());
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("form");
        ColumnConstraints wide = new ColumnConstraints(360);
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a label is never cut
        grid.getColumnConstraints().setAll(labels, wide);
        if (vm.showsChild()) {
            section("case.section.child");
            text("child.name", vm.name);
            choice("child.gender", vm.gender, Gender.class);
            date("child.birthDate", vm.birthDate);
            text("child.idNumber", vm.idNumber);
            text("child.school", vm.school);
            text("child.schoolGrade", vm.schoolGrade);
            text("child.township", vm.township);
            text("child.community", vm.community);
            text("child.address", vm.address);
            choice("child.category", vm.category, EligibilityCategory.class);
            text("child.categoryNote", vm.categoryNote);
            text("child.guardianName", vm.guardianName);
            text("child.guardianRelation", vm.guardianRelation);
            text("child.guardianPhone", vm.guardianPhone);
            date("child.consentOn", vm.consentOn);
            text("child.consentScope", vm.consentScope);
            text("child.consentBy", vm.consentBy);
        }
        if (vm.showsCase()) {
            section("case.section.referral");
            text("case.referralSource", vm.referralSource);
            text("case.referrer", vm.referrer);
            date("case.referredOn", vm.referredOn);
            ComboBox<Unit> unitBox = new ComboBox<>();
            unitBox.getItems().setAll(vm.units());
            unitBox.setConverter(ViewSupport.converter(Unit::name));
            unitBox.valueProperty().bindBidirectional(vm.unit);
            unitBox.setMaxWidth(Double.MAX_VALUE);
            field("case.unit", unitBox);
            ComboBox<TeamRow> teamBox = new ComboBox<>();
            teamBox.getItems().add(null);
            teamBox.getItems().addAll(vm.teams());
            teamBox.setConverter(ViewSupport.converter(t -> t.team().name()));
            teamBox.valueProperty().bindBidirectional(vm.team);
            teamBox.setMaxWidth(Double.MAX_VALUE);
            field("case.team", teamBox);
            VBox officers = new VBox(4);
            for (Account a : vm.officerChoices()) {
                CheckBox box = new CheckBox(a.shown(messages));
                box.setSelected(vm.officers().contains(a));
                box.selectedProperty().addListener((o, was, is) -> {
                    if (is) {
                        vm.officers().add(a);
                    } else {
                        vm.officers().remove(a);
                    }
                });
                officers.getChildren().add(box);
            }
            field("case.officers", officers);
        }
        Label status = new Label();
        status.setWrapText(true);
        status.setMaxWidth(480);
        ViewSupport.bindStatus(status, vm);
        grid.add(status, 0, row++, 2, 1);
        // the form dialog scrolls a form taller than the screen and is as wide as the form: a scroll pane of its own,
        // 520 px wide, was narrower than the English form and scrolled sideways, hiding the fields' right edge
        return grid;
    }

    private void section(String key) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add("section-title");
        grid.add(title, 0, row++, 2, 1);
    }

    private void text(String field, StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        field(field, f);
    }

    private void date(String field, ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(value);
        field(field, picker);
    }

    private <E extends Enum<E>> void choice(String field, ObjectProperty<E> value, Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        ViewSupport.enumChoices(box, type, messages);
        box.valueProperty().bindBidirectional(value);
        field(field, box);
    }

    private void field(String field, Node input) {
        input.setId("case-" + field.replace('.', '-'));
        Label error = new Label();
        fields.add(field, input, error);
        grid.add(new Label(messages.text("field." + field)), 0, row);
        grid.add(new VBox(2, input, error), 1, row++);
    }
}
