package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dianmifeng.console.aidcase.AidCase;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;

/**
 * The data of the annual summary's tests: people, teams, party members, service, appraisals, aid cases and
 * honours over the city company (CITY) and two counties below it (JY 江阴, YX 宜兴), made through the services
 * except honours, which are inserted with jOOQ (the honour service is another slice's). Counts are small and
 * known; every test states what it expects from what it made here.
 */
public final class SummaryFixtures {
    public static final int YEAR = 2026;
    public static final String FORMULA_NAME = "=HYPERLINK(\"x\")";
    private final TestServices t;
    private final PartyFixtures party;
    private final CaseFixtures cases;
    private int people;

    public Unit city;
    public Unit jy;
    public Unit yx;
    public Person jiang1;
    public Person jiang2;
    public Person jiang3;
    public Person jiang4;
    public Person yi1;
    public Person yi2;
    public Person yi3;
    public Person shi1;
    public Team teamJy;
    public Team teamYx;
    public Branch branchJy;
    public Branch branchYx;
    public PartyMember memberJiang1;

    public SummaryFixtures(TestServices t) {
        this.t = t;
        this.party = new PartyFixtures(t);
        this.cases = new CaseFixtures(t);
    }

    /** A person with a synthetic ID number of the gender asked, a volunteer number when {@code volunteer}. */
    public Person person(String name, Unit unit, PoliticalStatus status, boolean male, boolean volunteer) {
        int n = ++people;
        String id = ResidentId.withCheckDigit("32028119900101" + String.format("%02d", n) + (male ? "1" : "2"));
        return t.services().people().create(ADMIN, new Person(null, name, ResidentId.gender(id),
                ResidentId.birthDate(id).orElseThrow(), id, null, unit.id(), null, status,
                volunteer ? "V-" + n : null, null, null, null));
    }

    /**
     * The whole scenario. In {@value #YEAR}, for the whole company: 8 people (party 3, probationary 1, league 1,
     * masses 3; 4 men, 4 women; 4 volunteers); 2 active teams, 3 members by the year's end, 2 joined in the year;
     * 4 party members, 2 enrolled in the year, 3 service records of 7.0 hours (and one of 4.0 hours in 2025),
     * appraisals: 1 excellent and 1 qualified confirmed, 2 not confirmed; cases referred by the year's end:
     * 1 handed over, 2 referred (one from 2025), 2 referred and 1 handed over in the year; honours: 1 national,
     * 1 provincial, 1 city, 1 company (and 1 county in 2025). For JY alone: 4 people (party 2, league 1, masses 1;
     * 2 men; 2 volunteers), 1 team with 2 members, 1 joined; 2 party members, 1 enrolled, 2 records of 5.5 hours,
     * 1 excellent and 1 not confirmed; 1 handed over and 1 referred, both in the year; 1 provincial and 1 city honour.
     */
    public SummaryFixtures scenario() {
        city = t.city();
        jy = cases.unit();
        yx = t.unit("YX", "宜兴市供电公司", city);
        jiang1 = person("江一", jy, PoliticalStatus.PARTY_MEMBER, true, true);
        jiang2 = person("江二", jy, PoliticalStatus.PARTY_MEMBER, false, false);
        jiang3 = person("江三", jy, PoliticalStatus.LEAGUE_MEMBER, false, true);
        jiang4 = person("江四", jy, PoliticalStatus.MASSES, true, false);
        yi1 = person("宜一", yx, PoliticalStatus.PARTY_MEMBER, true, true);
        yi2 = person("宜二", yx, PoliticalStatus.PROBATIONARY_MEMBER, false, false);
        yi3 = person("宜三", yx, PoliticalStatus.MASSES, false, true);
        shi1 = person("市一", city, PoliticalStatus.MASSES, true, false);

        teamJy = t.services().teams().create(ADMIN, new Team(null, "江阴澄心澄意共产党员服务队", TeamKind.PARTY_MEMBER,
                jy.id(), null, LocalDate.of(2020, 1, 1), null, null, true, null));
        teamYx = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动志愿服务队", TeamKind.YOUTH, yx.id(), null,
                LocalDate.of(2020, 1, 1), null, null, true, null));
        Team closed = t.services().teams().create(ADMIN, new Team(null, "已撤销服务队", TeamKind.OTHER, jy.id(), null,
                LocalDate.of(2020, 1, 1), null, null, true, null));
        join(teamJy, jiang1, LocalDate.of(2025, 5, 1), TeamMemberRole.CAPTAIN);
        join(teamJy, jiang3, LocalDate.of(2026, 2, 1), TeamMemberRole.MEMBER);
        join(teamYx, yi3, LocalDate.of(2026, 7, 1), TeamMemberRole.CAPTAIN);
        join(closed, jiang4, LocalDate.of(2026, 1, 1), TeamMemberRole.MEMBER);
        t.services().teams().setActive(ADMIN, t.services().teams().get(ADMIN, closed.id()).team(), false);

        Community community = party.community("C1", "华士社区");
        Grid grid = party.grid(community.id(), "一网格");
        branchJy = party.workBranch("JYB", "江阴公司党支部", jy);
        branchYx = party.workBranch("YXB", "宜兴公司党支部", yx);
        PartyMember mJiang1 = member(jiang1, branchJy, PartyFixtures.FULL);
        memberJiang1 = mJiang1;
        PartyMember mJiang2 = member(jiang2, branchJy, PartyFixtures.FULL);
        PartyMember mYi1 = member(yi1, branchYx, PartyFixtures.FULL);
        PartyMember mYi2 = member(yi2, branchYx, null);
        party.enrol(mJiang1.id(), grid.id(), LocalDate.of(2025, 3, 1));
        party.enrol(mYi1.id(), grid.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
        party.enrol(mYi2.id(), grid.id(), LocalDate.of(2026, 5, 1));
        serve(mJiang1, community, LocalDate.of(2025, 12, 31), "4.0");
        serve(mJiang1, community, LocalDate.of(2026, 3, 1), "2.5");
        serve(mJiang1, community, LocalDate.of(2026, 4, 1), "3.0");
        serve(mYi2, community, LocalDate.of(2026, 6, 1), "1.5");
        appraisal(mJiang1, branchJy, AppraisalStatus.CONFIRMED, Grade.EXCELLENT);
        appraisal(mJiang2, branchJy, AppraisalStatus.PROPOSED, null);
        appraisal(mYi1, branchYx, AppraisalStatus.CONFIRMED, Grade.QUALIFIED);
        appraisal(mYi2, branchYx, AppraisalStatus.DRAFT, null);

        Session officer = cases.officer("officer");
        cases.aidCase(officer, AidCaseStatus.HANDED_OVER);
        cases.refer(officer, "王小二", true);
        cases.refer(officer, cases.child("王小三", LocalDate.of(2016, 4, 1), true),
                new AidCase(null, null, null, "宜城街道", "张老师", LocalDate.of(2025, 5, 1), yx.id(), null, null, null,
                        null));

        honour("四个100最佳志愿服务组织", HonourLevel.NATIONAL, YEAR, RecipientKind.TEAM, teamYx.id());
        honour("江苏省优秀志愿服务组织", HonourLevel.PROVINCIAL, YEAR, RecipientKind.UNIT, jy.id());
        honour("无锡市优秀志愿者", HonourLevel.CITY, YEAR, RecipientKind.PERSON, jiang1.id());
        honour("公司先进集体", HonourLevel.COMPANY, YEAR, RecipientKind.UNIT, city.id());
        honour("江阴市先进集体", HonourLevel.COUNTY, YEAR - 1, RecipientKind.UNIT, jy.id());
        return this;
    }

    /**
     * 江一 also served a second community, 周庄社区, in the year (1.0 hour; inserted with jOOQ, as a record kept
     * from an enrolment since moved): his member row lists two communities.
     */
    public void secondCommunity() {
        long community = party.community("C2", "周庄社区").id();
        t.services().database().transaction(dsl -> dsl.insertInto(COMMUNITY_SERVICE)
                .set(COMMUNITY_SERVICE.MEMBER_ID, memberJiang1.id())
                .set(COMMUNITY_SERVICE.COMMUNITY_ID, community)
                .set(COMMUNITY_SERVICE.SERVED_ON, LocalDate.of(YEAR, 5, 1))
                .set(COMMUNITY_SERVICE.CONTENT, "飞线整治")
                .set(COMMUNITY_SERVICE.HOURS, new BigDecimal("1.0"))
                .set(COMMUNITY_SERVICE.RECORDED_BY, "admin")
                .execute());
    }

    /** Renames 宜二 (a probationary member with service in the year) to text that looks like a formula. */
    public void formulaName() {
        t.services().database().transaction(dsl -> dsl.update(org.dianmifeng.console.db.Tables.PERSON)
                .set(org.dianmifeng.console.db.Tables.PERSON.NAME, FORMULA_NAME)
                .where(org.dianmifeng.console.db.Tables.PERSON.ID.eq(yi2.id())).execute());
    }

    private void join(Team team, Person p, LocalDate on, TeamMemberRole role) {
        t.services().teams().addMember(ADMIN, new TeamMember(null, team.id(),
                new PersonRef(p.id(), p.name(), null, null, null), on, role, null));
    }

    private PartyMember member(Person p, Branch branch, LocalDate fullOn) {
        return t.services().organisation().addMember(ADMIN, new PartyMember(null, p.id(), branch.id(),
                PartyFixtures.JOINED, fullOn, null));
    }

    private void serve(PartyMember m, Community c, LocalDate on, String hours) {
        t.services().communityWork().addService(ADMIN, new ServiceRecord(null, m.id(), c.id(), on, "飞线整治",
                new BigDecimal(hours), null, null));
    }

    private void appraisal(PartyMember m, Branch b, AppraisalStatus status, Grade grade) {
        party.appraisal(new Appraisal(null, m.id(), b.id(), YEAR, null, null, null, null, null, null, null, null, null,
                null, grade == null ? Grade.QUALIFIED : grade, null, grade, null, status, null,
                grade == null ? null : "admin", null, null));
    }

    /** Inserts an honour with jOOQ: RECIPIENT_ID is the id in the column of the kind (the CHECK requires it). */
    public long honour(String title, HonourLevel level, int year, RecipientKind kind, long recipientId) {
        return t.services().database().transaction(dsl -> dsl.insertInto(HONOUR)
                .set(HONOUR.TITLE, title)
                .set(HONOUR.LEVEL_CODE, level.name())
                .set(HONOUR.AWARDED_BY, "颁发机关")
                .set(HONOUR.FOR_YEAR, year)
                .set(HONOUR.AWARDED_ON, LocalDate.of(year, 12, 1))
                .set(HONOUR.RECIPIENT_KIND, kind.name())
                .set(HONOUR.UNIT_ID, kind == RecipientKind.UNIT ? recipientId : null)
                .set(HONOUR.TEAM_ID, kind == RecipientKind.TEAM ? recipientId : null)
                .set(HONOUR.PERSON_ID, kind == RecipientKind.PERSON ? recipientId : null)
                .set(HONOUR.RECIPIENT_ID, recipientId)
                .returning(HONOUR.ID).fetchOne(HONOUR.ID));
    }
}
