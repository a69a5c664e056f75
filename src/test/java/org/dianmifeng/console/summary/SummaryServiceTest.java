package org.dianmifeng.console.summary;

import static org.dianmifeng.console.db.Tables.AID_CASE;
import static org.dianmifeng.console.db.Tables.APPRAISAL;
import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.TEAM_MEMBER;
import static org.dianmifeng.console.testing.SummaryFixtures.YEAR;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.jooq.impl.DSL;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year's figures against the data the fixture made: whole company, one unit, another year. */
class SummaryServiceTest {
    @TempDir Path dir;
    private TestServices t;
    private SummaryService summary;
    private SummaryFixtures fixtures;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir);
        fixtures = new SummaryFixtures(t).scenario();
        summary = t.services().summary();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void theWholeCompanysFiguresOfTheYear() {
        YearFigures f = summary.figures(VIEWER, YEAR, null);
        assertEquals(YEAR, f.year());
        assertNull(f.unitName());
        assertEquals(8, f.people().total());
        assertEquals(3, f.people().byStatus().get(PoliticalStatus.PARTY_MEMBER));
        assertEquals(1, f.people().byStatus().get(PoliticalStatus.PROBATIONARY_MEMBER));
        assertEquals(1, f.people().byStatus().get(PoliticalStatus.LEAGUE_MEMBER));
        assertEquals(3, f.people().byStatus().get(PoliticalStatus.MASSES));
        assertEquals(4, f.people().byGender().get(Gender.MALE));
        assertEquals(4, f.people().byGender().get(Gender.FEMALE));
        assertEquals(4, f.people().volunteers());

        assertEquals(new YearFigures.Teams(2, 3, 2), f.teams());

        assertEquals(4, f.party().members());
        assertEquals(2, f.party().enrolled());
        assertEquals(2, f.party().served());
        assertEquals(3, f.party().serviceRecords());
        assertEquals(0, new BigDecimal("7.0").compareTo(f.party().serviceHours()), f.party().serviceHours().toString());
        assertEquals(1, f.party().confirmedByGrade().get(Grade.EXCELLENT));
        assertEquals(1, f.party().confirmedByGrade().get(Grade.QUALIFIED));
        assertEquals(0, f.party().confirmedByGrade().get(Grade.UNQUALIFIED));
        assertEquals(2, f.party().notConfirmed());

        assertEquals(1, f.cases().byStatus().get(AidCaseStatus.HANDED_OVER));
        assertEquals(2, f.cases().byStatus().get(AidCaseStatus.REFERRED));
        assertEquals(3, f.cases().open());
        assertEquals(2, f.cases().referredInYear());
        assertEquals(1, f.cases().handedOverInYear());

        assertEquals(1, f.honours().byLevel().get(HonourLevel.NATIONAL));
        assertEquals(1, f.honours().byLevel().get(HonourLevel.PROVINCIAL));
        assertEquals(1, f.honours().byLevel().get(HonourLevel.CITY));
        assertEquals(0, f.honours().byLevel().get(HonourLevel.COUNTY));
        assertEquals(1, f.honours().byLevel().get(HonourLevel.COMPANY));
        assertTrue(f.hasYearData());
    }

    @Test
    void oneUnitCountsItselfAndTheUnitsBelowIt() {
        YearFigures jy = summary.figures(SECRETARY, YEAR, "jy");
        assertEquals("江阴市供电公司", jy.unitName());
        assertEquals(4, jy.people().total());
        assertEquals(2, jy.people().byStatus().get(PoliticalStatus.PARTY_MEMBER));
        assertEquals(2, jy.people().byGender().get(Gender.MALE));
        assertEquals(2, jy.people().volunteers());
        assertEquals(new YearFigures.Teams(1, 2, 1), jy.teams());
        assertEquals(2, jy.party().members());
        assertEquals(1, jy.party().enrolled());
        assertEquals(1, jy.party().served());
        assertEquals(2, jy.party().serviceRecords());
        assertEquals(0, new BigDecimal("5.5").compareTo(jy.party().serviceHours()));
        assertEquals(1, jy.party().confirmedByGrade().get(Grade.EXCELLENT));
        assertEquals(1, jy.party().notConfirmed());
        assertEquals(1, jy.cases().byStatus().get(AidCaseStatus.HANDED_OVER));
        assertEquals(1, jy.cases().byStatus().get(AidCaseStatus.REFERRED));
        assertEquals(1, jy.honours().byLevel().get(HonourLevel.PROVINCIAL));
        assertEquals(1, jy.honours().byLevel().get(HonourLevel.CITY));
        assertEquals(2, jy.honours().total());

        // the city company is the top: the same as the whole company, named
        YearFigures city = summary.figures(VIEWER, YEAR, "CITY");
        assertEquals(summary.figures(VIEWER, YEAR, null).people(), city.people());
        assertEquals(4, city.honours().total());
    }

    @Test
    void anotherYearCountsWhatIsDatedInIt() {
        YearFigures f = summary.figures(VIEWER, YEAR - 1, null);
        assertEquals(1, f.party().serviceRecords());
        assertEquals(0, new BigDecimal("4.0").compareTo(f.party().serviceHours()));
        assertEquals(2, f.party().enrolled(), "one enrolment ended in 2025, one still runs");
        assertEquals(0, f.party().appraisals());
        assertEquals(1, f.teams().members());
        assertEquals(1, f.teams().joinedInYear(), "the captain of 江阴 joined in 2025");
        assertEquals(1, f.cases().total());
        assertEquals(1, f.cases().referredInYear());
        assertEquals(1, f.honours().byLevel().get(HonourLevel.COUNTY));
        assertTrue(f.hasYearData());

        YearFigures empty = summary.figures(VIEWER, 2020, null);
        assertFalse(empty.hasYearData());
        assertEquals(4, empty.party().members(), "members who joined in 2010 count at the end of 2020");
        assertEquals(0, empty.party().enrolled());
    }

    @Test
    void aTeamCountsFromTheYearItWasFounded() {
        Team later = t.services().teams().create(ADMIN, new Team(null, "江阴新建服务队", TeamKind.OTHER,
                fixtures.jy.id(), null, LocalDate.of(YEAR, 3, 1), null, null, true, null));
        t.services().teams().addMember(ADMIN, new TeamMember(null, later.id(),
                new PersonRef(fixtures.jiang2.id(), fixtures.jiang2.name(), null, null, null), LocalDate.of(YEAR, 3, 1),
                TeamMemberRole.MEMBER, null));

        assertEquals(new YearFigures.Teams(3, 4, 3), summary.figures(VIEWER, YEAR, null).teams(),
                "founded in the year: counted with its member");
        assertEquals(new YearFigures.Teams(2, 1, 1), summary.figures(VIEWER, YEAR - 1, null).teams(),
                "founded after the year: not counted");
        List<String> before = t.services().database().read(dsl -> new SummaryStore(dsl)
                .teamLines(UnitScope.ALL, YEAR - 1)).stream().map(AnnualSummary.TeamLine::name).toList();
        assertEquals(List.of("江阴澄心澄意共产党员服务队", "蜜蜂行动志愿服务队"), before);
        List<String> in = t.services().database().read(dsl -> new SummaryStore(dsl)
                .teamLines(UnitScope.ALL, YEAR)).stream().map(AnnualSummary.TeamLine::name).toList();
        assertTrue(in.contains("江阴新建服务队"), in.toString());
    }

    @Test
    void theDashboardsTwoReadsMakeTheFiguresAndOnlyTheSecondReadsTheYearsService() {
        for (String unit : java.util.Arrays.asList(null, "jy", "YX")) {
            for (int year : List.of(YEAR, YEAR - 1, 2020)) {
                YearFigures.First first = summary.first(VIEWER, year, unit);
                YearFigures.Service service = summary.service(VIEWER, year, unit);
                assertEquals(summary.figures(VIEWER, year, unit), first.with(service), unit + " " + year);
            }
        }
        YearFigures.Service service = summary.service(SECRETARY, YEAR, "jy");
        assertEquals(List.of(1, 2), List.of(service.party().served(), service.party().serviceRecords()));
        assertEquals(0, new BigDecimal("5.5").compareTo(service.party().serviceHours()));
        // a service record more changes the second read only
        YearFigures.First before = summary.first(VIEWER, YEAR, null);
        YearFigures.Party served = summary.service(VIEWER, YEAR, null).party();
        fixtures.secondCommunity(); // 江一 serves another community, 1.0 hour in the year
        assertEquals(before, summary.first(VIEWER, YEAR, null), "the first figures read no service record");
        YearFigures.Party now = summary.service(VIEWER, YEAR, null).party();
        assertEquals(served.serviceRecords() + 1, now.serviceRecords());
        assertEquals(0, served.serviceHours().add(BigDecimal.ONE).compareTo(now.serviceHours()));
    }

    @Test
    void anUnknownUnitIsNamed() {
        ConsoleException e = assertThrows(ConsoleException.class, () -> summary.figures(VIEWER, YEAR, "NOPE"));
        assertEquals("error.report.unknownUnit", e.key());
        assertTrue(Messages.of(Messages.CHINESE).describe(e).contains("NOPE"));
    }

    @Test
    void theYearsToOfferAreThoseWithDataAndThisYearNewestFirst() {
        assertEquals(List.of(2026, 2025), summary.years(), "the scenario's data is of 2025 and 2026");
        new SummaryFixtures(t).honour("一九九八年的荣誉", HonourLevel.CITY, 1998, RecipientKind.UNIT,
                t.services().units().all(VIEWER).get(0).id());
        // one row of every other dated kind moved to a year of its own
        t.services().database().transaction(dsl -> {
            dsl.update(COMMUNITY_SERVICE).set(COMMUNITY_SERVICE.SERVED_ON, LocalDate.of(2011, 3, 1))
                    .where(COMMUNITY_SERVICE.ID.eq(dsl.select(DSL.min(COMMUNITY_SERVICE.ID)).from(COMMUNITY_SERVICE)))
                    .execute();
            dsl.update(APPRAISAL).set(APPRAISAL.FOR_YEAR, 2012)
                    .where(APPRAISAL.ID.eq(dsl.select(DSL.min(APPRAISAL.ID)).from(APPRAISAL))).execute();
            dsl.update(AID_CASE).set(AID_CASE.REFERRED_ON, LocalDate.of(2013, 5, 1))
                    .where(AID_CASE.ID.eq(dsl.select(DSL.min(AID_CASE.ID)).from(AID_CASE)
                            .where(AID_CASE.HANDED_OVER_ON.isNull()))).execute();
            dsl.update(AID_CASE).set(AID_CASE.HANDED_OVER_ON, LocalDate.of(2030, 1, 2))
                    .where(AID_CASE.HANDED_OVER_ON.isNotNull()).execute();
            dsl.update(TEAM_MEMBER).set(TEAM_MEMBER.JOINED_ON, LocalDate.of(2014, 6, 1))
                    .where(TEAM_MEMBER.ID.eq(dsl.select(DSL.min(TEAM_MEMBER.ID)).from(TEAM_MEMBER))).execute();
            return null;
        });
        assertEquals(List.of(2030, 2026, 2025, 2014, 2013, 2012, 2011, 1998), summary.years());
    }

    @Test
    void withoutDataOnlyThisYearIsOffered(@TempDir Path empty) {
        try (TestServices none = new TestServices(empty)) {
            assertEquals(List.of(2026), none.services().summary().years());
        }
    }
}
