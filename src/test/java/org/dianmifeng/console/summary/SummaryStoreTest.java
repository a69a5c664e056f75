package org.dianmifeng.console.summary;

import static org.dianmifeng.console.db.Tables.COMMUNITY_SERVICE;
import static org.dianmifeng.console.db.Tables.PARTY_MEMBER;
import static org.dianmifeng.console.testing.SummaryFixtures.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.UnitScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The member rows of the summary: one grouped pass over the year's service records, per member. */
class SummaryStoreTest {
    @TempDir Path dir;
    private TestServices t;
    private SummaryFixtures f;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir);
        f = new SummaryFixtures(t).scenario();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private long memberId(Person p) {
        return t.services().database().read(dsl -> dsl.select(PARTY_MEMBER.ID).from(PARTY_MEMBER)
                .where(PARTY_MEMBER.PERSON_ID.eq(p.id())).fetchOne(PARTY_MEMBER.ID));
    }

    /** A service record written straight to the table: the member need not be enrolled in that community. */
    private void serve(Person p, Community c, LocalDate on, String hours) {
        long member = memberId(p);
        t.services().database().transaction(dsl -> dsl.insertInto(COMMUNITY_SERVICE)
                .set(COMMUNITY_SERVICE.MEMBER_ID, member).set(COMMUNITY_SERVICE.COMMUNITY_ID, c.id())
                .set(COMMUNITY_SERVICE.SERVED_ON, on).set(COMMUNITY_SERVICE.CONTENT, "入户走访")
                .set(COMMUNITY_SERVICE.HOURS, new BigDecimal(hours)).set(COMMUNITY_SERVICE.RECORDED_BY, "admin")
                .execute());
    }

    private List<AnnualSummary.MemberLine> members(int year) {
        List<AnnualSummary.MemberLine> lines = new ArrayList<>();
        t.services().database().read(dsl -> {
            new SummaryStore(dsl).members(UnitScope.ALL, year, lines::add);
            return null;
        });
        return lines;
    }

    @Test
    void aMemberServingInTwoCommunitiesIsOneRowNamingBothOnce() {
        Community second = new PartyFixtures(t).community("C2", "东虹社区");
        serve(f.jiang1, second, LocalDate.of(YEAR, 5, 1), "1.0");
        serve(f.jiang1, second, LocalDate.of(YEAR, 9, 1), "2.0");
        serve(f.yi2, second, LocalDate.of(YEAR + 1, 1, 1), "8.0");
        serve(f.yi2, second, LocalDate.of(YEAR - 1, 12, 31), "8.0");

        List<AnnualSummary.MemberLine> lines = members(YEAR);

        assertEquals(2, lines.size(), lines.toString());
        AnnualSummary.MemberLine jiang = lines.get(0);
        assertEquals("江一", jiang.name(), "江阴公司党支部 first, as the party sheet");
        assertEquals("江阴公司党支部", jiang.branchName());
        assertEquals(f.jy.name(), jiang.unitName());
        assertEquals("东虹社区" + SummaryStore.LIST_SEPARATOR + "华士社区", jiang.communities(), "each community once, by name");
        assertEquals(4, jiang.records(), "two records in each community in the year; the 2025 one not");
        assertEquals(0, new BigDecimal("8.5").compareTo(jiang.hours()), jiang.hours().toString());
        AnnualSummary.MemberLine yi = lines.get(1);
        assertEquals("宜兴公司党支部", yi.branchName());
        assertEquals("华士社区", yi.communities(), "the service of other years is not counted");
        assertEquals(1, yi.records());
        assertEquals(0, new BigDecimal("1.5").compareTo(yi.hours()));
    }

    @Test
    void aYearWithoutServiceHasNoMemberRows() {
        assertEquals(List.of(), members(YEAR + 5));
        List<AnnualSummary.MemberLine> previous = members(YEAR - 1);
        assertEquals(1, previous.size());
        assertEquals("江一", previous.get(0).name());
        assertEquals(1, previous.get(0).records());
    }
}
