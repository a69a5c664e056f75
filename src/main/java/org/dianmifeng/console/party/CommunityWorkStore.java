package org.dianmifeng.console.party;

import org.dianmifeng.console.core.NaturalOrder;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.BRANCH;
import static org.dianmifeng.console.db.Tables.COMMUNITY;
import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.ENROLMENT;
import static org.dianmifeng.console.db.Tables.FEEDBACK;
import static org.dianmifeng.console.db.Tables.GRID;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.POINT_ENTRY;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dianmifeng.console.core.Batches;
import org.dianmifeng.console.core.Optimistic;
import org.dianmifeng.console.db.tables.records.CommunityServiceRecord;
import org.dianmifeng.console.db.tables.records.FeedbackRecord;
import org.dianmifeng.console.db.tables.records.PointEntryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * Queries of community work: COMMUNITY_SERVICE, FEEDBACK and POINT_ENTRY, plus what they need to read of
 * the organisation tables (communities, grids, branches, members, enrolments, appraisals).
 */
public final class CommunityWorkStore {
    private static final org.dianmifeng.console.db.tables.Branch MEMBER_BRANCH = BRANCH.as("MEMBER_BRANCH");
    private final DSLContext dsl;

    public CommunityWorkStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- members and organisation --------------------------------------------------------------

    private List<SelectField<?>> memberFields() {
        return List.of(PARTY_MEMBER.ID, PARTY_MEMBER.PERSON_ID, PERSON.NAME, UNIT.NAME, PARTY_MEMBER.BRANCH_ID,
                MEMBER_BRANCH.NAME);
    }

    private static MemberRef toMember(Record r) {
        return new MemberRef(r.get(PARTY_MEMBER.ID), r.get(PARTY_MEMBER.PERSON_ID), r.get(PERSON.NAME),
                r.get(UNIT.NAME), r.get(PARTY_MEMBER.BRANCH_ID), r.get(MEMBER_BRANCH.NAME));
    }

    public Optional<MemberRef> member(long memberId) {
        return dsl.select(memberFields()).from(PARTY_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .join(MEMBER_BRANCH).on(MEMBER_BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .where(PARTY_MEMBER.ID.eq(memberId))
                .fetchOptional(CommunityWorkStore::toMember);
    }

    public Optional<String> communityName(long communityId) {
        return dsl.select(COMMUNITY.NAME).from(COMMUNITY).where(COMMUNITY.ID.eq(communityId)).fetchOptional(COMMUNITY.NAME);
    }

    public Optional<String> branchName(long branchId) {
        return dsl.select(BRANCH.NAME).from(BRANCH).where(BRANCH.ID.eq(branchId)).fetchOptional(BRANCH.NAME);
    }

    /** The community of a community branch; empty for a work-unit branch or no such branch. */
    public Optional<Long> communityOfBranch(long branchId) {
        return dsl.select(BRANCH.COMMUNITY_ID).from(BRANCH)
                .where(BRANCH.ID.eq(branchId).and(BRANCH.KIND.eq(BranchKind.COMMUNITY.name())))
                .fetchOptional(BRANCH.COMMUNITY_ID);
    }

    /** Whether the member had an enrolment in a grid of the community on {@code from} .. {@code to} (any day of it). */
    public boolean enrolledDuring(long memberId, long communityId, LocalDate from, LocalDate to) {
        return dsl.fetchExists(dsl.selectOne().from(ENROLMENT).join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .where(ENROLMENT.MEMBER_ID.eq(memberId)
                        .and(GRID.COMMUNITY_ID.eq(communityId))
                        .and(ENROLMENT.REPORTED_ON.le(to))
                        .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(from)))));
    }

    /** The communities the member was ever enrolled in, by name. */
    public List<OrgRef> enrolledCommunities(long memberId) {
        return NaturalOrder.sorted(dsl.selectDistinct(COMMUNITY.ID, COMMUNITY.NAME).from(ENROLMENT)
                .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .where(ENROLMENT.MEMBER_ID.eq(memberId))
                .orderBy(COMMUNITY.NAME)
                .fetch(r -> new OrgRef(r.value1(), r.value2())), OrgRef::name);
    }

    /** The branches of the communities the member was ever enrolled in, by name. */
    public List<OrgRef> enrolledCommunityBranches(long memberId) {
        return NaturalOrder.sorted(dsl.selectDistinct(BRANCH.ID, BRANCH.NAME).from(ENROLMENT)
                .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .join(BRANCH).on(BRANCH.COMMUNITY_ID.eq(GRID.COMMUNITY_ID))
                .where(ENROLMENT.MEMBER_ID.eq(memberId).and(BRANCH.KIND.eq(BranchKind.COMMUNITY.name())))
                .orderBy(BRANCH.NAME)
                .fetch(r -> new OrgRef(r.value1(), r.value2())), OrgRef::name);
    }

    /** The work-unit branches (kind BRANCH) or the communities (kind COMMUNITY), by name. */
    public List<OrgRef> rankingGroups(RankingScope scope, PartyScope partyScope) {
        if (scope == RankingScope.BRANCH) {
            Condition own = partyScope.isAll() ? DSL.noCondition() : BRANCH.ID.eq(partyScope.branchId());
            return NaturalOrder.sorted(dsl.select(BRANCH.ID, BRANCH.NAME).from(BRANCH)
                    .where(BRANCH.KIND.eq(BranchKind.WORK_UNIT.name()).and(own))
                    .orderBy(BRANCH.NAME).fetch(r -> new OrgRef(r.value1(), r.value2())), OrgRef::name);
        }
        Condition own = partyScope.isAll() ? DSL.noCondition()
                : partyScope.kind() == BranchKind.COMMUNITY ? COMMUNITY.ID.eq(partyScope.communityId())
                : COMMUNITY.ID.in(DSL.select(GRID.COMMUNITY_ID).from(GRID).join(ENROLMENT).on(ENROLMENT.GRID_ID.eq(GRID.ID))
                        .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(ENROLMENT.MEMBER_ID))
                        .where(PartyScopeStore.members(partyScope)));
        return NaturalOrder.sorted(dsl.select(COMMUNITY.ID, COMMUNITY.NAME).from(COMMUNITY).where(own)
                .orderBy(COMMUNITY.NAME).fetch(r -> new OrgRef(r.value1(), r.value2())), OrgRef::name);
    }

    // ---- tree ----------------------------------------------------------------------------------

    /**
     * Communities → grids → actively enrolled members the condition {@code members} lets through (a
     * condition on PARTY_MEMBER). With {@code allOrganisation} every community and grid shows, else only
     * those with a member shown and the community {@code alsoCommunity} (may be null).
     */
    public List<CommunityNode> tree(Condition members, boolean allOrganisation, Long alsoCommunity) {
        return tree(activeMembers(members), allOrganisation, alsoCommunity);
    }

    /**
     * The outline of {@link #tree}: the same communities and grids, each grid with the count of its members shown
     * and none of them: counted from the enrolments alone (with the members only when the condition needs them),
     * where the tree reads every member with their person, unit and branch.
     */
    public List<CommunityNode> outline(Condition members, boolean allOrganisation, Long alsoCommunity) {
        Map<Long, Integer> counts = new HashMap<>();
        Field<Integer> count = DSL.count();
        var enrolments = allOrganisation ? dsl.select(ENROLMENT.GRID_ID, count).from(ENROLMENT)
                : dsl.select(ENROLMENT.GRID_ID, count).from(ENROLMENT)
                        .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(ENROLMENT.MEMBER_ID));
        enrolments.where(ENROLMENT.ENDED_ON.isNull().and(members)).groupBy(ENROLMENT.GRID_ID)
                .forEach(r -> counts.put(r.get(ENROLMENT.GRID_ID), r.get(count)));
        return tree(gridId -> counts.getOrDefault(gridId, 0), gridId -> List.of(), allOrganisation, alsoCommunity);
    }

    /** The actively enrolled members the condition lets through, by grid, in the order of their names. */
    private Map<Long, List<CommunityNode.MemberNode>> activeMembers(Condition members) {
        Map<Long, List<CommunityNode.MemberNode>> byGrid = new HashMap<>();
        List<SelectField<?>> fields = new ArrayList<>(memberFields());
        fields.addAll(List.of(GRID.ID, GRID.NAME, COMMUNITY.NAME, ENROLMENT.GRID_ROLE, ENROLMENT.REPORTED_ON));
        dsl.select(fields).from(ENROLMENT)
                .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .join(PARTY_MEMBER).on(PARTY_MEMBER.ID.eq(ENROLMENT.MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .join(MEMBER_BRANCH).on(MEMBER_BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .where(ENROLMENT.ENDED_ON.isNull().and(members))
                .orderBy(PERSON.NAME, PARTY_MEMBER.ID)
                .forEach(r -> byGrid.computeIfAbsent(r.get(GRID.ID), g -> new ArrayList<>())
                        .add(new CommunityNode.MemberNode(toMember(r), r.get(GRID.ID), r.get(GRID.NAME),
                                r.get(COMMUNITY.NAME), GridRole.valueOf(r.get(ENROLMENT.GRID_ROLE)),
                                r.get(ENROLMENT.REPORTED_ON))));
        return byGrid;
    }

    private List<CommunityNode> tree(Map<Long, List<CommunityNode.MemberNode>> byGrid, boolean allOrganisation,
                                     Long alsoCommunity) {
        return tree(gridId -> byGrid.getOrDefault(gridId, List.of()).size(),
                gridId -> byGrid.getOrDefault(gridId, List.of()), allOrganisation, alsoCommunity);
    }

    /** Communities → grids with {@code count} members each, {@code members} of them given. */
    private List<CommunityNode> tree(java.util.function.ToIntFunction<Long> count,
                                     java.util.function.Function<Long, List<CommunityNode.MemberNode>> members,
                                     boolean allOrganisation, Long alsoCommunity) {
        Map<Long, List<CommunityNode.GridNode>> gridsByCommunity = new HashMap<>();
        dsl.selectFrom(GRID).orderBy(GRID.NAME, GRID.ID).forEach(g -> {
            int shown = count.applyAsInt(g.getId());
            if (allOrganisation || shown > 0 || g.getCommunityId().equals(alsoCommunity)) {
                gridsByCommunity.computeIfAbsent(g.getCommunityId(), c -> new ArrayList<>())
                        .add(new CommunityNode.GridNode(g.getId(), g.getCommunityId(), g.getName(), g.getLeaderName(),
                                shown, members.apply(g.getId())));
            }
        });
        List<CommunityNode> out = new ArrayList<>();
        dsl.selectFrom(COMMUNITY).orderBy(COMMUNITY.STREET, COMMUNITY.NAME, COMMUNITY.ID).forEach(c -> {
            List<CommunityNode.GridNode> grids = gridsByCommunity.getOrDefault(c.getId(), List.of());
            if (allOrganisation || !grids.isEmpty() || c.getId().equals(alsoCommunity)) {
                out.add(new CommunityNode(c.getId(), c.getName(), c.getStreet(),
                        NaturalOrder.sorted(grids, CommunityNode.GridNode::name)));
            }
        });
        return NaturalOrder.sorted(NaturalOrder.sorted(out, CommunityNode::name), CommunityNode::street);
    }

    // ---- service records -----------------------------------------------------------------------

    public ServiceRecord insertService(ServiceRecord s) {
        long id = dsl.insertInto(COMMUNITY_SERVICE)
                .set(values(s))
                .set(COMMUNITY_SERVICE.VERSION, 0)
                .returning(COMMUNITY_SERVICE.ID)
                .fetchOne(COMMUNITY_SERVICE.ID);
        return service(id).orElseThrow();
    }

    /** Inserts many service records with JDBC batches, e.g. a year of sample data. */
    public void insertServices(List<ServiceRecord> records) {
        Batches.insert(dsl, COMMUNITY_SERVICE, COMMUNITY_SERVICE.VERSION, records, CommunityWorkStore::values);
    }

    private static Map<Field<?>, Object> values(ServiceRecord s) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(COMMUNITY_SERVICE.MEMBER_ID, s.memberId());
        v.put(COMMUNITY_SERVICE.COMMUNITY_ID, s.communityId());
        v.put(COMMUNITY_SERVICE.SERVED_ON, s.servedOn());
        v.put(COMMUNITY_SERVICE.CONTENT, s.content());
        v.put(COMMUNITY_SERVICE.HOURS, s.hours());
        v.put(COMMUNITY_SERVICE.RECORDED_BY, s.recordedBy());
        return v;
    }

    public Optional<ServiceRecord> service(long id) {
        return dsl.selectFrom(COMMUNITY_SERVICE).where(COMMUNITY_SERVICE.ID.eq(id))
                .fetchOptional(CommunityWorkStore::toService);
    }

    public void deleteService(ServiceRecord s) {
        Optimistic.requireUpdated(dsl.deleteFrom(COMMUNITY_SERVICE)
                .where(COMMUNITY_SERVICE.ID.eq(s.id()).and(COMMUNITY_SERVICE.VERSION.eq(s.version()))).execute());
    }

    private static ServiceRecord toService(CommunityServiceRecord r) {
        return new ServiceRecord(r.getId(), r.getMemberId(), r.getCommunityId(), r.getServedOn(), r.getContent(),
                r.getHours(), r.getRecordedBy(), r.getVersion());
    }

    // ---- feedback cards ------------------------------------------------------------------------

    public Feedback insertFeedback(Feedback f) {
        long id = dsl.insertInto(FEEDBACK)
                .set(values(f))
                .set(FEEDBACK.VERSION, 0)
                .returning(FEEDBACK.ID)
                .fetchOne(FEEDBACK.ID);
        return feedback(id).orElseThrow();
    }

    /** Inserts many feedback cards with JDBC batches, e.g. four quarters of sample data. */
    public void insertFeedbacks(List<Feedback> cards) {
        Batches.insert(dsl, FEEDBACK, FEEDBACK.VERSION, cards, CommunityWorkStore::values);
    }

    /** Saves every field if the row still has {@code f.version()}. */
    public Feedback updateFeedback(Feedback f) {
        int rows = dsl.update(FEEDBACK)
                .set(values(f))
                .set(FEEDBACK.VERSION, FEEDBACK.VERSION.plus(1))
                .where(FEEDBACK.ID.eq(f.id()).and(FEEDBACK.VERSION.eq(f.version())))
                .execute();
        Optimistic.requireUpdated(rows);
        return feedback(f.id()).orElseThrow();
    }

    /** The columns a card's fields go into, for insert, batch insert and update. */
    private static Map<Field<?>, Object> values(Feedback f) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(FEEDBACK.MEMBER_ID, f.memberId());
        v.put(FEEDBACK.COMMUNITY_BRANCH_ID, f.communityBranchId());
        v.put(FEEDBACK.FOR_YEAR, f.year());
        v.put(FEEDBACK.QUARTER, f.quarter());
        v.put(FEEDBACK.CONTACTS, f.contacts());
        v.put(FEEDBACK.ACTIVITIES, f.activities());
        v.put(FEEDBACK.HOURS, f.hours());
        v.put(FEEDBACK.RATING, f.rating().name());
        v.put(FEEDBACK.COMMENTS, f.comments());
        v.put(FEEDBACK.RECORDED_BY, f.recordedBy());
        return v;
    }

    public Optional<Feedback> feedback(long id) {
        return dsl.selectFrom(FEEDBACK).where(FEEDBACK.ID.eq(id)).fetchOptional(CommunityWorkStore::toFeedback);
    }

    /** The card of a member for a quarter, if there is one. */
    public Optional<Feedback> feedback(long memberId, int year, int quarter) {
        return dsl.selectFrom(FEEDBACK)
                .where(FEEDBACK.MEMBER_ID.eq(memberId).and(FEEDBACK.FOR_YEAR.eq(year)).and(FEEDBACK.QUARTER.eq(quarter)))
                .fetchOptional(CommunityWorkStore::toFeedback);
    }

    public void deleteFeedback(Feedback f) {
        Optimistic.requireUpdated(dsl.deleteFrom(FEEDBACK)
                .where(FEEDBACK.ID.eq(f.id()).and(FEEDBACK.VERSION.eq(f.version()))).execute());
    }

    private static Feedback toFeedback(FeedbackRecord r) {
        return new Feedback(r.getId(), r.getMemberId(), r.getCommunityBranchId(), r.getForYear(), r.getQuarter(),
                r.getContacts(), r.getActivities(), r.getHours(), Rating.valueOf(r.getRating()), r.getComments(),
                r.getRecordedBy(), r.getVersion());
    }

    // ---- points ----------------------------------------------------------------------------------

    public PointEntry insertPointEntry(PointEntry p) {
        long id = dsl.insertInto(POINT_ENTRY)
                .set(values(p))
                .set(POINT_ENTRY.VERSION, 0)
                .returning(POINT_ENTRY.ID)
                .fetchOne(POINT_ENTRY.ID);
        return pointEntry(id).orElseThrow();
    }

    /** Inserts many points entries with JDBC batches. */
    public void insertPointEntries(List<PointEntry> entries) {
        Batches.insert(dsl, POINT_ENTRY, POINT_ENTRY.VERSION, entries, CommunityWorkStore::values);
    }

    private static Map<Field<?>, Object> values(PointEntry p) {
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(POINT_ENTRY.MEMBER_ID, p.memberId());
        v.put(POINT_ENTRY.ENTERED_ON, p.enteredOn());
        v.put(POINT_ENTRY.POINTS, p.points());
        v.put(POINT_ENTRY.REASON, p.reason());
        v.put(POINT_ENTRY.RECORDED_BY, p.recordedBy());
        return v;
    }

    public Optional<PointEntry> pointEntry(long id) {
        return dsl.selectFrom(POINT_ENTRY).where(POINT_ENTRY.ID.eq(id)).fetchOptional(CommunityWorkStore::toPoints);
    }

    public void deletePointEntry(PointEntry p) {
        Optimistic.requireUpdated(dsl.deleteFrom(POINT_ENTRY)
                .where(POINT_ENTRY.ID.eq(p.id()).and(POINT_ENTRY.VERSION.eq(p.version()))).execute());
    }

    private static PointEntry toPoints(PointEntryRecord r) {
        return new PointEntry(r.getId(), r.getMemberId(), r.getEnteredOn(), r.getPoints(), r.getReason(),
                r.getRecordedBy(), r.getVersion());
    }

    // ---- ranking ---------------------------------------------------------------------------------

    /**
     * The year's sums of every member in the group that {@code members} (a condition on PARTY_MEMBER)
     * lets through: the members of a work-unit branch, or those enrolled in the community during the year.
     * The community shown is the community of the member's latest enrolment (or the ranked community).
     */
    public List<PointsRow.Sums> yearSums(int year, RankingScope scope, long groupId, Condition members) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Condition inGroup = scope == RankingScope.BRANCH ? PARTY_MEMBER.BRANCH_ID.eq(groupId)
                : PARTY_MEMBER.ID.in(DSL.select(ENROLMENT.MEMBER_ID).from(ENROLMENT)
                        .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                        .where(GRID.COMMUNITY_ID.eq(groupId).and(ENROLMENT.REPORTED_ON.le(to))
                                .and(ENROLMENT.ENDED_ON.isNull().or(ENROLMENT.ENDED_ON.ge(from)))));
        Map<Long, MemberRef> refs = new LinkedHashMap<>();
        dsl.select(memberFields()).from(PARTY_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .join(MEMBER_BRANCH).on(MEMBER_BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .where(inGroup.and(members))
                .forEach(r -> refs.put(r.get(PARTY_MEMBER.ID), toMember(r)));
        if (refs.isEmpty()) {
            return List.of();
        }
        // the same members as a subquery, not as a list of their ids: H2 checks a list of bound ids one by one for
        // every row (15,000 members × the year's records took seconds), a subquery's rows by a hash
        var group = DSL.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(PARTY_MEMBER.PERSON_ID))
                .join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .join(MEMBER_BRANCH).on(MEMBER_BRANCH.ID.eq(PARTY_MEMBER.BRANCH_ID))
                .where(inGroup.and(members));
        Map<Long, BigDecimal> hours = new HashMap<>();
        dsl.select(COMMUNITY_SERVICE.MEMBER_ID, DSL.sum(COMMUNITY_SERVICE.HOURS)).from(COMMUNITY_SERVICE)
                .where(COMMUNITY_SERVICE.MEMBER_ID.in(group).and(COMMUNITY_SERVICE.SERVED_ON.between(from, to))
                        // a community's ranking counts the service done in that community
                        .and(scope == RankingScope.COMMUNITY ? COMMUNITY_SERVICE.COMMUNITY_ID.eq(groupId)
                                : DSL.noCondition()))
                .groupBy(COMMUNITY_SERVICE.MEMBER_ID)
                .forEach(r -> hours.put(r.value1(), r.value2()));
        Map<Long, BigDecimal> bonus = new HashMap<>();
        Map<Long, BigDecimal> deductions = new HashMap<>();
        dsl.select(POINT_ENTRY.MEMBER_ID,
                        DSL.sum(DSL.when(POINT_ENTRY.POINTS.gt(BigDecimal.ZERO), POINT_ENTRY.POINTS).otherwise(BigDecimal.ZERO)),
                        DSL.sum(DSL.when(POINT_ENTRY.POINTS.lt(BigDecimal.ZERO), POINT_ENTRY.POINTS.neg()).otherwise(BigDecimal.ZERO)))
                .from(POINT_ENTRY)
                .where(POINT_ENTRY.MEMBER_ID.in(group).and(POINT_ENTRY.ENTERED_ON.between(from, to)))
                .groupBy(POINT_ENTRY.MEMBER_ID)
                .forEach(r -> {
                    bonus.put(r.value1(), r.value2());
                    deductions.put(r.value1(), r.value3());
                });
        Map<Long, String> communities = new HashMap<>();
        if (scope == RankingScope.COMMUNITY) {
            String name = communityName(groupId).orElse(null);
            refs.keySet().forEach(id -> communities.put(id, name));
        } else {
            dsl.select(ENROLMENT.MEMBER_ID, COMMUNITY.NAME).from(ENROLMENT)
                    .join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                    .join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                    .where(ENROLMENT.MEMBER_ID.in(group))
                    .orderBy(ENROLMENT.REPORTED_ON, ENROLMENT.ID)
                    .forEach(r -> communities.put(r.value1(), r.value2()));
        }
        List<PointsRow.Sums> out = new ArrayList<>();
        refs.forEach((id, ref) -> out.add(new PointsRow.Sums(ref, communities.get(id), scaled(hours.get(id)),
                scaled(bonus.get(id)), scaled(deductions.get(id)))));
        return out;
    }

    private static BigDecimal scaled(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    // ---- timeline --------------------------------------------------------------------------------

    /** The enrolments of a member, oldest first: community, grid, role, reported and ended dates. */
    public record EnrolmentLine(long id, String communityName, String gridName, GridRole role, LocalDate reportedOn,
                                LocalDate endedOn) {
    }

    public List<EnrolmentLine> enrolments(long memberId) {
        return dsl.select(ENROLMENT.ID, COMMUNITY.NAME, GRID.NAME, ENROLMENT.GRID_ROLE, ENROLMENT.REPORTED_ON,
                        ENROLMENT.ENDED_ON)
                .from(ENROLMENT).join(GRID).on(GRID.ID.eq(ENROLMENT.GRID_ID))
                .join(COMMUNITY).on(COMMUNITY.ID.eq(GRID.COMMUNITY_ID))
                .where(ENROLMENT.MEMBER_ID.eq(memberId))
                .orderBy(ENROLMENT.REPORTED_ON, ENROLMENT.ID)
                .fetch(r -> new EnrolmentLine(r.value1(), r.value2(), r.value3(), GridRole.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    /** The member's service records with their community's name, newest first. */
    public List<Map.Entry<ServiceRecord, String>> services(long memberId) {
        return dsl.select(COMMUNITY_SERVICE.fields()).select(COMMUNITY.NAME).from(COMMUNITY_SERVICE)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(COMMUNITY_SERVICE.COMMUNITY_ID))
                .where(COMMUNITY_SERVICE.MEMBER_ID.eq(memberId))
                .orderBy(COMMUNITY_SERVICE.SERVED_ON.desc(), COMMUNITY_SERVICE.ID.desc())
                .fetch(r -> Map.entry(toService(r.into(COMMUNITY_SERVICE)), r.get(COMMUNITY.NAME)));
    }

    /** The member's feedback cards with their branch's name, newest first. */
    public List<Map.Entry<Feedback, String>> feedbacks(long memberId) {
        return dsl.select(FEEDBACK.fields()).select(BRANCH.NAME).from(FEEDBACK)
                .join(BRANCH).on(BRANCH.ID.eq(FEEDBACK.COMMUNITY_BRANCH_ID))
                .where(FEEDBACK.MEMBER_ID.eq(memberId))
                .orderBy(FEEDBACK.FOR_YEAR.desc(), FEEDBACK.QUARTER.desc())
                .fetch(r -> Map.entry(toFeedback(r.into(FEEDBACK)), r.get(BRANCH.NAME)));
    }

    public List<PointEntry> pointEntries(long memberId) {
        return dsl.selectFrom(POINT_ENTRY).where(POINT_ENTRY.MEMBER_ID.eq(memberId))
                .orderBy(POINT_ENTRY.ENTERED_ON.desc(), POINT_ENTRY.ID.desc())
                .fetch(CommunityWorkStore::toPoints);
    }

    /** One appraisal of a member as the timeline shows it; {@code grade} is the confirmed or proposed grade, or null. */
    public record AppraisalLine(int year, AppraisalStatus status, Grade grade, LocalDate confirmedOn) {
    }

    public List<AppraisalLine> appraisals(long memberId) {
        return dsl.select(APPRAISAL.FOR_YEAR, APPRAISAL.STATUS, APPRAISAL.GRADE, APPRAISAL.PROPOSED_GRADE,
                        APPRAISAL.CONFIRMED_AT)
                .from(APPRAISAL).where(APPRAISAL.MEMBER_ID.eq(memberId))
                .orderBy(APPRAISAL.FOR_YEAR.desc())
                .fetch(r -> {
                    String grade = r.value3() != null ? r.value3() : r.value4();
                    return new AppraisalLine(r.value1(), AppraisalStatus.valueOf(r.value2()),
                            grade == null ? null : Grade.valueOf(grade),
                            r.value5() == null ? null : r.value5().toLocalDate());
                });
    }
}
