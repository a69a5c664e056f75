package org.dianmifeng.console.app;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import javafx.scene.Parent;
import org.dianmifeng.console.account.ui.AccountListView;
import org.dianmifeng.console.account.ui.AccountListViewModel;
import org.dianmifeng.console.account.ui.AuditLogView;
import org.dianmifeng.console.account.ui.AuditLogViewModel;
import org.dianmifeng.console.account.ui.BackupsView;
import org.dianmifeng.console.account.ui.BackupsViewModel;
import org.dianmifeng.console.account.ui.CopyToServerView;
import org.dianmifeng.console.account.ui.CopyToServerViewModel;
import org.dianmifeng.console.activity.ui.ActivityListView;
import org.dianmifeng.console.activity.ui.ActivityListViewModel;
import org.dianmifeng.console.aidcase.ui.CaseListView;
import org.dianmifeng.console.aidcase.ui.CaseWorkView;
import org.dianmifeng.console.aidcase.ui.CaseWorkViewModel;
import org.dianmifeng.console.aidcase.ui.CaseListViewModel;
import org.dianmifeng.console.aidcase.ui.IdentityLogView;
import org.dianmifeng.console.aidcase.ui.IdentityLogViewModel;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.honour.ui.HonourListView;
import org.dianmifeng.console.honour.ui.HonourListViewModel;
import org.dianmifeng.console.imports.ui.ImportView;
import org.dianmifeng.console.imports.ui.ImportViewModel;
import org.dianmifeng.console.party.ui.AppraisalSettingsView;
import org.dianmifeng.console.party.ui.AppraisalSettingsViewModel;
import org.dianmifeng.console.party.ui.AppraisalBoardView;
import org.dianmifeng.console.party.ui.AppraisalBoardViewModel;
import org.dianmifeng.console.party.ui.CommunityWorkView;
import org.dianmifeng.console.party.ui.CommunityWorkViewModel;
import org.dianmifeng.console.party.ui.PointsRankingViewModel;
import org.dianmifeng.console.party.ui.OrganisationView;
import org.dianmifeng.console.summary.ui.DashboardView;
import org.dianmifeng.console.summary.ui.DashboardViewModel;
import org.dianmifeng.console.summary.ui.ReportsView;
import org.dianmifeng.console.summary.ui.ReportsViewModel;
import org.dianmifeng.console.ui.NavItem;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.ui.PersonListView;
import org.dianmifeng.console.unit.ui.UnitTreeView;
import org.dianmifeng.console.unit.ui.UnitTreeViewModel;
import org.dianmifeng.console.volunteer.ui.TeamListView;
import org.dianmifeng.console.volunteer.ui.TeamListViewModel;
import org.dianmifeng.console.site.ui.SiteListView;
import org.dianmifeng.console.site.ui.SiteListViewModel;
import org.dianmifeng.console.volunteer.ui.VolunteerListView;
import org.dianmifeng.console.volunteer.ui.VolunteerListViewModel;
import org.dianmifeng.console.star.ui.StarListView;
import org.dianmifeng.console.star.ui.StarListViewModel;
import org.dianmifeng.console.certificate.ui.CertificateListView;
import org.dianmifeng.console.certificate.ui.CertificateListViewModel;

/** The areas of the main window, in the order of the navigation. */
final class Navigation {
    private Navigation() {
    }

    /**
     * The areas over the services {@code s}; {@code restorer} takes over after the administrator restored a backup
     * (the services' database is closed then).
     */
    static List<NavItem> items(Services s, BackupsViewModel.Restorer restorer) {
        return List.of(
                new NavItem("dashboard", "nav.dashboard", "fth-bar-chart-2", null,
                        ctx -> new DashboardView(new DashboardViewModel(ctx, s.summary(), s.units()), ctx.messages())
                                .build()),
                new NavItem("people", "nav.people", "fth-users", null,
                        ctx -> PersonListView.create(ctx, s.people(), s.units())),
                new NavItem("teams", "nav.teams", "fth-flag", null,
                        ctx -> new TeamListView(new TeamListViewModel(ctx, s.teams(), s.units(), s.people()),
                                ctx.messages()).build()),
                new NavItem("sites", "nav.sites", "fth-map-pin", null,
                        ctx -> new SiteListView(new SiteListViewModel(ctx, s.sites(), s.units(), s.people()),
                                ctx.messages()).build()),
                new NavItem("volunteers", "nav.volunteers", "fth-user-check", null,
                        ctx -> new VolunteerListView(new VolunteerListViewModel(ctx, s.volunteers(), s.units(),
                                s.teams(), s.people()), ctx.messages()).build()),
                new NavItem("activities", "nav.activities", "fth-calendar", null,
                        ctx -> new ActivityListView(new ActivityListViewModel(ctx, s.activities(), s.activitySettings(),
                                s.people(), s.units()), ctx.messages()).build()),
                new NavItem("units", "nav.units", "fth-git-merge", null,
                        ctx -> new UnitTreeView(new UnitTreeViewModel(ctx, s.units()), ctx.messages()).build()),
                new NavItem("party", "nav.party", "fth-award", null,
                        ctx -> new OrganisationView(ctx, s.organisation(), s.units(), s.people()).build()),
                new NavItem("communityWork", "nav.communityWork", "fth-home", null,
                        ctx -> new CommunityWorkView(new CommunityWorkViewModel(ctx, s.communityWork()),
                                new PointsRankingViewModel(ctx, s.communityWork()), ctx.messages()).build()),
                new NavItem("appraisal", "nav.appraisal", "fth-check-square", null,
                        ctx -> new AppraisalBoardView(new AppraisalBoardViewModel(ctx, s.appraisals(), s.appraisalReport()), ctx.messages())
                                .build()),
                new NavItem("cases", "nav.cases", "fth-heart", null, ctx -> cases(ctx, s)),
                new NavItem("honours", "nav.honours", "fth-star", null,
                        ctx -> new HonourListView(new HonourListViewModel(ctx, s.honours(), s.units(), s.teams(),
                                s.people()), ctx.messages()).build()),
                new NavItem("stars", "nav.stars", "fth-star", null,
                        ctx -> new StarListView(new StarListViewModel(ctx, s.stars(), s.starNotice()), ctx.messages())
                                .build()),
                new NavItem("certificates", "nav.certificates", "fth-file-text", null,
                        ctx -> new CertificateListView(new CertificateListViewModel(ctx, s.certificates(),
                                s.certificateReport(), s.teams()), ctx.messages()).build()),
                new NavItem("reports", "nav.reports", "fth-printer", null,
                        ctx -> new ReportsView(new ReportsViewModel(ctx, s.honourReport(), s.summaryReport(), s.units(),
                                s.summary()), ctx.messages()).build()),
                new NavItem("accounts", "nav.accounts", "fth-key", Permission.ACCOUNT_MANAGE,
                        ctx -> new AccountListView(new AccountListViewModel(ctx, s.accounts()), ctx.messages()).build()),
                new NavItem("audit", "nav.audit", "fth-file-text", Permission.AUDIT_VIEW,
                        ctx -> new AuditLogView(new AuditLogViewModel(ctx, s.audit()), ctx.messages()).build()),
                new NavItem("identityLog", "nav.identityLog", "fth-eye", Permission.IDENTITY_LOG_VIEW,
                        ctx -> new IdentityLogView(new IdentityLogViewModel(ctx, s.aidCases()), ctx.messages()).build()),
                // every role that may import some kind (ImportKind.allowed) records activities: a team leader, rosters
                new NavItem("imports", "nav.imports", "fth-upload", Permission.ACTIVITY_RECORD,
                        ctx -> new ImportView(new ImportViewModel(ctx, s.imports()), ctx.messages()).build()),
                new NavItem("settings", "nav.settings", "fth-settings", Permission.SETTINGS_MANAGE,
                        ctx -> new AppraisalSettingsView(new AppraisalSettingsViewModel(ctx, s.partySettings()),
                                ctx.messages()).build()),
                new NavItem("copyToServer", "nav.copyToServer", "fth-upload-cloud", Permission.BACKUP_MANAGE,
                        ctx -> new CopyToServerView(new CopyToServerViewModel(ctx, s.database(),
                                s.clock()), ctx.messages()).build()),
                new NavItem("backups", "nav.backups", "fth-hard-drive", Permission.BACKUP_MANAGE,
                        ctx -> new BackupsView(new BackupsViewModel(ctx, s.backups(), restorer), ctx.messages())
                                .build()));
    }

    /** The case list with, for the selected case, the work on it: visits, pairings, renovation, follow-ups. */
    private static Parent cases(UiContext ctx, Services s) {
        CaseListView view = new CaseListView(new CaseListViewModel(ctx, s.aidCases(), s.caseWork(), s.caseReport(), s.units(),
                s.teams()),
                ctx.messages());
        Parent root = view.build();
        view.setWorkPane(caseId -> new CaseWorkView(new CaseWorkViewModel(ctx, s.caseWork(), s.people(), caseId),
                ctx.messages()).build());
        return root;
    }

    /** The areas that show the audit log's events (the log itself; the backups, whose making is such an event). */
    static final Set<String> SHOWING_EVENTS = Set.of("audit", "backups");

    /**
     * For the main window, how many changes the area with an id may show: every change saved to the data; for the
     * areas of {@link #SHOWING_EVENTS} also the events only logged (the day's backup), which leave every other kept
     * screen as it is.
     */
    static ToLongFunction<String> savedChanges(Database db) {
        return id -> db.savedChanges() + (SHOWING_EVENTS.contains(id) ? db.loggedEvents() : 0);
    }
}
