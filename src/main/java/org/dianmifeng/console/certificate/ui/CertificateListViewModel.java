package org.dianmifeng.console.certificate.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.certificate.Certificate;
import org.dianmifeng.console.certificate.CertificateReport;
import org.dianmifeng.console.certificate.CertificateRow;
import org.dianmifeng.console.certificate.CertificateService;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.volunteer.TeamRow;
import org.dianmifeng.console.volunteer.TeamService;

/**
 * 服务证明: the register of volunteer service certificates (number, name, period, hours, issued, revoked), filtered
 * as you type and to valid ones; found by the printed number; for roles with {@link Permission#CERTIFICATE_ISSUE}:
 * issue to a volunteer, issue for a team, revoke with a reason, print again; the register's Excel export; the
 * organisation on the certificates for the administrator. ID numbers as the service lets the role see them.
 */
public final class CertificateListViewModel extends ViewModel implements Exportable {
    static final List<String> COLUMN_KEYS = List.of("certificate.col.number", "certificate.col.name",
            "certificate.col.volunteerNo", "certificate.col.idNumber", "certificate.col.unit", "certificate.col.period",
            "certificate.col.hours", "certificate.col.issuedOn", "certificate.col.issuedBy", "certificate.col.state",
            "certificate.col.revokeReason");

    private final CertificateService certificates;
    private final CertificateReport report;
    private final TeamService teams;
    private final ObservableList<CertificateRow> all = FXCollections.observableArrayList();
    private final FilteredList<CertificateRow> filtered = new FilteredList<>(all);
    private final SortedList<CertificateRow> shown = new SortedList<>(filtered);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final BooleanProperty validOnly = new SimpleBooleanProperty(false);
    private final StringProperty numberSearch = new SimpleStringProperty("");
    private final ObjectProperty<CertificateRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TeamRow> teamChoices = FXCollections.observableArrayList();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final ExportCommand printing = new ExportCommand(this, "certificate.written");

    public CertificateListViewModel(UiContext ctx, CertificateService certificates, CertificateReport report,
                                    TeamService teams) {
        super(ctx);
        this.certificates = certificates;
        this.report = report;
        this.teams = teams;
        textFilter.addListener((o, a, b) -> refilter());
        validOnly.addListener((o, a, b) -> refilter());
    }

    public boolean canIssue() {
        return session().can(Permission.CERTIFICATE_ISSUE);
    }

    public boolean canSetOrganisation() {
        return session().can(Permission.SETTINGS_MANAGE);
    }

    private record Loaded(List<CertificateRow> rows, List<TeamRow> teams) {
    }

    /** Reads the register (and, for issuers, the teams) again, keeping the selection and the filters. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        boolean issue = canIssue();
        background(p -> new Loaded(certificates.list(session()), issue ? teams.list(session()) : List.of()), loaded -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            all.setAll(loaded.rows());
            teamChoices.setAll(loaded.teams());
            refilter();
            selected.set(keep == null ? null : all.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
            then.run();
        });
    }

    private void refilter() {
        String text = Texts.clean(textFilter.get());
        boolean valid = validOnly.get();
        filtered.setPredicate(r -> (!valid || !r.certificate().revoked())
                && (text == null || Texts.anyContains(text, r.certificate().certNo(), r.name(), r.volunteerNo(),
                r.unitName())));
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(CertificateRow r) {
        Certificate c = r.certificate();
        return Arrays.asList(c.certNo(), r.name(), r.volunteerNo(), r.idNumber(), r.unitName(),
                messages().text("certificate.period", PageSetup.date(c.periodFrom()), PageSetup.date(c.periodTo())),
                OneDecimal.of(c.hours()), c.issuedOn(), r.issuerName(messages()), state(c), c.revokeReason());
    }

    private String state(Certificate c) {
        return c.revoked() ? messages().text("certificate.state.revoked", PageSetup.date(c.revokedOn()))
                : messages().text("certificate.state.valid");
    }

    // ---------------------------------------------------------------- commands

    /** Finds the certificate with the number typed (any case, spaces around ignored) and selects it. */
    public void searchNumber() {
        String typed = numberSearch.get();
        setNotice(null);
        if (typed == null || typed.isBlank()) {
            setError(messages().text("certificate.search.empty"));
            return;
        }
        background(p -> certificates.byNumber(session(), typed)
                .orElseThrow(() -> new ConsoleException("error.certificate.noNumber", typed == null ? "" : typed.strip())),
                found -> {
                    validOnly.set(false);
                    textFilter.set("");
                    selected.set(all.stream().filter(r -> r.id() == found.id()).findFirst().orElse(null));
                    setNotice(messages().text("certificate.search.found", found.certificate().certNo(), found.name(),
                            state(found.certificate())));
                });
    }

    /** The default period of a certificate: last year, 1 January to 31 December. */
    public LocalDate defaultFrom() {
        return LocalDate.of(certificates.today().getYear() - 1, 1, 1);
    }

    public LocalDate defaultTo() {
        return LocalDate.of(certificates.today().getYear() - 1, 12, 31);
    }

    /** The form that issues a certificate to one volunteer, for last year by default. */
    public CertificateIssueFormViewModel issueForm() {
        return issueForm(false);
    }

    /** The form that issues certificates to every volunteer who served with a team, for last year by default. */
    public CertificateIssueFormViewModel teamIssueForm() {
        return issueForm(true);
    }

    private CertificateIssueFormViewModel issueForm(boolean forTeam) {
        return new CertificateIssueFormViewModel(ctx, certificates, report, forTeam, teamChoices, defaultFrom(),
                defaultTo(), this::issued);
    }

    /** An issue form wrote {@code count} certificates to {@code file}: says so and reads the register again. */
    private void issued(int count, Path file) {
        load(() -> setNotice(messages().text("certificate.written", count, file.toString())));
    }

    /** Prints the selected certificate again into {@code out}. */
    public Job reprint(Path out) {
        CertificateRow row = selected.get();
        return printing.write(out, p -> report.print(session(), List.of(row.id()), out, messages(), p).numbers().size());
    }

    /** Revokes the selected certificate with {@code reason}. */
    public void revoke(String reason) {
        CertificateRow row = selected.get();
        act(p -> certificates.revoke(session(), row.id(), reason),
                c -> messages().text("certificate.revokedNotice", c.certNo()), (java.util.function.Consumer<Runnable>) this::load);
    }

    public String organisation() {
        return certificates.organisation();
    }

    /** Sets the organisation named on new certificates. */
    public void saveOrganisation(String name) {
        act(p -> certificates.saveOrganisation(session(), name),
                saved -> messages().text("certificate.settings.saved", saved), (java.util.function.Consumer<Runnable>) this::load);
    }

    @Override
    public Job export(Path out) {
        return export.run(out, messages().text("certificate.export.title"),
                ExportCommand.columns(columnHeaders(), this::cells), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** The running issue or print, or null. */
    public ReadOnlyObjectProperty<Job> printJobProperty() {
        return printing.jobProperty();
    }

    // ---------------------------------------------------------------- properties

    public SortedList<CertificateRow> rows() {
        return shown;
    }

    public ObjectProperty<CertificateRow> selectedProperty() {
        return selected;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public BooleanProperty validOnlyProperty() {
        return validOnly;
    }

    public StringProperty numberSearchProperty() {
        return numberSearch;
    }

    public ObservableList<TeamRow> teamChoices() {
        return teamChoices;
    }

    /** Whether the selected certificate is valid (it may be revoked or printed again). */
    public boolean selectedIsValid() {
        return selected.get() != null && !selected.get().certificate().revoked();
    }
}
