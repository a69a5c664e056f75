package org.dianmifeng.console.app;

import java.time.Clock;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.ActivitySettings;
import org.dianmifeng.console.aidcase.CaseReport;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.AidCaseService;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Passwords;
import org.dianmifeng.console.honour.HonourService;
import org.dianmifeng.console.imports.ImportService;
import org.dianmifeng.console.honour.HonourReport;
import org.dianmifeng.console.party.AppraisalReport;
import org.dianmifeng.console.party.AppraisalService;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.PartySettings;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.summary.SummaryReport;
import org.dianmifeng.console.summary.SummaryService;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.UnitService;
import org.dianmifeng.console.volunteer.TeamService;
import org.dianmifeng.console.site.SiteService;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.star.StarNoticeReport;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.certificate.CertificateReport;
import org.dianmifeng.console.certificate.CertificateService;

/** The composition root of the services over one database: built once per opened data folder. */
public final class Services {
    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private final UnitService units;
    private final PersonService people;
    private final TeamService teams;
    private final AccountService accounts;
    private final PartySettings partySettings;
    private final AppraisalReport appraisalReport;
    private final AppraisalService appraisals;
    private final CommunityWorkService communityWork;
    private final OrganisationService organisation;
    private final CaseWorkService caseWork;
    private final CaseReport caseReport;
    private final AidCaseService aidCases;
    private final HonourService honours;
    private final HonourReport honourReport;
    private final SummaryService summary;
    private final SummaryReport summaryReport;
    private final BackupService backups;
    private final ImportService imports;
    private final SiteService sites;
    private final VolunteerService volunteers;
    private final ActivitySettings activitySettings;
    private final ActivityService activities;
    private final StarService stars;
    private final StarNoticeReport starNotice;
    private final CertificateService certificates;
    private final CertificateReport certificateReport;

    public Services(Database database, Clock clock) {
        this(database, clock, Passwords.ITERATIONS);
    }

    /** With another PBKDF2 iteration count for new password hashes: only tests and sample data use fewer. */
    public Services(Database database, Clock clock, int passwordIterations) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(database, clock);
        this.units = new UnitService(database, audit);
        this.people = new PersonService(database, audit, clock);
        this.teams = new TeamService(database, audit, clock);
        this.accounts = new AccountService(database, audit, clock, passwordIterations);
        this.partySettings = new PartySettings(database, audit);
        this.appraisalReport = new AppraisalReport(database, clock);
        this.appraisals = new AppraisalService(database, audit, clock, partySettings);
        this.communityWork = new CommunityWorkService(database, audit, clock, partySettings);
        this.organisation = new OrganisationService(database, audit, clock);
        this.caseWork = new CaseWorkService(database, audit, clock);
        this.caseReport = new CaseReport(database, clock);
        this.aidCases = new AidCaseService(database, audit, clock);
        this.honours = new HonourService(database, audit, clock);
        this.honourReport = new HonourReport(database, clock);
        this.summary = new SummaryService(database, clock);
        this.summaryReport = new SummaryReport(database, clock);
        this.backups = new BackupService(database, audit, clock);
        this.imports = new ImportService(database, audit, clock, backups);
        this.sites = new SiteService(database, audit, clock);
        this.volunteers = new VolunteerService(database, audit, clock);
        this.activitySettings = new ActivitySettings(database, audit);
        this.activities = new ActivityService(database, audit, clock);
        this.stars = new StarService(database, audit, clock);
        this.starNotice = new StarNoticeReport(database, clock);
        this.certificates = new CertificateService(database, audit, clock);
        this.certificateReport = new CertificateReport(certificates);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Audit audit() {
        return audit;
    }

    public UnitService units() {
        return units;
    }

    public PersonService people() {
        return people;
    }

    public TeamService teams() {
        return teams;
    }

    public AccountService accounts() {
        return accounts;
    }

    public PartySettings partySettings() {
        return partySettings;
    }

    public AppraisalReport appraisalReport() {
        return appraisalReport;
    }

    public AppraisalService appraisals() {
        return appraisals;
    }

    public CommunityWorkService communityWork() {
        return communityWork;
    }

    public OrganisationService organisation() {
        return organisation;
    }

    public CaseWorkService caseWork() {
        return caseWork;
    }

    public CaseReport caseReport() {
        return caseReport;
    }

    public AidCaseService aidCases() {
        return aidCases;
    }

    public HonourService honours() {
        return honours;
    }

    public HonourReport honourReport() {
        return honourReport;
    }

    public SummaryService summary() {
        return summary;
    }

    public SummaryReport summaryReport() {
        return summaryReport;
    }

    public BackupService backups() {
        return backups;
    }

    public ImportService imports() {
        return imports;
    }

    public SiteService sites() {
        return sites;
    }

    public VolunteerService volunteers() {
        return volunteers;
    }

    public ActivitySettings activitySettings() {
        return activitySettings;
    }

    public ActivityService activities() {
        return activities;
    }

    public StarService stars() {
        return stars;
    }

    public StarNoticeReport starNotice() {
        return starNotice;
    }

    public CertificateService certificates() {
        return certificates;
    }

    public CertificateReport certificateReport() {
        return certificateReport;
    }
}
