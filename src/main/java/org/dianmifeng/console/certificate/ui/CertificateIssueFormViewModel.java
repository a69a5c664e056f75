package org.dianmifeng.console.certificate.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.dianmifeng.console.certificate.CertificateReport;
import org.dianmifeng.console.certificate.CertificateService;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.volunteer.TeamRow;

/**
 * The form that issues certificates: to one volunteer by their number, or to every volunteer who served with a
 * team, for a period. Its Save first checks everything at once ({@link #check}: the service's own checks, with the
 * dates the form could not read), before the view asks where to write; then issues and writes ({@link #issue}). A
 * refusal at either step shows beside the fields and in the form's status line, and the form keeps what was typed.
 */
public final class CertificateIssueFormViewModel extends ViewModel {
    private final CertificateService certificates;
    private final CertificateReport report;
    private final boolean forTeam;
    private final ObservableList<TeamRow> teams;
    private final BiConsumer<Integer, Path> onIssued;
    private final FieldErrors errors;
    private final StringProperty volunteerNo = new SimpleStringProperty("");
    private final ObjectProperty<TeamRow> team = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** The issuing and writing while it runs (the form's progress bar), else null. */
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();
    /** What {@link #check} passed, issued by {@link #issue}. */
    private Checked checked;

    private record Checked(long id, LocalDate from, LocalDate to) {
    }

    CertificateIssueFormViewModel(UiContext ctx, CertificateService certificates, CertificateReport report,
                                  boolean forTeam, ObservableList<TeamRow> teams, LocalDate from, LocalDate to,
                                  BiConsumer<Integer, Path> onIssued) {
        super(ctx);
        this.certificates = certificates;
        this.report = report;
        this.forTeam = forTeam;
        this.teams = teams;
        this.onIssued = onIssued;
        this.errors = new FieldErrors(ctx.messages());
        this.from.set(from);
        this.to.set(to);
    }

    /**
     * Checks the form: {@code formProblems} (the dates it could not read) and the service's checks of the volunteer
     * number or team and the period, all at once. When nothing is wrong runs {@code valid} (the view then asks where
     * to save); else each problem shows beside its field and the status line lists them.
     */
    public void check(List<Problem> formProblems, Runnable valid) {
        errors.clear();
        setNotice(null);
        String number = volunteerNo.get();
        Long teamId = team.get() == null ? null : team.get().id();
        // a date the form could not read is none: the date its field held before must not be checked in its place
        LocalDate start = unread(formProblems, "certificate.from") ? null : from.get();
        LocalDate end = unread(formProblems, "certificate.to") ? null : to.get();
        checked = null;
        background(p -> {
            Checks checks = new Checks().addAll(formProblems);
            if (forTeam) {
                certificates.checkTeamIssue(session(), checks, teamId, start, end);
                return new Checked(teamId, start, end);
            }
            return new Checked(certificates.checkIssue(session(), checks, number, start, end), start, end);
        }, ok -> {
            checked = ok;
            valid.run();
        }, e -> refused(errors, e));
    }

    private static boolean unread(List<Problem> formProblems, String field) {
        return formProblems.stream().anyMatch(p -> p.field().equals(field));
    }

    /**
     * Issues what {@link #check} passed and writes the certificates to {@code out}; on success tells the screen
     * ({@code onIssued}) and closes the form ({@code done}); a refusal (e.g. no approved hours in the period) shows
     * in the form, which keeps what was typed.
     */
    public void issue(Path out, Runnable done) {
        Checked c = checked;
        if (c == null) {
            return;
        }
        Path file = out.toAbsolutePath();
        tracked(job, p -> (forTeam
                ? report.issueForTeam(session(), c.id(), c.from(), c.to(), out, messages(), p)
                : report.issue(session(), c.id(), c.from(), c.to(), out, messages(), p)).numbers().size(),
                count -> {
                    onIssued.accept(count, file);
                    done.run();
                }, e -> refused(errors, e));
    }

    /** The issuing and writing of the certificates while it runs, else null. */
    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /** Whether the certificates are for a team (else for one volunteer). */
    public boolean forTeam() {
        return forTeam;
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<TeamRow> teams() {
        return teams;
    }

    public StringProperty volunteerNoProperty() {
        return volunteerNo;
    }

    public ObjectProperty<TeamRow> teamProperty() {
        return team;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }
}
