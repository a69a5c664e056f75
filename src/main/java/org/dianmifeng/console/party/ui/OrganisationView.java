package org.dianmifeng.console.party.ui;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.ui.Views;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.UnitService;

/** The screen 党组织与网格: tabs of party members, branches, and communities with their grids. */
public final class OrganisationView {
    private final UiContext ctx;
    private final OrganisationService org;
    private final UnitService units;
    private final PersonService people;
    private final Messages messages;
    @FXML private Tab membersTab;
    @FXML private Tab branchesTab;
    @FXML private Tab communitiesTab;

    public OrganisationView(UiContext ctx, OrganisationService org, UnitService units, PersonService people) {
        this.ctx = ctx;
        this.org = org;
        this.units = units;
        this.people = people;
        this.messages = ctx.messages();
    }

    public Parent build() {
        return Views.load(this, messages);
    }

    /** Each tab's list is built, and reads its rows, when the tab is first shown: the members' at once. */
    @FXML
    private void initialize() {
        ViewSupport.onFirstShown(membersTab, () -> membersTab.setContent(
                new MemberListView(new MemberListViewModel(ctx, org, people), messages).build()));
        ViewSupport.onFirstShown(branchesTab, () -> branchesTab.setContent(
                new BranchListView(new BranchListViewModel(ctx, org, units), messages).build()));
        ViewSupport.onFirstShown(communitiesTab, () -> communitiesTab.setContent(
                new CommunityListView(new CommunityListViewModel(ctx, org), messages).build()));
    }
}
