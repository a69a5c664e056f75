package org.dianmifeng.console.certificate.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.dianmifeng.console.certificate.CertificateService;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.ExportControls;
import org.dianmifeng.console.ui.FormFields;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.volunteer.TeamRow;

/**
 * The form that issues certificates, to a volunteer (by number) or for a team, for a period. Its Save checks every
 * field first, and only then asks where to write ({@link #save}); an unreadable date is reported with the rest.
 */
public final class CertificateIssueFormView {
    private final CertificateIssueFormViewModel vm;
    private final Messages messages;
    private FormFields fields;
    @FXML private Label personLabel;
    @FXML private VBox personBox;
    @FXML private TextField personField;
    @FXML private Label personError;
    @FXML private Label teamLabel;
    @FXML private VBox teamBox;
    @FXML private ComboBox<TeamRow> teamChoice;
    @FXML private Label teamError;
    @FXML private DatePicker fromPicker;
    @FXML private Label fromError;
    @FXML private DatePicker toPicker;
    @FXML private Label toError;
    @FXML private ProgressBar issueProgress;
    @FXML private Label statusLabel;

    public CertificateIssueFormView(CertificateIssueFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    @FXML
    private void initialize() {
        boolean team = vm.forTeam();
        ViewSupport.show(!team, personLabel, personBox);
        ViewSupport.show(team, teamLabel, teamBox);
        personField.textProperty().bindBidirectional(vm.volunteerNoProperty());
        teamChoice.setItems(vm.teams());
        teamChoice.setConverter(ViewSupport.converter(t -> t == null ? "" : t.name()));
        teamChoice.valueProperty().bindBidirectional(vm.teamProperty());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        fields = new FormFields(vm.errors()).reportingUnreadableDates();
        if (team) {
            fields.add("certificate.team", teamChoice, teamError);
        } else {
            fields.add(CertificateService.VOLUNTEER_NO, personField, personError);
        }
        fields.add("certificate.from", fromPicker, fromError)
                .add("certificate.to", toPicker, toError);
        ExportControls.bind(issueProgress, new Button(), vm.jobProperty());
        ViewSupport.bindStatus(statusLabel, vm);
    }

    /**
     * The form's Save for {@code Dialogs.form}: checks every field, then asks {@code chooser} where to write (nothing
     * happens when it is dismissed, the form stays as typed), then issues and writes.
     */
    public Consumer<Runnable> save(Supplier<Optional<Path>> chooser) {
        return done -> vm.check(fields.unreadableDates(), () -> chooser.get().ifPresent(out -> vm.issue(out, done)));
    }
}
