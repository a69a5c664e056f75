package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.CHILD;
import static org.dianmifeng.console.db.Tables.FOLLOW_UP;
import static org.dianmifeng.console.db.Tables.PAIRING;
import static org.dianmifeng.console.db.Tables.PERSON;
import static org.dianmifeng.console.db.Tables.RENOVATION_ITEM;
import static org.dianmifeng.console.db.Tables.SITE_VISIT;
import static org.dianmifeng.console.db.Tables.SITE_VISITOR;
import static org.dianmifeng.console.db.Tables.TEAM;
import static org.dianmifeng.console.db.Tables.UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.Gender;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The queries of the case reports: the pseudonymised register lines (the birth date is turned into an age
 * band here and never leaves the store) and everything of one case for an officer's summary (its EXPORT row
 * of the identity access log is written by {@link IdentityStore}).
 */
public final class CaseReportStore {
    private final DSLContext dsl;

    public CaseReportStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every case, by code, as the register shows it on {@code today}: no identity field is read out. */
    public List<CaseRegister.Line> registerLines(LocalDate today) {
        Field<BigDecimal> planned = DSL.field(DSL.select(DSL.sum(RENOVATION_ITEM.QUANTITY.mul(RENOVATION_ITEM.UNIT_PRICE)))
                .from(RENOVATION_ITEM).where(RENOVATION_ITEM.CASE_ID.eq(AID_CASE.ID))).as("PLANNED");
        Field<BigDecimal> actual = DSL.field(DSL.select(DSL.sum(RENOVATION_ITEM.ACTUAL_COST))
                .from(RENOVATION_ITEM).where(RENOVATION_ITEM.CASE_ID.eq(AID_CASE.ID))).as("ACTUAL");
        Field<Integer> done = followUps(FOLLOW_UP.DONE_ON.isNotNull()).as("DONE");
        Field<Integer> open = followUps(CaseWorkStore.FOLLOW_UP_OPEN).as("OPEN");
        Field<Integer> overdue = followUps(CaseWorkStore.FOLLOW_UP_OPEN.and(FOLLOW_UP.DUE_ON.lt(today))).as("OVERDUE");
        return dsl.select(AID_CASE.CODE, CHILD.BIRTH_DATE, CHILD.TOWNSHIP, CHILD.CATEGORY, UNIT.NAME, TEAM.NAME,
                        AID_CASE.REFERRED_ON, AID_CASE.STATUS, AID_CASE.HANDED_OVER_ON,
                        planned, actual, done, open, overdue)
                .from(AID_CASE)
                .join(CHILD).on(CHILD.ID.eq(AID_CASE.CHILD_ID))
                .join(UNIT).on(UNIT.ID.eq(AID_CASE.UNIT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AID_CASE.TEAM_ID))
                .orderBy(AID_CASE.CODE)
                .fetch(r -> new CaseRegister.Line(r.get(AID_CASE.CODE),
                        AgeBand.of(r.get(CHILD.BIRTH_DATE), today).orElse(null),
                        r.get(CHILD.TOWNSHIP), EligibilityCategory.valueOf(r.get(CHILD.CATEGORY)), r.get(UNIT.NAME),
                        r.get(TEAM.NAME), r.get(AID_CASE.REFERRED_ON),
                        AidCaseStatus.valueOf(r.get(AID_CASE.STATUS)), r.get(AID_CASE.HANDED_OVER_ON),
                        r.get(planned), r.get(actual), r.get(done), r.get(open), r.get(overdue)));
    }

    private static Field<Integer> followUps(org.jooq.Condition condition) {
        return DSL.field(DSL.selectCount().from(FOLLOW_UP)
                .where(FOLLOW_UP.CASE_ID.eq(AID_CASE.ID).and(condition)));
    }

    /** Everything of one case for the officer's summary, identity included; empty if there is no such case. */
    public Optional<CaseSummary.Data> summary(long caseId) {
        return dsl.select(AID_CASE.fields()).select(CHILD.fields()).select(UNIT.NAME, TEAM.NAME)
                .from(AID_CASE)
                .join(CHILD).on(CHILD.ID.eq(AID_CASE.CHILD_ID))
                .join(UNIT).on(UNIT.ID.eq(AID_CASE.UNIT_ID))
                .leftJoin(TEAM).on(TEAM.ID.eq(AID_CASE.TEAM_ID))
                .where(AID_CASE.ID.eq(caseId))
                .fetchOptional(r -> new CaseSummary.Data(caseFacts(r), identity(r), events(caseId), visits(caseId),
                        pairings(caseId), items(caseId), followUps(caseId)));
    }

    private static CaseSummary.Case caseFacts(Record r) {
        return new CaseSummary.Case(r.get(AID_CASE.CODE), AidCaseStatus.valueOf(r.get(AID_CASE.STATUS)),
                r.get(UNIT.NAME), r.get(TEAM.NAME), r.get(AID_CASE.REFERRAL_SOURCE), r.get(AID_CASE.REFERRER),
                r.get(AID_CASE.REFERRED_ON), r.get(AID_CASE.HANDED_OVER_ON), r.get(CHILD.TOWNSHIP),
                r.get(CHILD.COMMUNITY), EligibilityCategory.valueOf(r.get(CHILD.CATEGORY)), r.get(CHILD.CATEGORY_NOTE));
    }

    private static CaseSummary.Identity identity(Record r) {
        return new CaseSummary.Identity(r.get(CHILD.NAME), Gender.valueOf(r.get(CHILD.GENDER)), r.get(CHILD.BIRTH_DATE),
                r.get(CHILD.ID_NUMBER), r.get(CHILD.SCHOOL), r.get(CHILD.SCHOOL_GRADE), r.get(CHILD.ADDRESS),
                r.get(CHILD.GUARDIAN_NAME), r.get(CHILD.GUARDIAN_RELATION), r.get(CHILD.GUARDIAN_PHONE),
                r.get(CHILD.CONSENT_ON), r.get(CHILD.CONSENT_SCOPE), r.get(CHILD.CONSENT_BY),
                r.get(CHILD.CONSENT_DOC_NAME));
    }

    private List<CaseSummary.Event> events(long caseId) {
        return new AidCaseStore(dsl).events(caseId).stream()
                .map(e -> new CaseSummary.Event(e.onDate(), e.from(), e.to(), e.user(), e.at(), e.reason()))
                .toList();
    }

    private List<CaseSummary.Visit> visits(long caseId) {
        Map<Long, List<String>> visitors = dsl.select(SITE_VISITOR.VISIT_ID, PERSON.NAME)
                .from(SITE_VISITOR).join(PERSON).on(PERSON.ID.eq(SITE_VISITOR.PERSON_ID))
                .join(SITE_VISIT).on(SITE_VISIT.ID.eq(SITE_VISITOR.VISIT_ID))
                .where(SITE_VISIT.CASE_ID.eq(caseId))
                .orderBy(PERSON.NAME)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.get(SITE_VISITOR.VISIT_ID),
                        Collectors.mapping(r -> r.get(PERSON.NAME), Collectors.toList())));
        return dsl.selectFrom(SITE_VISIT).where(SITE_VISIT.CASE_ID.eq(caseId))
                .orderBy(SITE_VISIT.VISITED_ON, SITE_VISIT.ID)
                .fetch(r -> new CaseSummary.Visit(r.getVisitedOn(), visitors.getOrDefault(r.getId(), List.of()), r.getOfficials(),
                        r.getFindings(), r.getNeeds()));
    }

    private List<CaseSummary.Pairing> pairings(long caseId) {
        return dsl.select(PERSON.NAME, UNIT.NAME, PAIRING.FROM_ON, PAIRING.TO_ON)
                .from(PAIRING).join(PERSON).on(PERSON.ID.eq(PAIRING.PERSON_ID))
                .leftJoin(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(PAIRING.CASE_ID.eq(caseId))
                .orderBy(PAIRING.FROM_ON, PAIRING.ID)
                .fetch(r -> new CaseSummary.Pairing(r.get(PERSON.NAME), r.get(UNIT.NAME), r.get(PAIRING.FROM_ON),
                        r.get(PAIRING.TO_ON)));
    }

    private List<CaseSummary.Item> items(long caseId) {
        return dsl.selectFrom(RENOVATION_ITEM).where(RENOVATION_ITEM.CASE_ID.eq(caseId))
                .orderBy(RENOVATION_ITEM.CATEGORY, RENOVATION_ITEM.ID)
                .fetch(r -> new CaseSummary.Item(RenovationCategory.valueOf(r.getCategory()), r.getDescription(),
                        r.getQuantity(), r.getUnitPrice(), r.getActualCost(), r.getSupplier(),
                        ItemStatus.valueOf(r.getStatus())));
    }

    private List<CaseSummary.FollowUp> followUps(long caseId) {
        return new CaseWorkStore(dsl).followUps(caseId).stream()
                .map(f -> new CaseSummary.FollowUp(f.activity(), f.dueOn(), f.doneOn(), f.participants(), f.notes(),
                        f.cancelledReason()))
                .toList();
    }
}
