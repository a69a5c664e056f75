package org.dianmifeng.console.aidcase.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CasePhoto;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.FollowUpState;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.Pairing;
import org.dianmifeng.console.aidcase.PhotoKind;
import org.dianmifeng.console.aidcase.RenovationBudget;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.aidcase.RenovationItem;
import org.dianmifeng.console.aidcase.SiteVisit;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.ui.DataChanges;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.FormNumbers;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.volunteer.ui.PersonPicker;

/**
 * The work on one case, tab by tab: site visits, pairings, the renovation plan with its budget and the
 * photos (case officers only, shown after a reason), and follow-ups with their state. Selecting a row puts
 * it into the tab's form to change it; "new" empties the form. Only the case code is ever shown.
 */
public final class CaseWorkViewModel extends ViewModel {
    private static final String NOT_A_NUMBER = "error.casework.notANumber";
    private final CaseWorkService service;
    private final long caseId;
    private final FieldErrors errors;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObjectProperty<AidCaseStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty itemsOpen = new SimpleBooleanProperty(false);
    private LocalDate today;

    // site visits
    private final ObservableList<SiteVisit> visits = FXCollections.observableArrayList();
    private final ObjectProperty<SiteVisit> selectedVisit = new SimpleObjectProperty<>();
    private final ObjectProperty<SiteVisit> editingVisit = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> visitedOn = new SimpleObjectProperty<>();
    private final ObservableList<PersonRef> visitors = FXCollections.observableArrayList();
    private final StringProperty officials = new SimpleStringProperty("");
    private final StringProperty findings = new SimpleStringProperty("");
    private final StringProperty needs = new SimpleStringProperty("");
    private final PersonPicker visitorPicker;

    // pairings
    private final ObservableList<Pairing> pairings = FXCollections.observableArrayList();
    private final ObjectProperty<Pairing> selectedPairing = new SimpleObjectProperty<>();
    private final PersonPicker pairingPicker;
    private final ObjectProperty<LocalDate> pairingFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> pairingTo = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> pairingEnd = new SimpleObjectProperty<>();

    // renovation
    private final ObservableList<RenovationItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<RenovationItem> selectedItem = new SimpleObjectProperty<>();
    private final ObjectProperty<RenovationItem> editingItem = new SimpleObjectProperty<>();
    private final ObjectProperty<RenovationCategory> category = new SimpleObjectProperty<>(RenovationCategory.FURNITURE);
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty unitPrice = new SimpleStringProperty("");
    private final StringProperty actualCost = new SimpleStringProperty("");
    private final StringProperty supplier = new SimpleStringProperty("");
    private final ObjectProperty<ItemStatus> itemStatus = new SimpleObjectProperty<>(ItemStatus.PLANNED);
    private final ReadOnlyStringWrapper budget = new ReadOnlyStringWrapper("");
    private final BooleanProperty overBudget = new SimpleBooleanProperty(false);

    // photos
    private final ObservableList<CasePhoto> photos = FXCollections.observableArrayList();
    private final ObjectProperty<PhotoKind> photoKind = new SimpleObjectProperty<>(PhotoKind.BEFORE);
    private final ObjectProperty<LocalDate> photoTakenOn = new SimpleObjectProperty<>();
    private final StringProperty photoCaption = new SimpleStringProperty("");

    // follow-ups
    private final ObservableList<FollowUp> followUps = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUp> selectedFollowUp = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUp> editingFollowUp = new SimpleObjectProperty<>();
    private final StringProperty activity = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> doneOn = new SimpleObjectProperty<>();
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanBinding canChangeFollowUps;
    private final ReadOnlyStringWrapper followUpsLocked = new ReadOnlyStringWrapper();
    private final BooleanBinding canCloseFollowUp;

    public CaseWorkViewModel(UiContext ctx, CaseWorkService service, PersonService people, long caseId) {
        super(ctx);
        this.service = service;
        this.caseId = caseId;
        this.errors = new FieldErrors(ctx.messages());
        this.today = service.today();
        this.visitorPicker = new PersonPicker(ctx, people, null);
        this.pairingPicker = new PersonPicker(ctx, people, null);
        visitedOn.set(today);
        pairingFrom.set(today);
        pairingEnd.set(today);
        doneOn.set(today);
        selectedVisit.addListener((o, a, b) -> fillVisit(b));
        selectedItem.addListener((o, a, b) -> fillItem(b));
        selectedFollowUp.addListener((o, a, b) -> fillFollowUp(b));
        onChange(DataChanges.CASES, this::load);
        canChangeFollowUps = Bindings.createBooleanBinding(() -> status.get() != null
                && status.get() != AidCaseStatus.CLOSED && status.get() != AidCaseStatus.REJECTED, status);
        canCloseFollowUp = Bindings.createBooleanBinding(() -> editingFollowUp.get() != null
                && editingFollowUp.get().isOpen(), editingFollowUp).and(busyProperty().not());
    }

    /** Follow-ups may change: the case is read and neither closed nor rejected (reopen it first). */
    public BooleanBinding canChangeFollowUps() {
        return canChangeFollowUps;
    }

    /** The follow-up in the form is open and nothing runs: mark it done or cancel it. */
    public BooleanBinding canCloseFollowUp() {
        return canCloseFollowUp;
    }

    /** Whether the signed-in role may change the case's work: the buttons and forms show only then. */
    public boolean canEdit() {
        return session().can(Permission.CASE_EDIT);
    }

    /** Whether the photos section shows: case officers only (photos are identity data of the child). */
    public boolean canSeePhotos() {
        return session().can(Permission.CASE_IDENTITY);
    }

    /** Loads the case's code and status and every tab. */
    public void load() {
        background(p -> new Loaded(service.caseLine(session(), caseId), service.visits(session(), caseId),
                service.pairings(session(), caseId), service.items(session(), caseId),
                service.followUps(session(), caseId)), this::show);
    }

    private record Loaded(org.dianmifeng.console.aidcase.CaseWorkStore.CaseLine line, List<SiteVisit> visits,
                          List<Pairing> pairings, List<RenovationItem> items, List<FollowUp> followUps) {
    }

    private void show(Loaded l) {
        today = service.today();
        status.set(l.line().status());
        itemsOpen.set(CaseWorkService.ITEMS_OPEN.contains(l.line().status()));
        title.set(messages().text("casework.title", l.line().code(), messages().label(l.line().status())));
        visits.setAll(l.visits());
        pairings.setAll(l.pairings());
        items.setAll(l.items());
        RenovationBudget b = RenovationBudget.of(l.items());
        overBudget.set(b.overBudget());
        budget.set(messages().text("casework.budget", b.planned().toPlainString(), b.actual().toPlainString(),
                b.difference().toPlainString()) + (b.overBudget() ? " " + messages().text("casework.budget.over") : ""));
        followUps.setAll(l.followUps());
        AidCaseStatus s = l.line().status();
        followUpsLocked.set(s == AidCaseStatus.CLOSED || s == AidCaseStatus.REJECTED
                ? messages().text("error.casework.followUpsLocked", l.line().code(), s) : null);
    }

    /** Why the follow-ups cannot change (closed or rejected case), else null. */
    public ReadOnlyStringProperty followUpsLockedProperty() {
        return followUpsLocked.getReadOnlyProperty();
    }

    private void saved(Object what) {
        setNotice(messages().text("notice.saved", what));
        changed(DataChanges.CASES);
    }

    // ---- site visits -----------------------------------------------------------------------------

    public List<String> visitHeaders() {
        return headers("casework.visit.visitedOn", "casework.visit.visitors", "casework.visit.officials",
                "casework.visit.findings", "casework.visit.needs");
    }

    public List<Object> visitCells(SiteVisit v) {
        return cells(v.visitedOn(), messages().list(v.visitors().stream().map(PersonRef::name).toList()),
                v.officials(), v.findings(), v.needs());
    }

    private void fillVisit(SiteVisit v) {
        errors.clear();
        editingVisit.set(v);
        visitedOn.set(v == null ? today : v.visitedOn());
        visitors.setAll(v == null ? List.of() : v.visitors());
        officials.set(v == null ? "" : text(v.officials()));
        findings.set(v == null ? "" : text(v.findings()));
        needs.set(v == null ? "" : text(v.needs()));
    }

    public void newVisit() {
        selectedVisit.set(null);
        fillVisit(null);
    }

    /** Adds the person chosen in the visitor picker to the visitors. */
    public void addVisitor() {
        PersonRef p = visitorPicker.chosenProperty().get();
        if (p != null && visitors.stream().noneMatch(v -> v.id() == p.id())) {
            visitors.add(p);
        }
        visitorPicker.choose(null);
    }

    public void removeVisitor(PersonRef p) {
        visitors.remove(p);
    }

    public void saveVisit() {
        SiteVisit editing = editingVisit.get();
        SiteVisit draft = new SiteVisit(editing == null ? null : editing.id(), caseId, visitedOn.get(), List.copyOf(visitors),
                officials.get(), findings.get(), needs.get(), editing == null ? null : editing.version());
        saveForm(errors, p -> createOrUpdate(editing == null, () -> service.addVisit(session(), draft),
                () -> service.updateVisit(session(), draft), this::load),
                v -> saved(v.visitedOn()), this::newVisit);
    }

    public void deleteVisit() {
        SiteVisit v = selectedVisit.get();
        background(p -> {
            service.deleteVisit(session(), v);
            return v;
        }, d -> {
            newVisit();
            setNotice(messages().text("notice.deleted", d.visitedOn()));
            changed(DataChanges.CASES);
        });
    }

    // ---- pairings --------------------------------------------------------------------------------

    public List<String> pairingHeaders() {
        return headers("casework.pairing.person", "casework.pairing.fromOn", "casework.pairing.toOn");
    }

    public List<Object> pairingCells(Pairing p) {
        return cells(p.person().label(messages()), p.fromOn(),
                p.toOn() == null ? messages().text("casework.pairing.running") : p.toOn());
    }

    public void addPairing() {
        PersonRef person = pairingPicker.chosenProperty().get();
        Pairing draft = new Pairing(null, caseId, person, pairingFrom.get(), pairingTo.get(), null);
        saveForm(errors, p -> service.addPairing(session(), draft), s -> saved(s.person().name()), () -> {
            pairingPicker.choose(null);
            pairingTo.set(null);
        });
    }

    /** Ends the selected pairing on the end date of the form. */
    public void endPairing() {
        Pairing selected = selectedPairing.get();
        LocalDate end = pairingEnd.get();
        saveForm(errors, p -> service.endPairing(session(), selected, end), s -> saved(s.person().name()), () -> { });
    }

    public void deletePairing() {
        Pairing selected = selectedPairing.get();
        background(p -> {
            service.deletePairing(session(), selected);
            return selected;
        }, d -> {
            setNotice(messages().text("notice.deleted", d.person().name()));
            changed(DataChanges.CASES);
        });
    }

    // ---- renovation ------------------------------------------------------------------------------

    public List<String> itemHeaders() {
        return headers("casework.item.category", "casework.item.description", "casework.item.quantity",
                "casework.item.unitPrice", "casework.item.planned", "casework.item.actualCost", "casework.item.supplier",
                "casework.item.status");
    }

    public List<Object> itemCells(RenovationItem i) {
        return cells(messages().label(i.category()), i.description(), plain(i.quantity()), plain(i.unitPrice()),
                plain(i.planned()), plain(i.actualCost()), i.supplier(), messages().label(i.status()));
    }

    private void fillItem(RenovationItem i) {
        errors.clear();
        editingItem.set(i);
        category.set(i == null ? RenovationCategory.FURNITURE : i.category());
        description.set(i == null ? "" : i.description());
        quantity.set(i == null ? "" : plain(i.quantity()));
        unitPrice.set(i == null ? "" : plain(i.unitPrice()));
        actualCost.set(i == null || i.actualCost() == null ? "" : plain(i.actualCost()));
        supplier.set(i == null ? "" : text(i.supplier()));
        itemStatus.set(i == null ? ItemStatus.PLANNED : i.status());
    }

    public void newItem() {
        selectedItem.set(null);
        fillItem(null);
    }

    public void saveItem() {
        RenovationItem editing = editingItem.get();
        Checks typed = new Checks();
        BigDecimal q = FormNumbers.decimal(quantity.get(), typed, "casework.item.quantity", NOT_A_NUMBER);
        BigDecimal price = FormNumbers.decimal(unitPrice.get(), typed, "casework.item.unitPrice", NOT_A_NUMBER);
        BigDecimal actual = FormNumbers.decimal(actualCost.get(), typed, "casework.item.actualCost", NOT_A_NUMBER);
        RenovationItem draft = new RenovationItem(editing == null ? null : editing.id(), caseId, category.get(),
                description.get(), q, price, actual, supplier.get(), itemStatus.get(),
                editing == null ? null : editing.version());
        saveForm(errors, p -> {
            typed.throwIfAny();
            return createOrUpdate(editing == null, () -> service.addItem(session(), draft),
                    () -> service.updateItem(session(), draft), this::load);
        }, i -> saved(i.description()), this::newItem);
    }

    public void deleteItem() {
        RenovationItem selected = selectedItem.get();
        background(p -> {
            service.deleteItem(session(), selected);
            return selected;
        }, d -> {
            newItem();
            setNotice(messages().text("notice.deleted", d.description()));
            changed(DataChanges.CASES);
        });
    }

    // ---- photos ----------------------------------------------------------------------------------

    /** Shows the photos: the service logs the viewing with {@code reason}. */
    public void showPhotos(String reason) {
        background(p -> service.photos(session(), caseId, reason), list -> {
            photos.setAll(list);
            setNotice(messages().text("casework.photos.shown", list.size()));
            changed(DataChanges.CASES); // the identity access log has a new line
        });
    }

    /** Adds a photo read from a file; the kind, date and caption come from the form. */
    public void addPhoto(String fileName, byte[] bytes) {
        CasePhoto draft = new CasePhoto(null, caseId, photoKind.get(), fileName, bytes, photoTakenOn.get(),
                photoCaption.get(), null);
        saveForm(errors, p -> service.addPhoto(session(), draft), s -> {
            photos.add(s);
            setNotice(messages().text("notice.saved", s.fileName()));
        }, () -> photoCaption.set(""));
    }

    /** The line under a thumbnail: kind and caption or file name. */
    public String photoCaption(CasePhoto p) {
        return messages().text("casework.photos.caption", messages().label(p.kind()),
                p.caption() != null ? p.caption() : p.fileName());
    }

    // ---- follow-ups ------------------------------------------------------------------------------

    public List<String> followUpHeaders() {
        return headers("casework.followUp.activity", "casework.followUp.dueOn", "casework.followUp.state",
                "casework.followUp.doneOn", "casework.followUp.participants", "casework.followUp.notes",
                "casework.followUp.cancelledReason");
    }

    public List<Object> followUpCells(FollowUp f) {
        return cells(f.activity(), f.dueOn(), messages().label(state(f)), f.doneOn(), f.participants(), f.notes(),
                f.cancelledReason());
    }

    /** The state of a follow-up today: the view highlights OVERDUE and DUE_THIS_WEEK rows. */
    public FollowUpState state(FollowUp f) {
        return f.state(today);
    }

    private void fillFollowUp(FollowUp f) {
        errors.clear();
        editingFollowUp.set(f);
        activity.set(f == null ? "" : f.activity());
        dueOn.set(f == null ? null : f.dueOn());
        doneOn.set(f == null || f.doneOn() == null ? today : f.doneOn());
        participants.set(f == null ? "" : text(f.participants()));
        notes.set(f == null ? "" : text(f.notes()));
    }

    public void newFollowUp() {
        selectedFollowUp.set(null);
        fillFollowUp(null);
    }

    /** Plans a new follow-up, or saves the activity, due date, participants and notes of the selected one. */
    public void saveFollowUp() {
        FollowUp editing = editingFollowUp.get();
        FollowUp draft = new FollowUp(editing == null ? null : editing.id(), caseId, activity.get(), dueOn.get(), null,
                participants.get(), notes.get(), null, editing == null ? null : editing.version());
        saveForm(errors, p -> createOrUpdate(editing == null, () -> service.plan(session(), draft),
                () -> service.update(session(), draft), this::load), f -> saved(f.activity()), this::newFollowUp);
    }

    /** Marks the selected follow-up done on the form's done date, with its participants and notes. */
    public void markDone() {
        FollowUp selected = editingFollowUp.get();
        LocalDate on = doneOn.get();
        String who = participants.get();
        String what = notes.get();
        saveForm(errors, p -> service.markDone(session(), selected, on, who, what), f -> saved(f.activity()),
                this::newFollowUp);
    }

    public void cancelFollowUp(String reason) {
        FollowUp selected = editingFollowUp.get();
        saveForm(errors, p -> service.cancel(session(), selected, reason), f -> saved(f.activity()), this::newFollowUp);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private List<String> headers(String... fields) {
        return java.util.Arrays.stream(fields).map(f -> messages().text("field." + f)).toList();
    }

    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    // ---- properties ------------------------------------------------------------------------------

    public FieldErrors errors() { return errors; }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObjectProperty<AidCaseStatus> statusProperty() { return status; }
    public BooleanProperty itemsOpenProperty() { return itemsOpen; }
    public ObservableList<SiteVisit> visits() { return visits; }
    public ObjectProperty<SiteVisit> selectedVisitProperty() { return selectedVisit; }
    public ObjectProperty<SiteVisit> editingVisitProperty() { return editingVisit; }
    public ObjectProperty<LocalDate> visitedOnProperty() { return visitedOn; }
    public ObservableList<PersonRef> visitors() { return visitors; }
    public StringProperty officialsProperty() { return officials; }
    public StringProperty findingsProperty() { return findings; }
    public StringProperty needsProperty() { return needs; }
    public PersonPicker visitorPicker() { return visitorPicker; }
    public ObservableList<Pairing> pairings() { return pairings; }
    public ObjectProperty<Pairing> selectedPairingProperty() { return selectedPairing; }
    public PersonPicker pairingPicker() { return pairingPicker; }
    public ObjectProperty<LocalDate> pairingFromProperty() { return pairingFrom; }
    public ObjectProperty<LocalDate> pairingToProperty() { return pairingTo; }
    public ObjectProperty<LocalDate> pairingEndProperty() { return pairingEnd; }
    public ObservableList<RenovationItem> items() { return items; }
    public ObjectProperty<RenovationItem> selectedItemProperty() { return selectedItem; }
    public ObjectProperty<RenovationItem> editingItemProperty() { return editingItem; }
    public ObjectProperty<RenovationCategory> categoryProperty() { return category; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty quantityProperty() { return quantity; }
    public StringProperty unitPriceProperty() { return unitPrice; }
    public StringProperty actualCostProperty() { return actualCost; }
    public StringProperty supplierProperty() { return supplier; }
    public ObjectProperty<ItemStatus> itemStatusProperty() { return itemStatus; }
    public ReadOnlyStringProperty budgetProperty() { return budget.getReadOnlyProperty(); }
    public BooleanProperty overBudgetProperty() { return overBudget; }
    public ObservableList<CasePhoto> photos() { return photos; }
    public ObjectProperty<PhotoKind> photoKindProperty() { return photoKind; }
    public ObjectProperty<LocalDate> photoTakenOnProperty() { return photoTakenOn; }
    public StringProperty photoCaptionProperty() { return photoCaption; }
    public ObservableList<FollowUp> followUps() { return followUps; }
    public ObjectProperty<FollowUp> selectedFollowUpProperty() { return selectedFollowUp; }
    public ObjectProperty<FollowUp> editingFollowUpProperty() { return editingFollowUp; }
    public StringProperty activityProperty() { return activity; }
    public ObjectProperty<LocalDate> dueOnProperty() { return dueOn; }
    public ObjectProperty<LocalDate> doneOnProperty() { return doneOn; }
    public StringProperty participantsProperty() { return participants; }
    public StringProperty notesProperty() { return notes; }
}
