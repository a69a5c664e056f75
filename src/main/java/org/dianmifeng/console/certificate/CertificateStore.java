package org.dianmifeng.console.certificate;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.ACTIVITY;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.SERVICE_CERTIFICATE;
import static org.dianmifeng.console.db.Tables.SERVICE_HOURS;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.db.tables.records.ServiceCertificateRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Queries of the certificate register (SERVICE_CERTIFICATE) and of the approved hours it is made from
 * (SERVICE_HOURS with STATE = 'APPROVED' and their activities: only approved hours count).
 */
public final class CertificateStore {
    static final String APPROVED = "APPROVED";
    private final DSLContext dsl;

    public CertificateStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition approved(long personId, LocalDate from, LocalDate to) {
        return SERVICE_HOURS.PERSON_ID.eq(personId).and(SERVICE_HOURS.STATE.eq(APPROVED))
                .and(SERVICE_HOURS.SERVED_ON.between(from, to));
    }

    /** The approved hours of a person served from {@code from} to {@code to} (both included); zero if none. */
    public BigDecimal approvedHours(long personId, LocalDate from, LocalDate to) {
        BigDecimal sum = dsl.select(DSL.sum(SERVICE_HOURS.HOURS)).from(SERVICE_HOURS)
                .where(approved(personId, from, to)).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** An activity a person served at, with its kind (an ACTIVITY.KIND code) and how often they served at one of that title. */
    public record Served(String kind, String title, int times) {
    }

    /** What a person served at in the period (approved hours only), the most frequent titles first. */
    public List<Served> served(long personId, LocalDate from, LocalDate to) {
        Field<Integer> times = DSL.count().as("TIMES");
        return dsl.select(ACTIVITY.KIND, ACTIVITY.TITLE, times).from(SERVICE_HOURS)
                .join(ACTIVITY).on(ACTIVITY.ID.eq(SERVICE_HOURS.ACTIVITY_ID))
                .where(approved(personId, from, to))
                .groupBy(ACTIVITY.KIND, ACTIVITY.TITLE)
                .orderBy(times.desc(), ACTIVITY.TITLE)
                .fetch(r -> new Served(r.get(ACTIVITY.KIND), r.get(ACTIVITY.TITLE), r.get(times)));
    }

    /** A person's name and volunteer number (null if not a volunteer), if there is such a person. */
    public record Volunteer(long id, String name, String volunteerNo) {
    }

    public Optional<Volunteer> person(long personId) {
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.VOLUNTEER_NO).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new Volunteer(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO)));
    }

    /** The person with this volunteer number (trimmed), if any. */
    public Optional<Volunteer> byVolunteerNo(String volunteerNo) {
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.VOLUNTEER_NO).from(PERSON)
                .where(PERSON.VOLUNTEER_NO.eq(volunteerNo.strip())).limit(1)
                .fetchOptional(r -> new Volunteer(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO)));
    }

    /** The id of the team with this name (trimmed), if any. */
    public Optional<Long> teamByName(String name) {
        return dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(name.strip())).fetchOptional(TEAM.ID);
    }

    public String teamName(long teamId) {
        return dsl.select(TEAM.NAME).from(TEAM).where(TEAM.ID.eq(teamId)).fetchOne(TEAM.NAME);
    }

    /**
     * The volunteers (with a volunteer number) who have approved hours served with team {@code teamId} in the period,
     * by name.
     */
    public List<Volunteer> servedWithTeam(long teamId, LocalDate from, LocalDate to) {
        return dsl.selectDistinct(PERSON.ID, PERSON.NAME, PERSON.VOLUNTEER_NO).from(SERVICE_HOURS)
                .join(PERSON).on(PERSON.ID.eq(SERVICE_HOURS.PERSON_ID))
                .where(SERVICE_HOURS.TEAM_ID.eq(teamId).and(SERVICE_HOURS.STATE.eq(APPROVED))
                        .and(SERVICE_HOURS.SERVED_ON.between(from, to)).and(PERSON.VOLUNTEER_NO.isNotNull()))
                .orderBy(PERSON.NAME, PERSON.ID)
                .fetch(r -> new Volunteer(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO)));
    }

    /** The {@code limit} volunteers (with a volunteer number) with the most approved hours in the period, most first. */
    public List<Volunteer> mostHours(LocalDate from, LocalDate to, int limit) {
        Field<BigDecimal> total = DSL.sum(SERVICE_HOURS.HOURS).as("TOTAL");
        return dsl.select(PERSON.ID, PERSON.NAME, PERSON.VOLUNTEER_NO, total).from(SERVICE_HOURS)
                .join(PERSON).on(PERSON.ID.eq(SERVICE_HOURS.PERSON_ID))
                .where(SERVICE_HOURS.STATE.eq(APPROVED).and(SERVICE_HOURS.SERVED_ON.between(from, to))
                        .and(PERSON.VOLUNTEER_NO.isNotNull()))
                .groupBy(PERSON.ID, PERSON.NAME, PERSON.VOLUNTEER_NO)
                .orderBy(total.desc(), PERSON.ID).limit(limit)
                .fetch(r -> new Volunteer(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(PERSON.VOLUNTEER_NO)));
    }

    /** The highest sequence given in {@code year} (0: none yet), revoked numbers included. */
    public int lastSequence(int year) {
        String last = dsl.select(DSL.max(SERVICE_CERTIFICATE.CERT_NO)).from(SERVICE_CERTIFICATE)
                .where(SERVICE_CERTIFICATE.CERT_NO.like(CertificateNumber.yearPrefix(year) + "%"))
                .fetchOne(0, String.class);
        return CertificateNumber.sequence(last);
    }

    /**
     * Whether {@code e} is the refusal of a certificate number that another transaction saved first: the unique
     * constraint UQ_SERVICE_CERTIFICATE_NO (SQL state 23505 on H2 and PostgreSQL, which name the constraint).
     */
    public static boolean numberTakenMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState()) && s.getMessage() != null
                    && s.getMessage().toUpperCase(java.util.Locale.ROOT).contains("UQ_SERVICE_CERTIFICATE_NO")) {
                return true;
            }
        }
        return false;
    }

    public Certificate insert(Certificate c) {
        long id = dsl.insertInto(SERVICE_CERTIFICATE).set(values(c)).set(SERVICE_CERTIFICATE.VERSION, 0)
                .returning(SERVICE_CERTIFICATE.ID).fetchOne().getId();
        return byId(id).orElseThrow();
    }

    /** Inserts many (the sample data) in one batch. */
    public void insertAll(List<Certificate> certificates) {
        org.dianmifeng.console.core.Batches.insert(dsl, SERVICE_CERTIFICATE, SERVICE_CERTIFICATE.VERSION, certificates,
                CertificateStore::values);
    }

    private static Map<Field<?>, Object> values(Certificate c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(SERVICE_CERTIFICATE.CERT_NO, c.certNo());
        v.put(SERVICE_CERTIFICATE.PERSON_ID, c.personId());
        v.put(SERVICE_CERTIFICATE.ORGANISATION, c.organisation());
        v.put(SERVICE_CERTIFICATE.PERIOD_FROM, c.periodFrom());
        v.put(SERVICE_CERTIFICATE.PERIOD_TO, c.periodTo());
        v.put(SERVICE_CERTIFICATE.HOURS, c.hours());
        v.put(SERVICE_CERTIFICATE.CONTENT, c.content());
        v.put(SERVICE_CERTIFICATE.ISSUED_ON, c.issuedOn());
        v.put(SERVICE_CERTIFICATE.ISSUED_BY, c.issuedBy());
        v.put(SERVICE_CERTIFICATE.REVOKED_ON, c.revokedOn());
        v.put(SERVICE_CERTIFICATE.REVOKED_BY, c.revokedBy());
        v.put(SERVICE_CERTIFICATE.REVOKE_REASON, c.revokeReason());
        return v;
    }

    public Optional<Certificate> byId(long id) {
        return dsl.selectFrom(SERVICE_CERTIFICATE).where(SERVICE_CERTIFICATE.ID.eq(id))
                .fetchOptional(CertificateStore::toCertificate);
    }

    /** Marks a certificate read earlier as revoked; stale if changed since. */
    public Certificate revoke(Certificate c, LocalDate on, String by, String reason) {
        int n = dsl.update(SERVICE_CERTIFICATE).set(SERVICE_CERTIFICATE.REVOKED_ON, on)
                .set(SERVICE_CERTIFICATE.REVOKED_BY, by).set(SERVICE_CERTIFICATE.REVOKE_REASON, reason)
                .set(SERVICE_CERTIFICATE.VERSION, SERVICE_CERTIFICATE.VERSION.plus(1))
                .where(SERVICE_CERTIFICATE.ID.eq(c.id()).and(SERVICE_CERTIFICATE.VERSION.eq(c.version()))).execute();
        Optimistic.requireUpdated(n);
        return byId(c.id()).orElseThrow();
    }

    /** The register, newest number first, with the ID numbers as stored (the service masks them). */
    public List<CertificateRow> rows() {
        return rows(DSL.noCondition());
    }

    /** The entries of {@code ids}, in the register's order. */
    public List<CertificateRow> rows(java.util.Collection<Long> ids) {
        return rows(SERVICE_CERTIFICATE.ID.in(ids));
    }

    /** The entry with this number, if any. */
    public Optional<CertificateRow> byNumber(String certNo) {
        return rows(SERVICE_CERTIFICATE.CERT_NO.eq(certNo)).stream().findFirst();
    }

    private List<CertificateRow> rows(Condition where) {
        return dsl.select(SERVICE_CERTIFICATE.asterisk(), PERSON.NAME, PERSON.VOLUNTEER_NO, PERSON.ID_NUMBER,
                        UNIT.NAME, ACCOUNT.DISPLAY_NAME)
                .from(SERVICE_CERTIFICATE).join(PERSON).on(PERSON.ID.eq(SERVICE_CERTIFICATE.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .leftJoin(ACCOUNT).on(ACCOUNT.USERNAME.eq(SERVICE_CERTIFICATE.ISSUED_BY))
                .where(where)
                .orderBy(SERVICE_CERTIFICATE.CERT_NO.desc())
                .fetch(r -> new CertificateRow(toCertificate(r.into(SERVICE_CERTIFICATE)), r.get(PERSON.NAME),
                        r.get(PERSON.VOLUNTEER_NO), r.get(PERSON.ID_NUMBER), r.get(UNIT.NAME),
                        new UserName(r.get(SERVICE_CERTIFICATE.ISSUED_BY), r.get(ACCOUNT.DISPLAY_NAME))));
    }

    private static Certificate toCertificate(ServiceCertificateRecord r) {
        return new Certificate(r.getId(), r.getCertNo(), r.getPersonId(), r.getOrganisation(), r.getPeriodFrom(),
                r.getPeriodTo(), r.getHours(), r.getContent(), r.getIssuedOn(), r.getIssuedBy(), r.getRevokedOn(),
                r.getRevokedBy(), r.getRevokeReason(), r.getVersion());
    }
}
