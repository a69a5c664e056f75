package org.dianmifeng.console.party.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.OrgRef;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.FormNumbers;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/** Records a service of the selected member: community (one they were enrolled in), date, content, hours. */
public final class ServiceFormViewModel extends ViewModel {
    private final CommunityWorkService service;
    private final CommunityNode.MemberNode member;
    private final Consumer<ServiceRecord> onSaved;
    private final FieldErrors errors;
    private final ObservableList<OrgRef> communities = FXCollections.observableArrayList();
    private final ObjectProperty<OrgRef> community = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> servedOn = new SimpleObjectProperty<>();
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty hours = new SimpleStringProperty("");

    ServiceFormViewModel(UiContext ctx, CommunityWorkService service, CommunityNode.MemberNode member,
                         Consumer<ServiceRecord> onSaved) {
        super(ctx);
        this.service = service;
        this.member = member;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
        servedOn.set(service.today());
        background(p -> service.enrolledCommunities(session(), member.member().id()), list -> {
            communities.setAll(list);
            community.set(list.stream().filter(c -> c.name().equals(member.communityName())).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    public CommunityNode.MemberNode member() {
        return member;
    }

    /** Validates and saves in the background; {@code done} runs only when the service was recorded. */
    public void save(Runnable done) {
        errors.clear();
        Checks typed = new Checks();
        BigDecimal h = FormNumbers.decimal(hours.get(), typed, "service.hours", "error.work.hoursNumber");
        ServiceRecord draft = new ServiceRecord(null, member.member().id(),
                community.get() == null ? null : community.get().id(), servedOn.get(), content.get(), h, null, null);
        saveForm(errors, p -> {
            typed.throwIfAny();
            return service.addService(session(), draft);
        }, onSaved, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public ObservableList<OrgRef> communities() {
        return communities;
    }

    public ObjectProperty<OrgRef> communityProperty() {
        return community;
    }

    public ObjectProperty<LocalDate> servedOnProperty() {
        return servedOn;
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty hoursProperty() {
        return hours;
    }
}
