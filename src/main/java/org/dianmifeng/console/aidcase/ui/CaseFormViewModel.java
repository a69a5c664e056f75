package org.dianmifeng.console.aidcase.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamRow;

/**
 * The form of a new referral (child, referral and officers), of a case's referral, unit, team and officers, or of
 * a revealed child's identity (a case officer's edit). The mode decides which sections the form shows and saves.
 */
public final class CaseFormViewModel extends ViewModel {
    public enum Mode {
        REFERRAL,
        CASE,
        CHILD
    }

    private final AidCaseService cases;
    private final Mode mode;
    private final CaseRow row;
    private final Child original;
    private final Consumer<String> onSaved;
    private final FieldErrors errors;
    private final List<Unit> units;
    private final List<TeamRow> teams;
    private final List<Account> officerChoices;
    // child
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final StringProperty idNumber = new SimpleStringProperty("");
    final StringProperty school = new SimpleStringProperty("");
    final StringProperty schoolGrade = new SimpleStringProperty("");
    final StringProperty township = new SimpleStringProperty("");
    final StringProperty community = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final ObjectProperty<EligibilityCategory> category = new SimpleObjectProperty<>();
    final StringProperty categoryNote = new SimpleStringProperty("");
    final StringProperty guardianName = new SimpleStringProperty("");
    final StringProperty guardianRelation = new SimpleStringProperty("");
    final StringProperty guardianPhone = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> consentOn = new SimpleObjectProperty<>();
    final StringProperty consentScope = new SimpleStringProperty("");
    final StringProperty consentBy = new SimpleStringProperty("");
    // case
    final StringProperty referralSource = new SimpleStringProperty("");
    final StringProperty referrer = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> referredOn = new SimpleObjectProperty<>();
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    final ObjectProperty<TeamRow> team = new SimpleObjectProperty<>();
    final ObservableList<Account> officers = FXCollections.observableArrayList();
    /** The last well-formed ID number the form held: what the gender and birth date were filled from. */
    private String filledFrom;

    CaseFormViewModel(UiContext ctx, AidCaseService cases, Mode mode, CaseRow row, Child child, List<Unit> units,
                      List<TeamRow> teams, List<Account> officerChoices, Consumer<String> onSaved) {
        super(ctx);
        this.cases = cases;
        this.mode = mode;
        this.row = row;
        this.original = child;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        this.units = units.stream().filter(u -> u.active() || (row != null && u.id().equals(row.unitId()))).toList();
        this.teams = teams;
        this.officerChoices = officerChoices;
        referredOn.set(cases.today());
        if (session().can(org.dianmifeng.console.core.Permission.CASE_IDENTITY)) {
            officerChoices.stream().filter(a -> a.id() == session().accountId()).findFirst().ifPresent(officers::add);
        }
        if (row != null) {
            referralSource.set(row.referralSource());
            referrer.set(row.referrer() == null ? "" : row.referrer());
            referredOn.set(row.referredOn());
            unit.set(this.units.stream().filter(u -> u.id().equals(row.unitId())).findFirst().orElse(null));
            team.set(teams.stream().filter(t -> Objects.equals(t.team().id(), row.teamId())).findFirst().orElse(null));
            officers.setAll(officerChoices.stream().filter(a -> row.officerIds().contains(a.id())).toList());
        }
        if (child != null) {
            name.set(child.name());
            gender.set(child.gender());
            birthDate.set(child.birthDate());
            idNumber.set(text(child.idNumber()));
            school.set(text(child.school()));
            schoolGrade.set(text(child.schoolGrade()));
            township.set(child.township());
            community.set(text(child.community()));
            address.set(text(child.address()));
            category.set(child.category());
            categoryNote.set(text(child.categoryNote()));
            guardianName.set(text(child.guardianName()));
            guardianRelation.set(text(child.guardianRelation()));
            guardianPhone.set(text(child.guardianPhone()));
            consentOn.set(child.consentOn());
            consentScope.set(text(child.consentScope()));
            consentBy.set(text(child.consentBy()));
        } else if (mode == Mode.REFERRAL) {
            consentBy.set(session().displayName());
        }
        filledFrom = wellFormed(idNumber.get());
        idNumber.addListener((o, was, now) -> followIdNumber(now));
    }

    /**
     * A well-formed ID number fills the child's gender and birth date, as the person form does; a corrected number
     * updates what the previous one filled. A value chosen by hand that differs stays (the save names the mismatch).
     */
    private void followIdNumber(String typed) {
        String id = wellFormed(typed);
        if (id == null) {
            return;
        }
        String before = filledFrom;
        filledFrom = id;
        if (gender.get() == null || (before != null && gender.get() == ResidentId.gender(before))) {
            gender.set(ResidentId.gender(id));
        }
        if (birthDate.get() == null || (before != null && birthDate.get().equals(ResidentId.birthDate(before).orElse(null)))) {
            birthDate.set(ResidentId.birthDate(id).orElseThrow());
        }
    }

    private String wellFormed(String typed) {
        String id = ResidentId.normalize(typed);
        return id == null || ResidentId.problem(id, cases.today()).isPresent() ? null : id;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public Mode mode() {
        return mode;
    }

    public boolean showsChild() {
        return mode != Mode.CASE;
    }

    public boolean showsCase() {
        return mode != Mode.CHILD;
    }

    Child child() {
        return new Child(original == null ? null : original.id(), name.get(), gender.get(), birthDate.get(),
                idNumber.get(), school.get(), schoolGrade.get(), township.get(), community.get(), address.get(),
                category.get(), categoryNote.get(), guardianName.get(), guardianRelation.get(), guardianPhone.get(),
                consentOn.get(), consentScope.get(), consentBy.get(), original == null ? null : original.consentDocName(),
                original == null ? null : original.version());
    }

    AidCase aidCase() {
        return new AidCase(row == null ? null : row.id(), null, null, referralSource.get(), referrer.get(),
                referredOn.get(), unit.get() == null ? null : unit.get().id(), team.get() == null ? null : team.get().team().id(),
                null, null, row == null ? null : row.version());
    }

    public void save(Runnable done) {
        errors.clear();
        List<Long> officerIds = officers.stream().map(Account::id).toList();
        Child child = child();
        AidCase aidCase = aidCase();
        saveForm(errors, p -> switch (mode) {
            case REFERRAL -> cases.refer(session(), child, aidCase, officerIds).code();
            case CASE -> cases.updateCase(session(), aidCase, officerIds).code();
            case CHILD -> {
                cases.updateChild(session(), child);
                yield row.code();
            }
        }, onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public List<Unit> units() {
        return units;
    }

    public List<TeamRow> teams() {
        return teams;
    }

    public List<Account> officerChoices() {
        return officerChoices;
    }

    public ObservableList<Account> officers() {
        return officers;
    }
}
