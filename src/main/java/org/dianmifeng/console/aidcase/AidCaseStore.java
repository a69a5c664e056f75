package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.db.Tables.ACCOUNT;
import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.AID_CASE_OFFICER;
import static org.dianmifeng.console.db.Tables.CASE_EVENT;
import static org.dianmifeng.console.db.Tables.CHILD;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.db.tables.records.AidCaseRecord;
import org.dianmifeng.console.db.tables.records.CaseEventRecord;
import org.dianmifeng.console.db.tables.records.ChildRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Queries of CHILD, AID_CASE, AID_CASE_OFFICER and CASE_EVENT (follow-ups are {@link CaseWorkStore}'s).
 * The inserts are also what the sample data loads with, in its own transaction.
 */
public final class AidCaseStore {
    /** An officer of a case, for {@link #addOfficers}. */
    public record Officer(long caseId, long accountId) {
    }

    private final DSLContext dsl;

    public AidCaseStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---------------------------------------------------------------- children

    public Optional<Child> child(long id) {
        return dsl.selectFrom(CHILD).where(CHILD.ID.eq(id)).fetchOptional(AidCaseStore::toChild);
    }

    /** The case of the child with that ID number, if any. */
    public Optional<AidCase> caseByIdNumber(String idNumber) {
        return dsl.select(AID_CASE.fields()).from(AID_CASE).join(CHILD).on(CHILD.ID.eq(AID_CASE.CHILD_ID))
                .where(CHILD.ID_NUMBER.eq(idNumber)).fetchOptional(r -> toCase(r.into(AID_CASE)));
    }

    /** Inserts a child (version 0) and returns it saved, with its id. */
    public Child insertChild(Child c) {
        long id = dsl.insertInto(CHILD).set(values(c)).set(CHILD.VERSION, 0).returning(CHILD.ID).fetchOne(CHILD.ID);
        return child(id).orElseThrow();
    }

    /** Saves every field of a child (not the consent document) if the row still has {@code c.version()}. */
    public Child updateChild(Child c) {
        Optimistic.requireUpdated(dsl.update(CHILD).set(values(c)).set(CHILD.VERSION, CHILD.VERSION.plus(1))
                .where(CHILD.ID.eq(c.id()).and(CHILD.VERSION.eq(c.version()))).execute());
        return child(c.id()).orElseThrow();
    }

    /** Stores the scanned consent document of a child with its file name. */
    public void setConsentDocument(long childId, String fileName, byte[] content) {
        dsl.update(CHILD).set(CHILD.CONSENT_DOC_NAME, fileName).set(CHILD.CONSENT_DOC, content)
                .set(CHILD.VERSION, CHILD.VERSION.plus(1)).where(CHILD.ID.eq(childId)).execute();
    }

    public Optional<byte[]> consentDocument(long childId) {
        return dsl.select(CHILD.CONSENT_DOC).from(CHILD).where(CHILD.ID.eq(childId)).fetchOptional(CHILD.CONSENT_DOC);
    }

    private static Map<Field<?>, Object> values(Child c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(CHILD.NAME, c.name());
        v.put(CHILD.GENDER, c.gender().name());
        v.put(CHILD.BIRTH_DATE, c.birthDate());
        v.put(CHILD.ID_NUMBER, c.idNumber());
        v.put(CHILD.SCHOOL, c.school());
        v.put(CHILD.SCHOOL_GRADE, c.schoolGrade());
        v.put(CHILD.TOWNSHIP, c.township());
        v.put(CHILD.COMMUNITY, c.community());
        v.put(CHILD.ADDRESS, c.address());
        v.put(CHILD.CATEGORY, c.category().name());
        v.put(CHILD.CATEGORY_NOTE, c.categoryNote());
        v.put(CHILD.GUARDIAN_NAME, c.guardianName());
        v.put(CHILD.GUARDIAN_RELATION, c.guardianRelation());
        v.put(CHILD.GUARDIAN_PHONE, c.guardianPhone());
        v.put(CHILD.CONSENT_ON, c.consentOn());
        v.put(CHILD.CONSENT_SCOPE, c.consentScope());
        v.put(CHILD.CONSENT_BY, c.consentBy());
        v.put(CHILD.CONSENT_DOC_NAME, c.consentDocName());
        return v;
    }

    // ---------------------------------------------------------------- cases

    public Optional<AidCase> byId(long id) {
        return dsl.selectFrom(AID_CASE).where(AID_CASE.ID.eq(id)).fetchOptional(AidCaseStore::toCase);
    }

    /** The highest sequence number of the codes DR-{year}-NNN, 0 if none. */
    public int lastSequence(int year) {
        String prefix = AidCase.CODE_PREFIX + year + "-";
        int last = 0;
        for (String code : dsl.select(AID_CASE.CODE).from(AID_CASE).where(AID_CASE.CODE.startsWith(prefix))
                .fetch(AID_CASE.CODE)) {
            String rest = code.substring(prefix.length());
            if (rest.matches("\\d+")) {
                last = Math.max(last, Integer.parseInt(rest));
            }
        }
        return last;
    }

    /** The case of a child. */
    public Optional<AidCase> caseOfChild(long childId) {
        return dsl.selectFrom(AID_CASE).where(AID_CASE.CHILD_ID.eq(childId)).fetchOptional(AidCaseStore::toCase);
    }

    /** Inserts a case (version 0) with the code, child and status it carries, and returns it saved. */
    public AidCase insertCase(AidCase c) {
        long id = dsl.insertInto(AID_CASE).set(values(c)).set(AID_CASE.VERSION, 0).returning(AID_CASE.ID)
                .fetchOne(AID_CASE.ID);
        return byId(id).orElseThrow();
    }

    /** Saves every field of a case if the row still has {@code c.version()}. */
    public AidCase updateCase(AidCase c) {
        Optimistic.requireUpdated(dsl.update(AID_CASE).set(values(c)).set(AID_CASE.VERSION, AID_CASE.VERSION.plus(1))
                .where(AID_CASE.ID.eq(c.id()).and(AID_CASE.VERSION.eq(c.version()))).execute());
        return byId(c.id()).orElseThrow();
    }

    private static Map<Field<?>, Object> values(AidCase c) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(AID_CASE.CODE, c.code());
        v.put(AID_CASE.CHILD_ID, c.childId());
        v.put(AID_CASE.REFERRAL_SOURCE, c.referralSource());
        v.put(AID_CASE.REFERRER, c.referrer());
        v.put(AID_CASE.REFERRED_ON, c.referredOn());
        v.put(AID_CASE.UNIT_ID, c.unitId());
        v.put(AID_CASE.TEAM_ID, c.teamId());
        v.put(AID_CASE.STATUS, c.status().name());
        v.put(AID_CASE.HANDED_OVER_ON, c.handedOverOn());
        return v;
    }

    // ---------------------------------------------------------------- officers

    public void addOfficer(long caseId, long accountId) {
        dsl.insertInto(AID_CASE_OFFICER).set(AID_CASE_OFFICER.CASE_ID, caseId)
                .set(AID_CASE_OFFICER.ACCOUNT_ID, accountId).execute();
    }

    /** Batch insert of officers, for the sample data. */
    public void addOfficers(List<Officer> officers) {
        if (officers.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(AID_CASE_OFFICER, AID_CASE_OFFICER.CASE_ID, AID_CASE_OFFICER.ACCOUNT_ID)
                .values((Long) null, null));
        for (Officer o : officers) {
            batch.bind(o.caseId(), o.accountId());
        }
        batch.execute();
    }

    /** Replaces the officers of a case. */
    public void setOfficers(long caseId, List<Long> accountIds) {
        dsl.deleteFrom(AID_CASE_OFFICER).where(AID_CASE_OFFICER.CASE_ID.eq(caseId)).execute();
        for (Long a : accountIds) {
            addOfficer(caseId, a);
        }
    }

    // ---------------------------------------------------------------- events

    public CaseEvent insertEvent(CaseEvent e) {
        long id = dsl.insertInto(CASE_EVENT).set(values(e)).returning(CASE_EVENT.ID).fetchOne(CASE_EVENT.ID);
        return new CaseEvent(id, e.caseId(), e.from(), e.to(), e.onDate(), e.at(), e.username(), e.reason());
    }

    /** Batch insert of events, for the sample data. */
    public void insertEvents(List<CaseEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<Field<?>> fields = new ArrayList<>(values(events.get(0)).keySet());
        var batch = dsl.batch(dsl.insertInto(CASE_EVENT, fields).values(java.util.Collections.nCopies(fields.size(), null)));
        for (CaseEvent e : events) {
            batch.bind(values(e).values().toArray());
        }
        batch.execute();
    }

    private static Map<Field<?>, Object> values(CaseEvent e) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(CASE_EVENT.CASE_ID, e.caseId());
        v.put(CASE_EVENT.FROM_STATUS, e.from() == null ? null : e.from().name());
        v.put(CASE_EVENT.TO_STATUS, e.to().name());
        v.put(CASE_EVENT.ON_DATE, e.onDate());
        v.put(CASE_EVENT.AT, e.at());
        v.put(CASE_EVENT.USERNAME, e.username());
        v.put(CASE_EVENT.REASON, e.reason());
        return v;
    }

    /** A case's events in the order they happened. */
    public List<CaseEvent> events(long caseId) {
        return dsl.select(CASE_EVENT.fields()).select(ACCOUNT.DISPLAY_NAME).from(CASE_EVENT)
                .leftJoin(ACCOUNT).on(ACCOUNT.USERNAME.eq(CASE_EVENT.USERNAME))
                .where(CASE_EVENT.CASE_ID.eq(caseId))
                .orderBy(CASE_EVENT.ON_DATE, CASE_EVENT.AT, CASE_EVENT.ID)
                .fetch(r -> toEvent(r.into(CASE_EVENT), r.get(ACCOUNT.DISPLAY_NAME)));
    }

    // ---------------------------------------------------------------- rows

    /** Every case, by code; the age band as of {@code today}; the child's identity only when {@code withIdentity}. */
    public List<CaseRow> rows(LocalDate today, boolean withIdentity) {
        return rows(DSL.noCondition(), today, withIdentity);
    }

    public Optional<CaseRow> row(long caseId, LocalDate today, boolean withIdentity) {
        return rows(AID_CASE.ID.eq(caseId), today, withIdentity).stream().findFirst();
    }

    private List<CaseRow> rows(Condition condition, LocalDate today, boolean withIdentity) {
        Map<Long, List<Long>> officerIds = new HashMap<>();
        Map<Long, List<UserName>> officerNames = new HashMap<>();
        dsl.select(AID_CASE_OFFICER.CASE_ID, ACCOUNT.ID, ACCOUNT.USERNAME, ACCOUNT.DISPLAY_NAME).from(AID_CASE_OFFICER)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(AID_CASE_OFFICER.ACCOUNT_ID))
                .join(AID_CASE).on(AID_CASE.ID.eq(AID_CASE_OFFICER.CASE_ID))
                .where(condition).orderBy(ACCOUNT.USERNAME)
                .forEach(r -> {
                    officerIds.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    officerNames.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new UserName(r.value3(), r.value4()));
                });
        return dsl.select(AID_CASE.fields()).select(CHILD.fields()).select(UNIT.NAME, TEAM.NAME)
                .from(AID_CASE)
                .join(CHILD).on(CHILD.ID.eq(AID_CASE.CHILD_ID))
                .join(UNIT).on(UNIT.ID.eq(AID_CASE.UNIT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AID_CASE.TEAM_ID))
                .where(condition)
                .orderBy(AID_CASE.CODE)
                .fetch(r -> toRow(r, today, withIdentity, officerIds.getOrDefault(r.get(AID_CASE.ID), List.of()),
                        officerNames.getOrDefault(r.get(AID_CASE.ID), List.of())));
    }

    private static CaseRow toRow(Record r, LocalDate today, boolean withIdentity, List<Long> officerIds,
                                 List<UserName> officers) {
        AidCase c = toCase(r.into(AID_CASE));
        Child child = toChild(r.into(CHILD));
        return new CaseRow(c.id(), c.code(), c.childId(), AgeBand.of(child.birthDate(), today).orElse(null),
                child.township(), child.category(), c.status(), c.referralSource(), c.referrer(),
                c.referredOn(), c.unitId(), r.get(UNIT.NAME), c.teamId(), r.get(TEAM.NAME), c.handedOverOn(),
                child.consentOn(), officerIds, officers, c.version(), withIdentity ? child : null);
    }

    static Child toChild(ChildRecord r) {
        return new Child(r.getId(), r.getName(), Gender.valueOf(r.getGender()), r.getBirthDate(), r.getIdNumber(),
                r.getSchool(), r.getSchoolGrade(), r.getTownship(), r.getCommunity(), r.getAddress(),
                EligibilityCategory.valueOf(r.getCategory()), r.getCategoryNote(), r.getGuardianName(),
                r.getGuardianRelation(), r.getGuardianPhone(), r.getConsentOn(), r.getConsentScope(), r.getConsentBy(),
                r.getConsentDocName(), r.getVersion());
    }

    static AidCase toCase(AidCaseRecord r) {
        return new AidCase(r.getId(), r.getCode(), r.getChildId(), r.getReferralSource(), r.getReferrer(),
                r.getReferredOn(), r.getUnitId(), r.getTeamId(), AidCaseStatus.valueOf(r.getStatus()),
                r.getHandedOverOn(), r.getVersion());
    }

    private static CaseEvent toEvent(CaseEventRecord r, String displayName) {
        return new CaseEvent(r.getId(), r.getCaseId(), r.getFromStatus() == null ? null
                : AidCaseStatus.valueOf(r.getFromStatus()), AidCaseStatus.valueOf(r.getToStatus()), r.getOnDate(),
                r.getAt(), r.getUsername(), r.getReason(), displayName);
    }
}
