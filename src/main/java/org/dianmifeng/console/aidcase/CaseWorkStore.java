package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.CASE_PHOTO;
import static org.dianmifeng.console.db.Tables.FOLLOW_UP;
import static org.dianmifeng.console.db.Tables.PAIRING;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.RENOVATION_ITEM;
import static org.dianmifeng.console.db.Tables.SITE_VISIT;
import static org.dianmifeng.console.db.Tables.SITE_VISITOR;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.CasePhotoRecord;
import org.dianmifeng.console.db.tables.records.FollowUpRecord;
import org.dianmifeng.console.db.tables.records.RenovationItemRecord;
import org.dianmifeng.console.unit.PersonRef;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Site visits, pairings, renovation items, photos and follow-ups of aid cases, and the code and status
 * of a case as this work needs them (never the child's identity). Single inserts return the saved
 * record; the {@code insert…s} methods insert many rows at once (sample data) inside the caller's transaction.
 */
public final class CaseWorkStore {
    private final DSLContext dsl;

    public CaseWorkStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The code and status of a case: what the work of a case shows and checks. */
    /** A case's code and status, and its hand-over date (null until handed over). */
    public record CaseLine(long id, String code, AidCaseStatus status, LocalDate handedOverOn) {
    }

    public Optional<CaseLine> caseLine(long caseId) {
        return dsl.select(AID_CASE.ID, AID_CASE.CODE, AID_CASE.STATUS, AID_CASE.HANDED_OVER_ON).from(AID_CASE)
                .where(AID_CASE.ID.eq(caseId))
                .fetchOptional(r -> new CaseLine(r.value1(), r.value2(), AidCaseStatus.valueOf(r.value3()),
                        r.value4()));
    }

    private static Field<?>[] personFields() {
        return new Field<?>[] {PERSON.ID, PERSON.NAME, UNIT.NAME, PERSON.EMPLOYEE_NO, PERSON.VOLUNTEER_NO};
    }

    private static PersonRef toPerson(Record r) {
        return new PersonRef(r.get(PERSON.ID), r.get(PERSON.NAME), r.get(UNIT.NAME), r.get(PERSON.EMPLOYEE_NO),
                r.get(PERSON.VOLUNTEER_NO));
    }

    /** The person of the register as a picker shows it. */
    public Optional<PersonRef> person(long personId) {
        return dsl.select(personFields()).from(PERSON).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PERSON.ID.eq(personId)).fetchOptional(CaseWorkStore::toPerson);
    }

    // ---- site visits -----------------------------------------------------------------------------

    public SiteVisit insertVisit(SiteVisit v) {
        long id = dsl.insertInto(SITE_VISIT).set(values(v)).set(SITE_VISIT.VERSION, 0)
                .returning(SITE_VISIT.ID).fetchOne(SITE_VISIT.ID);
        insertVisitors(id, v.visitors());
        return visit(id).orElseThrow();
    }

    /** Inserts many visits (each needs its id for its visitors), the visitors of all of them in one batch. */
    public void insertVisits(List<SiteVisit> visits) {
        List<Object[]> visitors = new ArrayList<>();
        for (SiteVisit v : visits) {
            long id = dsl.insertInto(SITE_VISIT).set(values(v)).set(SITE_VISIT.VERSION, 0)
                    .returning(SITE_VISIT.ID).fetchOne(SITE_VISIT.ID);
            v.visitors().forEach(p -> visitors.add(new Object[] {id, p.id()}));
        }
        if (!visitors.isEmpty()) {
            var batch = dsl.batch(dsl.insertInto(SITE_VISITOR, SITE_VISITOR.VISIT_ID, SITE_VISITOR.PERSON_ID)
                    .values((Long) null, (Long) null));
            visitors.forEach(batch::bind);
            batch.execute();
        }
    }

    private void insertVisitors(long visitId, List<PersonRef> people) {
        for (PersonRef p : people) {
            dsl.insertInto(SITE_VISITOR).set(SITE_VISITOR.VISIT_ID, visitId).set(SITE_VISITOR.PERSON_ID, p.id()).execute();
        }
    }

    private static Map<Field<?>, Object> values(SiteVisit v) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(SITE_VISIT.CASE_ID, v.caseId());
        m.put(SITE_VISIT.VISITED_ON, v.visitedOn());
        m.put(SITE_VISIT.OFFICIALS, v.officials());
        m.put(SITE_VISIT.FINDINGS, v.findings());
        m.put(SITE_VISIT.NEEDS, v.needs());
        return m;
    }

    public SiteVisit updateVisit(SiteVisit v) {
        Optimistic.requireUpdated(dsl.update(SITE_VISIT).set(values(v)).set(SITE_VISIT.VERSION, v.version() + 1)
                .where(SITE_VISIT.ID.eq(v.id()).and(SITE_VISIT.VERSION.eq(v.version()))).execute());
        dsl.deleteFrom(SITE_VISITOR).where(SITE_VISITOR.VISIT_ID.eq(v.id())).execute();
        insertVisitors(v.id(), v.visitors());
        return visit(v.id()).orElseThrow();
    }

    public void deleteVisit(SiteVisit v) {
        Optimistic.requireUpdated(dsl.deleteFrom(SITE_VISIT)
                .where(SITE_VISIT.ID.eq(v.id()).and(SITE_VISIT.VERSION.eq(v.version()))).execute());
    }

    public Optional<SiteVisit> visit(long id) {
        return dsl.selectFrom(SITE_VISIT).where(SITE_VISIT.ID.eq(id)).fetchOptional()
                .map(r -> new SiteVisit(r.getId(), r.getCaseId(), r.getVisitedOn(), visitors(r.getId()),
                        r.getOfficials(), r.getFindings(), r.getNeeds(), r.getVersion()));
    }

    /** The visits of a case, newest first, with their visitors by name. */
    public List<SiteVisit> visits(long caseId) {
        Map<Long, List<PersonRef>> byVisit = new LinkedHashMap<>();
        dsl.select(SITE_VISITOR.VISIT_ID).select(personFields()).from(SITE_VISITOR)
                .join(SITE_VISIT).on(SITE_VISIT.ID.eq(SITE_VISITOR.VISIT_ID))
                .join(PERSON).on(PERSON.ID.eq(SITE_VISITOR.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(SITE_VISIT.CASE_ID.eq(caseId))
                .orderBy(PERSON.NAME)
                .forEach(r -> byVisit.computeIfAbsent(r.get(SITE_VISITOR.VISIT_ID), k -> new ArrayList<>()).add(toPerson(r)));
        return dsl.selectFrom(SITE_VISIT).where(SITE_VISIT.CASE_ID.eq(caseId))
                .orderBy(SITE_VISIT.VISITED_ON.desc(), SITE_VISIT.ID.desc())
                .fetch(r -> new SiteVisit(r.getId(), r.getCaseId(), r.getVisitedOn(),
                        byVisit.getOrDefault(r.getId(), List.of()), r.getOfficials(), r.getFindings(), r.getNeeds(),
                        r.getVersion()));
    }

    private List<PersonRef> visitors(long visitId) {
        return dsl.select(personFields()).from(SITE_VISITOR)
                .join(PERSON).on(PERSON.ID.eq(SITE_VISITOR.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(SITE_VISITOR.VISIT_ID.eq(visitId)).orderBy(PERSON.NAME)
                .fetch(CaseWorkStore::toPerson);
    }

    // ---- pairings --------------------------------------------------------------------------------

    public Pairing insertPairing(Pairing p) {
        long id = dsl.insertInto(PAIRING).set(values(p)).set(PAIRING.VERSION, 0)
                .returning(PAIRING.ID).fetchOne(PAIRING.ID);
        return pairing(id).orElseThrow();
    }

    public void insertPairings(List<Pairing> pairings) {
        Batches.insert(dsl, PAIRING, PAIRING.VERSION, pairings, CaseWorkStore::values);
    }

    private static Map<Field<?>, Object> values(Pairing p) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(PAIRING.CASE_ID, p.caseId());
        m.put(PAIRING.PERSON_ID, p.person().id());
        m.put(PAIRING.FROM_ON, p.fromOn());
        m.put(PAIRING.TO_ON, p.toOn());
        return m;
    }

    public Pairing updatePairing(Pairing p) {
        Optimistic.requireUpdated(dsl.update(PAIRING).set(values(p)).set(PAIRING.VERSION, p.version() + 1)
                .where(PAIRING.ID.eq(p.id()).and(PAIRING.VERSION.eq(p.version()))).execute());
        return pairing(p.id()).orElseThrow();
    }

    public void deletePairing(Pairing p) {
        Optimistic.requireUpdated(dsl.deleteFrom(PAIRING)
                .where(PAIRING.ID.eq(p.id()).and(PAIRING.VERSION.eq(p.version()))).execute());
    }

    public Optional<Pairing> pairing(long id) {
        return pairingQuery().where(PAIRING.ID.eq(id)).fetchOptional(CaseWorkStore::toPairing);
    }

    /** The pairings of a case, the latest start first. */
    public List<Pairing> pairings(long caseId) {
        return pairingQuery().where(PAIRING.CASE_ID.eq(caseId)).orderBy(PAIRING.FROM_ON.desc(), PAIRING.ID.desc())
                .fetch(CaseWorkStore::toPairing);
    }

    private org.jooq.SelectOnConditionStep<Record> pairingQuery() {
        return dsl.select(PAIRING.fields()).select(personFields()).from(PAIRING)
                .join(PERSON).on(PERSON.ID.eq(PAIRING.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID));
    }

    private static Pairing toPairing(Record r) {
        return new Pairing(r.get(PAIRING.ID), r.get(PAIRING.CASE_ID), toPerson(r), r.get(PAIRING.FROM_ON),
                r.get(PAIRING.TO_ON), r.get(PAIRING.VERSION));
    }

    // ---- renovation items ------------------------------------------------------------------------

    public RenovationItem insertItem(RenovationItem i) {
        long id = dsl.insertInto(RENOVATION_ITEM).set(values(i)).set(RENOVATION_ITEM.VERSION, 0)
                .returning(RENOVATION_ITEM.ID).fetchOne(RENOVATION_ITEM.ID);
        return item(id).orElseThrow();
    }

    public void insertItems(List<RenovationItem> items) {
        Batches.insert(dsl, RENOVATION_ITEM, RENOVATION_ITEM.VERSION, items, CaseWorkStore::values);
    }

    private static Map<Field<?>, Object> values(RenovationItem i) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(RENOVATION_ITEM.CASE_ID, i.caseId());
        m.put(RENOVATION_ITEM.CATEGORY, i.category().name());
        m.put(RENOVATION_ITEM.DESCRIPTION, i.description());
        m.put(RENOVATION_ITEM.QUANTITY, i.quantity());
        m.put(RENOVATION_ITEM.UNIT_PRICE, i.unitPrice());
        m.put(RENOVATION_ITEM.ACTUAL_COST, i.actualCost());
        m.put(RENOVATION_ITEM.SUPPLIER, i.supplier());
        m.put(RENOVATION_ITEM.STATUS, i.status().name());
        return m;
    }

    public RenovationItem updateItem(RenovationItem i) {
        Optimistic.requireUpdated(dsl.update(RENOVATION_ITEM).set(values(i)).set(RENOVATION_ITEM.VERSION, i.version() + 1)
                .where(RENOVATION_ITEM.ID.eq(i.id()).and(RENOVATION_ITEM.VERSION.eq(i.version()))).execute());
        return item(i.id()).orElseThrow();
    }

    public void deleteItem(RenovationItem i) {
        Optimistic.requireUpdated(dsl.deleteFrom(RENOVATION_ITEM)
                .where(RENOVATION_ITEM.ID.eq(i.id()).and(RENOVATION_ITEM.VERSION.eq(i.version()))).execute());
    }

    public Optional<RenovationItem> item(long id) {
        return dsl.selectFrom(RENOVATION_ITEM).where(RENOVATION_ITEM.ID.eq(id)).fetchOptional(CaseWorkStore::toItem);
    }

    /** The items of a case in the order entered. */
    public List<RenovationItem> items(long caseId) {
        return dsl.selectFrom(RENOVATION_ITEM).where(RENOVATION_ITEM.CASE_ID.eq(caseId)).orderBy(RENOVATION_ITEM.ID)
                .fetch(CaseWorkStore::toItem);
    }

    private static RenovationItem toItem(RenovationItemRecord r) {
        return new RenovationItem(r.getId(), r.getCaseId(), RenovationCategory.valueOf(r.getCategory()),
                r.getDescription(), r.getQuantity(), r.getUnitPrice(), r.getActualCost(), r.getSupplier(),
                ItemStatus.valueOf(r.getStatus()), r.getVersion());
    }

    // ---- photos ----------------------------------------------------------------------------------

    public CasePhoto insertPhoto(CasePhoto p) {
        long id = dsl.insertInto(CASE_PHOTO).set(values(p)).set(CASE_PHOTO.VERSION, 0)
                .returning(CASE_PHOTO.ID).fetchOne(CASE_PHOTO.ID);
        return dsl.selectFrom(CASE_PHOTO).where(CASE_PHOTO.ID.eq(id)).fetchOne(CaseWorkStore::toPhoto);
    }

    public void insertPhotos(List<CasePhoto> photos) {
        Batches.insert(dsl, CASE_PHOTO, CASE_PHOTO.VERSION, photos, CaseWorkStore::values);
    }

    private static Map<Field<?>, Object> values(CasePhoto p) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(CASE_PHOTO.CASE_ID, p.caseId());
        m.put(CASE_PHOTO.KIND, p.kind().name());
        m.put(CASE_PHOTO.FILE_NAME, p.fileName());
        m.put(CASE_PHOTO.CONTENT, p.bytes());
        m.put(CASE_PHOTO.TAKEN_ON, p.takenOn());
        m.put(CASE_PHOTO.CAPTION, p.caption());
        return m;
    }

    /** The photos of a case, before first, then by date taken. */
    public List<CasePhoto> photos(long caseId) {
        return dsl.selectFrom(CASE_PHOTO).where(CASE_PHOTO.CASE_ID.eq(caseId))
                .orderBy(CASE_PHOTO.KIND.desc(), CASE_PHOTO.TAKEN_ON, CASE_PHOTO.ID)
                .fetch(CaseWorkStore::toPhoto);
    }

    private static CasePhoto toPhoto(CasePhotoRecord r) {
        return new CasePhoto(r.getId(), r.getCaseId(), PhotoKind.valueOf(r.getKind()), r.getFileName(), r.getContent(),
                r.getTakenOn(), r.getCaption(), r.getVersion());
    }

    // ---- follow-ups ------------------------------------------------------------------------------

    public FollowUp insertFollowUp(FollowUp f) {
        long id = dsl.insertInto(FOLLOW_UP).set(values(f)).set(FOLLOW_UP.VERSION, 0)
                .returning(FOLLOW_UP.ID).fetchOne(FOLLOW_UP.ID);
        return followUp(id).orElseThrow();
    }

    public void insertFollowUps(List<FollowUp> followUps) {
        Batches.insert(dsl, FOLLOW_UP, FOLLOW_UP.VERSION, followUps, CaseWorkStore::values);
    }

    private static Map<Field<?>, Object> values(FollowUp f) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(FOLLOW_UP.CASE_ID, f.caseId());
        m.put(FOLLOW_UP.ACTIVITY, f.activity());
        m.put(FOLLOW_UP.DUE_ON, f.dueOn());
        m.put(FOLLOW_UP.DONE_ON, f.doneOn());
        m.put(FOLLOW_UP.PARTICIPANTS, f.participants());
        m.put(FOLLOW_UP.NOTES, f.notes());
        m.put(FOLLOW_UP.CANCELLED_REASON, f.cancelledReason());
        return m;
    }

    public FollowUp updateFollowUp(FollowUp f) {
        Optimistic.requireUpdated(dsl.update(FOLLOW_UP).set(values(f)).set(FOLLOW_UP.VERSION, f.version() + 1)
                .where(FOLLOW_UP.ID.eq(f.id()).and(FOLLOW_UP.VERSION.eq(f.version()))).execute());
        return followUp(f.id()).orElseThrow();
    }

    public Optional<FollowUp> followUp(long id) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id)).fetchOptional(CaseWorkStore::toFollowUp);
    }

    /** The follow-ups of a case by due date. */
    public List<FollowUp> followUps(long caseId) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CASE_ID.eq(caseId)).orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                .fetch(CaseWorkStore::toFollowUp);
    }

    /** A follow-up still open: neither done nor cancelled. The one definition, also for the case register. */
    static final Condition FOLLOW_UP_OPEN = FOLLOW_UP.DONE_ON.isNull().and(FOLLOW_UP.CANCELLED_REASON.isNull());

    /** How many follow-ups of the case are neither done nor cancelled (a case closes only at 0). */
    public int openFollowUps(long caseId) {
        return dsl.fetchCount(FOLLOW_UP, FOLLOW_UP.CASE_ID.eq(caseId).and(FOLLOW_UP_OPEN));
    }

    /** The open follow-ups of every case due on or before {@code until}, with the case code, by due date then code. */
    public List<Map.Entry<FollowUp, String>> openDueBy(LocalDate until) {
        return dsl.select(FOLLOW_UP.fields()).select(AID_CASE.CODE).from(FOLLOW_UP)
                .join(AID_CASE).on(AID_CASE.ID.eq(FOLLOW_UP.CASE_ID))
                .where(FOLLOW_UP_OPEN.and(FOLLOW_UP.DUE_ON.le(until)))
                .orderBy(FOLLOW_UP.DUE_ON, AID_CASE.CODE, FOLLOW_UP.ID)
                .fetch(r -> Map.entry(toFollowUp(r.into(FOLLOW_UP)), r.get(AID_CASE.CODE)));
    }

    private static FollowUp toFollowUp(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getCaseId(), r.getActivity(), r.getDueOn(), r.getDoneOn(), r.getParticipants(),
                r.getNotes(), r.getCancelledReason(), r.getVersion());
    }
}
