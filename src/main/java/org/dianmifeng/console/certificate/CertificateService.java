package org.dianmifeng.console.certificate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.SettingStore;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.dianmifeng.console.report.PageSetup;
import org.jooq.DSLContext;

/**
 * The register of volunteer service certificates (志愿服务记录证明, after 民政部《志愿服务记录与证明出具办法》): issued
 * from approved hours only, for one volunteer or for every volunteer who served with a team in a period, each with
 * the next number of the year ({@link CertificateNumber}); revoked with a reason; found again by number. Every
 * signed-in role reads the register (ID numbers masked unless the role has {@link Permission#PERSON_SENSITIVE_VIEW});
 * issuing, revoking and printing need {@link Permission#CERTIFICATE_ISSUE}. One transaction per change, audited
 * (entity {@value #ENTITY}).
 */
public final class CertificateService {
    public static final String ENTITY = "SERVICE_CERTIFICATE";
    /** The field of the volunteer number a certificate is issued to, in the problems of {@link #checkIssue}. */
    public static final String VOLUNTEER_NO = "certificate.volunteerNo";
    static final String ORGANISATION_SETTING = "certificate.organisation";
    /** The organisation a certificate names until the administrator sets it. */
    public static final String DEFAULT_ORGANISATION = "国网无锡供电公司新时代文明实践志愿服务队";
    /** The activity titles a certificate's content names at most; the rest are counted. */
    static final int TITLES_SHOWN = 6;
    /** How often an issue is tried when other consoles keep taking its number (see {@link #withNextNumbers}). */
    static final int NUMBER_ATTEMPTS = 5;
    private final Database db;
    private final Audit audit;
    private final Clock clock;

    public CertificateService(Database db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- the organisation

    /** The organisation that issues the certificates (a setting). */
    public String organisation() {
        return db.read(CertificateService::organisation);
    }

    /** The organisation as stored in the transaction of {@code dsl}. */
    public static String organisation(DSLContext dsl) {
        return new SettingStore(dsl).get(ORGANISATION_SETTING).filter(s -> !s.isBlank()).orElse(DEFAULT_ORGANISATION);
    }

    /** Sets the organisation named on new certificates (those issued keep theirs), audited. */
    public String saveOrganisation(Session who, String organisation) {
        who.require(Permission.SETTINGS_MANAGE);
        String name = Texts.clean(organisation);
        new Checks().text(ORGANISATION_SETTING, name, Certificate.ORGANISATION_MAX).throwIfAny();
        return db.transaction(dsl -> {
            String before = organisation(dsl);
            new SettingStore(dsl).put(ORGANISATION_SETTING, name);
            audit.record(dsl, who, AuditAction.UPDATE, "SETTING", null, "certificate",
                    () -> org.dianmifeng.console.core.Auditable.fields("organisation", before),
                    () -> org.dianmifeng.console.core.Auditable.fields("organisation", name));
            return name;
        });
    }

    // ---------------------------------------------------------------- reading

    /** The register, newest first, the ID numbers as {@code who} may see them. */
    public List<CertificateRow> list(Session who) {
        return db.read(dsl -> new CertificateStore(dsl).rows()).stream().map(r -> shown(who, r)).toList();
    }

    /** The entry with the number {@code typed} (trimmed, any case), if any. */
    public Optional<CertificateRow> byNumber(Session who, String typed) {
        String number = CertificateNumber.normalised(typed);
        return db.read(dsl -> new CertificateStore(dsl).byNumber(number)).map(r -> shown(who, r));
    }

    /** The entries to print: {@code ids}, each valid (a revoked certificate is refused, naming it and the reason). */
    public List<CertificateRow> printable(Session who, Collection<Long> ids) {
        who.require(Permission.CERTIFICATE_ISSUE);
        List<CertificateRow> rows = db.read(dsl -> new CertificateStore(dsl).rows(ids));
        if (rows.size() != ids.size()) {
            throw new StaleDataException();
        }
        for (CertificateRow r : rows) {
            if (r.certificate().revoked()) {
                throw new ConsoleException("error.certificate.revoked", r.certificate().certNo(), r.name(),
                        PageSetup.date(r.certificate().revokedOn()), r.certificate().revokeReason());
            }
        }
        return rows.stream().sorted(java.util.Comparator.comparing(r -> r.certificate().certNo()))
                .map(r -> shown(who, r)).toList();
    }

    private static CertificateRow shown(Session who, CertificateRow r) {
        return Masking.inClear(who.role()) ? r : r.withIdNumber(Masking.idNumber(r.idNumber()));
    }

    // ---------------------------------------------------------------- changes

    /**
     * Issues a certificate to one volunteer for their approved hours from {@code from} to {@code to}, its content
     * worded in the language of {@code m}. Refused for a person without a volunteer number, and for a period without
     * approved hours (saying so).
     */
    public Certificate issue(Session who, long personId, LocalDate from, LocalDate to, Messages m) {
        who.require(Permission.CERTIFICATE_ISSUE);
        checkPeriod(from, to);
        return withNextNumbers(dsl -> {
            CertificateStore store = new CertificateStore(dsl);
            CertificateStore.Volunteer v = store.person(personId).orElseThrow(StaleDataException::new);
            if (v.volunteerNo() == null) {
                throw new ConsoleException("error.certificate.notVolunteer", v.name());
            }
            BigDecimal hours = store.approvedHours(personId, from, to);
            if (hours.signum() <= 0) {
                throw new ConsoleException("error.certificate.noHours", v.name(), PageSetup.date(from),
                        PageSetup.date(to));
            }
            return issue(dsl, store, who, v, from, to, hours, m);
        });
    }

    /**
     * Issues, in one transaction, a certificate to every volunteer who has approved hours served with team
     * {@code teamId} from {@code from} to {@code to} (each for all their approved hours in the period), each with its
     * own number, in the order of their names. Refused when nobody has.
     */
    public List<Certificate> issueForTeam(Session who, long teamId, LocalDate from, LocalDate to, Messages m) {
        who.require(Permission.CERTIFICATE_ISSUE);
        checkPeriod(from, to);
        return withNextNumbers(dsl -> {
            CertificateStore store = new CertificateStore(dsl);
            List<CertificateStore.Volunteer> people = store.servedWithTeam(teamId, from, to);
            if (people.isEmpty()) {
                throw new ConsoleException("error.certificate.noTeamHours", store.teamName(teamId),
                        PageSetup.date(from), PageSetup.date(to));
            }
            List<Certificate> out = new ArrayList<>();
            for (CertificateStore.Volunteer v : people) {
                out.add(issue(dsl, store, who, v, from, to, store.approvedHours(v.id(), from, to), m));
            }
            return out;
        });
    }

    /**
     * Runs {@code work}, which numbers certificates, in a transaction of its own; when another console took one of its
     * numbers in the meantime (two issuing at once read the same last number), runs it again from the start with the
     * numbers after theirs, at most {@value #NUMBER_ATTEMPTS} times, then refuses saying to try again. The register
     * stays numbered through without gaps, in the order the issues were saved.
     */
    private <T> T withNextNumbers(java.util.function.Function<DSLContext, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.transaction(work);
            } catch (RuntimeException e) {
                if (!CertificateStore.numberTakenMeanwhile(e)) {
                    throw e;
                }
                if (attempt == NUMBER_ATTEMPTS) {
                    throw new ConsoleException("error.certificate.numberBusy", e, NUMBER_ATTEMPTS);
                }
            }
        }
    }

    private Certificate issue(DSLContext dsl, CertificateStore store, Session who, CertificateStore.Volunteer v,
                              LocalDate from, LocalDate to, BigDecimal hours, Messages m) {
        Certificate saved = store.insert(draft(dsl, v.id(), from, to, hours, today(), who.username(), m));
        audit.record(dsl, who, AuditAction.CREATE, ENTITY, saved.id(), saved.certNo() + " " + v.name(), null, saved);
        return saved;
    }

    /**
     * The next certificate of the register in the transaction of {@code dsl}, not yet saved: the next number of the
     * year of {@code issuedOn}, the organisation now, the content of what the person served in the period (approved
     * hours only), worded in the language of {@code m}. The sample data issues its certificates through here too.
     */
    public static Certificate draft(DSLContext dsl, long personId, LocalDate from, LocalDate to, BigDecimal hours,
                                    LocalDate issuedOn, String issuedBy, Messages m) {
        CertificateStore store = new CertificateStore(dsl);
        String number = CertificateNumber.of(issuedOn.getYear(), store.lastSequence(issuedOn.getYear()) + 1);
        return new Certificate(null, number, personId, organisation(dsl), from, to, hours,
                content(m, store.served(personId, from, to)), issuedOn, issuedBy, null, null, null, null);
    }

    /**
     * The service's content as a certificate prints it: the activities by kind with how often, then the most
     * frequent titles ({@value #TITLES_SHOWN} at most, then how many more), at most 1000 characters.
     */
    static String content(Messages m, List<CertificateStore.Served> served) {
        java.util.Map<String, Integer> byKind = new java.util.TreeMap<>();
        served.forEach(s -> byKind.merge(s.kind(), s.times(), Integer::sum));
        List<String> kinds = new ArrayList<>();
        byKind.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> kinds.add(m.text("certificate.content.kind", m.text("certificate.kind." + e.getKey()),
                        e.getValue())));
        List<String> titles = served.stream().limit(TITLES_SHOWN).map(CertificateStore.Served::title).toList();
        String text = m.text("certificate.content", String.join(m.text("certificate.content.separator"), kinds),
                String.join(m.text("certificate.content.separator"), titles));
        if (served.size() > TITLES_SHOWN) {
            text = text + m.text("certificate.content.more", served.size() - TITLES_SHOWN);
        }
        return text.length() <= Certificate.CONTENT_MAX ? text : text.substring(0, Certificate.CONTENT_MAX - 1) + "…";
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        checkPeriod(new Checks(), from, to).throwIfAny();
    }

    /** Adds the problems of the period to {@code checks}: both dates required, the end neither before the start nor after today. */
    private Checks checkPeriod(Checks checks, LocalDate from, LocalDate to) {
        checks.required("certificate.from", from).required("certificate.to", to);
        if (from != null && to != null && from.isAfter(to)) {
            checks.add("certificate.to", "error.certificate.periodOrder", PageSetup.date(from), PageSetup.date(to));
        }
        if (to != null && to.isAfter(today())) {
            checks.add("certificate.to", "error.certificate.periodFuture", PageSetup.date(today()));
        }
        return checks;
    }

    /**
     * The checks of a certificate for one volunteer before anything is asked or written (the issue form checks them
     * before it asks where to save): the volunteer number ({@value #VOLUNTEER_NO}) required and someone's, and the
     * period as {@link #issue} checks it. {@code checks} may hold the form's own problems already (a date it could not
     * read), which then come first for their field; every problem is reported at once. Returns the person's id.
     */
    public long checkIssue(Session who, Checks checks, String volunteerNo, LocalDate from, LocalDate to) {
        who.require(Permission.CERTIFICATE_ISSUE);
        String number = Texts.clean(volunteerNo);
        checks.required(VOLUNTEER_NO, number);
        Optional<Long> person = number == null ? Optional.empty() : volunteer(number);
        if (number != null && person.isEmpty()) {
            checks.add(VOLUNTEER_NO, "error.certificate.noVolunteer", number);
        }
        checkPeriod(checks, from, to).throwIfAny();
        return person.orElseThrow();
    }

    /**
     * The checks of the certificates for a team before anything is asked or written, as {@link #checkIssue}: the team
     * ({@code certificate.team}) required and the period as {@link #issueForTeam} checks it.
     */
    public void checkTeamIssue(Session who, Checks checks, Long teamId, LocalDate from, LocalDate to) {
        who.require(Permission.CERTIFICATE_ISSUE);
        checkPeriod(checks.required("certificate.team", teamId), from, to).throwIfAny();
    }

    /** Revokes a certificate with a reason (required, at most 200 characters); its number is never given again. */
    public Certificate revoke(Session who, long id, String reason) {
        who.require(Permission.CERTIFICATE_ISSUE);
        String why = Texts.clean(reason);
        new Checks().text("certificate.reason", why, Certificate.REASON_MAX).throwIfAny();
        return db.transaction(dsl -> {
            CertificateStore store = new CertificateStore(dsl);
            Certificate before = store.byId(id).orElseThrow(StaleDataException::new);
            if (before.revoked()) {
                throw new ConsoleException("error.certificate.alreadyRevoked", before.certNo(),
                        PageSetup.date(before.revokedOn()));
            }
            Certificate after = store.revoke(before, today(), who.username(), why);
            audit.record(dsl, who, AuditAction.UPDATE, ENTITY, id, after.certNo() + " "
                    + store.person(after.personId()).map(CertificateStore.Volunteer::name).orElse(""), before, after);
            return after;
        });
    }

    /** The person with this volunteer number, for the command line; refused, naming it, when there is none. */
    public long personByVolunteerNo(String volunteerNo) {
        return volunteer(volunteerNo).orElseThrow(() -> new ConsoleException("error.certificate.noVolunteer", volunteerNo));
    }

    /** The id of the person with this volunteer number, if anyone has it. */
    private Optional<Long> volunteer(String volunteerNo) {
        return db.read(dsl -> new CertificateStore(dsl).byVolunteerNo(volunteerNo)).map(CertificateStore.Volunteer::id);
    }

    /** The team with this name, for the command line; refused, naming it, when there is none. */
    public long teamByName(String name) {
        return db.read(dsl -> new CertificateStore(dsl).teamByName(name))
                .orElseThrow(() -> new ConsoleException("error.certificate.noTeam", name));
    }
}
