package org.dianmifeng.console.account.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.ui.ExportCommand;
import org.dianmifeng.console.ui.Exportable;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * The administrator's view of the audit log: filter by dates, user, entity and free text; the
 * selected entry's record before and after, one field a line, side by side.
 */
public final class AuditLogViewModel extends ViewModel implements Exportable {
    /** The entities the console audits, in the order of the entity filter. */
    public static final List<String> ENTITIES = List.of("UNIT", "PERSON", "TEAM", "TEAM_MEMBER", "ACCOUNT",
            "BRANCH", "COMMUNITY", "GRID", "PARTY_MEMBER", "ENROLMENT", "COMMUNITY_SERVICE", "FEEDBACK", "POINT_ENTRY",
            "APPRAISAL", "SETTING", "AID_CASE", "CHILD", "SITE_VISIT", "PAIRING", "RENOVATION_ITEM", "CASE_PHOTO",
            "FOLLOW_UP", "HONOUR", "BACKUP", "SAMPLE_DATA", "IMPORT", "SITE", "VOLUNTEER", "PROJECT", "ACTIVITY",
            "SERVICE_HOURS", "STAR_LEVEL", "SERVICE_CERTIFICATE");
    public static final int LIMIT = 1000;
    static final List<String> COLUMN_KEYS = List.of("audit.at", "audit.user", "audit.action", "audit.entity",
            "audit.entityId", "audit.summary");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Audit audit;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final SortedList<AuditEntry> shown = new SortedList<>(entries);
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ExportCommand export = new ExportCommand(this, "export.done");
    private final StringBinding before;
    private final StringBinding after;

    public AuditLogViewModel(UiContext ctx, Audit audit) {
        super(ctx);
        this.audit = audit;
        before = Bindings.createStringBinding(() -> selected.get() == null ? "" : before(selected.get()), selected);
        after = Bindings.createStringBinding(() -> selected.get() == null ? "" : after(selected.get()), selected);
    }

    public boolean canView() {
        return session().can(Permission.AUDIT_VIEW);
    }

    /** Reads the newest {@link #LIMIT} entries that match the filter. */
    public void search() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            setError(messages().text("audit.badRange"));
            return;
        }
        AuditFilter filter = new AuditFilter(from.get(), to.get(), Texts.clean(user.get()), entity.get(),
                Texts.clean(text.get()), LIMIT, AuditTexts.storedTerms(messages(), Texts.clean(text.get())));
        background(p -> audit.find(session(), filter), found -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            entries.setAll(found);
            selected.set(found.stream().filter(e -> e.id().equals(keep)).findFirst().orElse(null));
            setNotice(found.size() >= LIMIT ? messages().text("audit.limited", LIMIT)
                    : messages().text("audit.count", found.size()));
        });
    }

    /** The record before the change, one field a line, in the user's language. */
    String before(AuditEntry e) {
        return AuditTexts.lines(messages(), e.entity(), e.before());
    }

    /** The record after the change, one field a line, in the user's language. */
    String after(AuditEntry e) {
        return AuditTexts.lines(messages(), e.entity(), e.after());
    }

    /** Who did it: the account's name and its username, or the username alone when the account is gone. */
    String who(AuditEntry e) {
        return new UserName(e.username(), e.displayName()).shown(messages());
    }

    public String entityLabel(String name) {
        return name == null ? messages().text("audit.entity.all") : messages().text("audit.entity." + name);
    }

    public List<String> columnHeaders() {
        return COLUMN_KEYS.stream().map(k -> messages().text(k)).toList();
    }

    public List<Object> cells(AuditEntry e) {
        return Arrays.asList(TIME.format(e.at()), who(e), messages().label(e.action()),
                ENTITIES.contains(e.entity()) ? entityLabel(e.entity()) : e.entity(), e.entityId(),
                AuditTexts.summary(messages(), e.entity(), e.summary()));
    }

    /**
     * Writes exactly the entries the list shows (as last searched, in the table's order) with the
     * table's columns and the record before and after to an .xlsx file, in the background; the job
     * reports progress and can be cancelled.
     */
    public Job export(Path out) {
        return export.run(out, messages().text("audit.export.title"), exportColumns(), shown);
    }

    @Override
    public ExportCommand exports() {
        return export;
    }

    /** The table's columns, then the record before and after as text. */
    private List<ListExport.Column<AuditEntry>> exportColumns() {
        List<ListExport.Column<AuditEntry>> cols = new ArrayList<>(ExportCommand.columns(columnHeaders(), this::cells));
        cols.add(new ListExport.Column<>(messages().text("audit.before"), this::before));
        cols.add(new ListExport.Column<>(messages().text("audit.after"), this::after));
        return cols;
    }

    /** The entries as the table shows them, sorted as the table's comparator says (newest first by default). */
    public SortedList<AuditEntry> rows() {
        return shown;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public StringBinding beforeText() {
        return before;
    }

    public StringBinding afterText() {
        return after;
    }
}
