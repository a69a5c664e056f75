package org.dianmifeng.console.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.Texts;
import org.jooq.DSLContext;

/**
 * Community work of party members: service records, quarterly feedback cards, points entries, the
 * points ranking, the community tree and a member's timeline. Recording needs {@link Permission#PARTY_RECORD};
 * a party secretary reads and records only for the members of their branch ({@link PartyScope}).
 * Every change is checked, audited and saved in one transaction.
 */
public final class CommunityWorkService {
    static final String SERVICE_ENTITY = "COMMUNITY_SERVICE";
    static final String FEEDBACK_ENTITY = "FEEDBACK";
    static final String POINTS_ENTITY = "POINT_ENTRY";
    private final Database db;
    private final Audit audit;
    private final Clock clock;
    private final PartySettings settings;

    public CommunityWorkService(Database db, Audit audit, Clock clock, PartySettings settings) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** Today by the service's clock: the latest date a form may hold. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Points for one hour of community service: the setting of {@link PartySettings}. */
    public java.math.BigDecimal pointsPerHour() {
        return settings.rules().pointsPerHour();
    }

    /** Which members and branches the session may see and act on (what the screen offers follows it). */
    public PartyScope scope(Session who) {
        return db.read(dsl -> new PartyScopeStore(dsl, today()).scope(who));
    }

    /** Communities → grids → actively enrolled members; a secretary sees only their branch's members. */
    public List<CommunityNode> tree(Session who) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            return new CommunityWorkStore(dsl).tree(PartyScopeStore.members(scope), scope.isAll(),
                    scope.kind() == BranchKind.COMMUNITY ? scope.communityId() : null);
        });
    }

    /**
     * The outline of {@link #tree}: its communities and grids with the count of members each would show, without
     * reading the members (a fraction of the time on a large organisation): shown while the tree is read.
     */
    public List<CommunityNode> outline(Session who) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
            return new CommunityWorkStore(dsl).outline(PartyScopeStore.members(scope), scope.isAll(),
                    scope.kind() == BranchKind.COMMUNITY ? scope.communityId() : null);
        });
    }

    /**
     * Everything that happened to a member, newest first: enrolments (reported, moved, ended), services,
     * feedback cards, points entries and appraisals. On one day the later kinds come first.
     */
    public List<TimelineEntry> timeline(Session who, long memberId) {
        return db.read(dsl -> {
            new PartyScopeStore(dsl, today()).requireCovered(who, memberId);
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            List<TimelineEntry> out = new ArrayList<>();
            List<CommunityWorkStore.EnrolmentLine> enrolments = store.enrolments(memberId);
            for (int i = 0; i < enrolments.size(); i++) {
                CommunityWorkStore.EnrolmentLine e = enrolments.get(i);
                boolean first = i == 0;
                out.add(new TimelineEntry(e.reportedOn(), first ? TimelineEntry.Kind.ENROLLED : TimelineEntry.Kind.MOVED,
                        first ? "work.timeline.enrolled" : "work.timeline.moved",
                        List.of(e.communityName(), e.gridName(), e.role()), null));
                boolean last = i == enrolments.size() - 1;
                if (last && e.endedOn() != null) {
                    out.add(new TimelineEntry(e.endedOn(), TimelineEntry.Kind.ENDED, "work.timeline.ended",
                            List.of(e.communityName(), e.gridName()), null));
                }
            }
            for (Map.Entry<ServiceRecord, String> s : store.services(memberId)) {
                ServiceRecord r = s.getKey();
                out.add(new TimelineEntry(r.servedOn(), TimelineEntry.Kind.SERVICE, "work.timeline.service",
                        List.of(s.getValue(), r.content(), r.hours().stripTrailingZeros().toPlainString()), r));
            }
            for (Map.Entry<Feedback, String> f : store.feedbacks(memberId)) {
                Feedback r = f.getKey();
                out.add(new TimelineEntry(r.quarterEnd(), TimelineEntry.Kind.FEEDBACK, "work.timeline.feedback",
                        List.of(String.valueOf(r.year()), r.quarter(), f.getValue(), r.rating(),
                                r.hours().stripTrailingZeros().toPlainString()), r));
            }
            for (PointEntry p : store.pointEntries(memberId)) {
                out.add(new TimelineEntry(p.enteredOn(), TimelineEntry.Kind.POINTS,
                        p.points().signum() > 0 ? "work.timeline.bonus" : "work.timeline.deduction",
                        List.of(p.points().abs().stripTrailingZeros().toPlainString(), p.reason()), p));
            }
            for (CommunityWorkStore.AppraisalLine a : store.appraisals(memberId)) {
                LocalDate yearEnd = LocalDate.of(a.year(), 12, 31);
                LocalDate on = a.confirmedOn() != null ? a.confirmedOn() : yearEnd.isAfter(today()) ? today() : yearEnd;
                out.add(a.grade() == null
                        ? new TimelineEntry(on, TimelineEntry.Kind.APPRAISAL, "work.timeline.appraisal",
                                List.of(String.valueOf(a.year()), a.status()), null)
                        : new TimelineEntry(on, TimelineEntry.Kind.APPRAISAL, "work.timeline.appraisalGraded",
                                List.of(String.valueOf(a.year()), a.status(), a.grade()), null));
            }
            out.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind).reversed());
            return out;
        });
    }

    /** The communities the member was ever enrolled in: the choices of the service form. */
    public List<OrgRef> enrolledCommunities(Session who, long memberId) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).requireCovered(who, memberId);
            return new CommunityWorkStore(dsl).enrolledCommunities(memberId).stream()
                    .filter(c -> scope.coversServiceIn(c.id()))
                    .toList();
        });
    }

    /** The community branches that may send the member's feedback card: the choices of the card form. */
    public List<OrgRef> feedbackBranches(Session who, long memberId) {
        return db.read(dsl -> {
            PartyScope scope = new PartyScopeStore(dsl, today()).requireCovered(who, memberId);
            return new CommunityWorkStore(dsl).enrolledCommunityBranches(memberId).stream()
                    .filter(b -> scope.coversCommunityBranch(b.id()))
                    .toList();
        });
    }

    /** Records a service; the member must have been enrolled in that community on that day. */
    public ServiceRecord addService(Session who, ServiceRecord record) {
        who.require(Permission.PARTY_RECORD);
        ServiceRecord r = new ServiceRecord(null, record.memberId(), record.communityId(), record.servedOn(),
                Texts.clean(record.content()), record.hours(), who.username(), null);
        r.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            PartyScope scope = new PartyScopeStore(dsl, today()).requireCovered(who, r.memberId());
            MemberRef member = store.member(r.memberId()).orElseThrow(StaleDataException::new);
            String community = store.communityName(r.communityId()).orElseThrow(StaleDataException::new);
            requireOwnCommunity(scope, r.communityId(), community);
            if (!store.enrolledDuring(r.memberId(), r.communityId(), r.servedOn(), r.servedOn())) {
                throw new ConsoleException("error.work.notEnrolled", member.name(), community, r.servedOn());
            }
            ServiceRecord saved = store.insertService(r);
            audit.record(dsl, who, AuditAction.CREATE, SERVICE_ENTITY, saved.id(),
                    member.name() + " / " + community + " / " + saved.servedOn(), null, saved);
            return saved;
        });
    }

    /** Records a quarter's feedback card; one per member and quarter. */
    public Feedback addFeedback(Session who, Feedback card) {
        who.require(Permission.PARTY_RECORD);
        Feedback f = cleaned(card, null, null, who);
        f.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            MemberRef member = checkFeedback(dsl, store, who, f);
            Feedback saved = store.insertFeedback(f);
            audit.record(dsl, who, AuditAction.CREATE, FEEDBACK_ENTITY, saved.id(), summary(member, saved), null, saved);
            return saved;
        });
    }

    /** Saves a card read earlier; refused if someone changed it since ({@code card.version()}). */
    public Feedback updateFeedback(Session who, Feedback card) {
        who.require(Permission.PARTY_RECORD);
        if (card.id() == null) {
            throw new StaleDataException();
        }
        Feedback edited = cleaned(card, card.id(), card.version(), who);
        edited.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            Feedback before = store.feedback(edited.id()).orElseThrow(StaleDataException::new);
            requireCoveredBranch(dsl, store, who, before);
            // a card stays the card of its member
            Feedback f = new Feedback(edited.id(), before.memberId(), edited.communityBranchId(), edited.year(),
                    edited.quarter(), edited.contacts(), edited.activities(), edited.hours(), edited.rating(),
                    edited.comments(), edited.recordedBy(), edited.version());
            MemberRef member = checkFeedback(dsl, store, who, f);
            Feedback saved = store.updateFeedback(f);
            audit.record(dsl, who, AuditAction.UPDATE, FEEDBACK_ENTITY, saved.id(), summary(member, saved), before, saved);
            return saved;
        });
    }

    /** Records bonus (positive) or deduction (negative) points with a reason. */
    public PointEntry addPoints(Session who, PointEntry entry) {
        who.require(Permission.PARTY_RECORD);
        PointEntry p = new PointEntry(null, entry.memberId(), entry.enteredOn(), entry.points(),
                Texts.clean(entry.reason()), who.username(), null);
        p.check(today()).throwIfAny();
        return db.transaction(dsl -> {
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            new PartyScopeStore(dsl, today()).requireCovered(who, p.memberId());
            MemberRef member = store.member(p.memberId()).orElseThrow(StaleDataException::new);
            PointEntry saved = store.insertPointEntry(p);
            audit.record(dsl, who, AuditAction.CREATE, POINTS_ENTITY, saved.id(),
                    member.name() + " / " + saved.points().toPlainString(), null, saved);
            return saved;
        });
    }

    /** Deletes a service, card or points entry as read earlier; whoever may record it may delete it. */
    public void delete(Session who, WorkRecord record) {
        who.require(Permission.PARTY_RECORD);
        db.transaction(dsl -> {
            CommunityWorkStore store = new CommunityWorkStore(dsl);
            // the member and community of the record as saved, never as the caller says
            WorkRecord saved = (record instanceof ServiceRecord s ? store.service(s.id())
                    : record instanceof Feedback f ? store.feedback(f.id())
                    : store.pointEntry(record.id())).map(WorkRecord.class::cast).orElseThrow(StaleDataException::new);
            new PartyScopeStore(dsl, today()).requireCovered(who, saved.memberId());
            MemberRef member = store.member(saved.memberId()).orElseThrow(StaleDataException::new);
            if (saved instanceof ServiceRecord before) {
                requireOwnCommunity(new PartyScopeStore(dsl, today()).scope(who), before.communityId(),
                        store.communityName(before.communityId()).orElse(""));
                store.deleteService((ServiceRecord) record);
                audit.record(dsl, who, AuditAction.DELETE, SERVICE_ENTITY, before.id(),
                        member.name() + " / " + before.servedOn(), before, null);
            } else if (saved instanceof Feedback before) {
                requireCoveredBranch(dsl, store, who, before);
                store.deleteFeedback((Feedback) record);
                audit.record(dsl, who, AuditAction.DELETE, FEEDBACK_ENTITY, before.id(), summary(member, before),
                        before, null);
            } else if (saved instanceof PointEntry before) {
                store.deletePointEntry((PointEntry) record);
                audit.record(dsl, who, AuditAction.DELETE, POINTS_ENTITY, before.id(),
                        member.name() + " / " + before.points().toPlainString(), before, null);
            }
            return null;
        });
    }

    /**
     * The work-unit branches or the communities a ranking may be for, by name: for a secretary, their own
     * branch, and the communities their members are enrolled in (a community secretary: their own).
     */
    public List<OrgRef> rankingGroups(Session who, RankingScope scope) {
        return db.read(dsl -> new CommunityWorkStore(dsl).rankingGroups(scope, new PartyScopeStore(dsl, today()).scope(who)));
    }

    /**
     * The points ranking of a year for one work-unit branch or one community: points = the year's
     * service hours × points per hour (a setting) + bonus − deductions; equal totals share a rank.
     * A secretary sees only their branch's members in it.
     */
    public List<PointsRow> ranking(Session who, int year, RankingScope scope, long groupId) {
        return db.read(dsl -> {
            PartyScope partyScope = new PartyScopeStore(dsl, today()).scope(who);
            List<PointsRow.Sums> sums = new CommunityWorkStore(dsl).yearSums(year, scope, groupId,
                    PartyScopeStore.members(partyScope));
            return PointsRow.rank(sums, PartySettings.rules(dsl).pointsPerHour());
        });
    }

    /** A secretary of a community branch records and deletes the services in their own community only. */
    private static void requireOwnCommunity(PartyScope scope, long communityId, String communityName) {
        if (!scope.coversServiceIn(communityId)) {
            throw new ConsoleException("error.work.serviceOtherCommunity", communityName);
        }
    }

    /** A secretary of a community branch records and changes the cards of their own branch only. */
    private void requireCoveredBranch(DSLContext dsl, CommunityWorkStore store, Session who, Feedback card) {
        PartyScope scope = new PartyScopeStore(dsl, today()).scope(who);
        if (!scope.coversCommunityBranch(card.communityBranchId())) {
            throw new ConsoleException("error.work.feedbackOtherBranch",
                    store.branchName(card.communityBranchId()).orElse(""));
        }
    }

    /**
     * The member is the secretary's; the branch is a community branch the secretary may record for; the
     * member was enrolled in its community during the quarter; no other card for that quarter.
     */
    private MemberRef checkFeedback(DSLContext dsl, CommunityWorkStore store, Session who, Feedback f) {
        new PartyScopeStore(dsl, today()).requireCovered(who, f.memberId());
        MemberRef member = store.member(f.memberId()).orElseThrow(StaleDataException::new);
        String branch = store.branchName(f.communityBranchId()).orElseThrow(StaleDataException::new);
        requireCoveredBranch(dsl, store, who, f);
        long community = store.communityOfBranch(f.communityBranchId())
                .orElseThrow(() -> new ConsoleException("error.work.notCommunityBranch", branch));
        if (!store.enrolledDuring(f.memberId(), community, f.quarterStart(), f.quarterEnd())) {
            throw new ConsoleException("error.work.feedbackNotEnrolled", member.name(), branch,
                    String.valueOf(f.year()), f.quarter());
        }
        store.feedback(f.memberId(), f.year(), f.quarter())
                .filter(existing -> !existing.id().equals(f.id()))
                .ifPresent(existing -> {
                    throw new ConsoleException("error.work.feedbackTwice", member.name(), String.valueOf(f.year()),
                            f.quarter(), store.branchName(existing.communityBranchId()).orElse(""),
                            existing.recordedBy());
                });
        return member;
    }

    private static Feedback cleaned(Feedback f, Long id, Integer version, Session who) {
        return new Feedback(id, f.memberId(), f.communityBranchId(), f.year(), f.quarter(), f.contacts(),
                f.activities(), f.hours(), f.rating(), Texts.clean(f.comments()), who.username(), version);
    }

    private static String summary(MemberRef member, Feedback f) {
        return member.name() + " / " + f.year() + "Q" + f.quarter();
    }
}
