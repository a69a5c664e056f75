package org.dianmifeng.console.testing;

import static org.dianmifeng.console.db.Tables.HONOUR;
import static org.dianmifeng.console.testing.TestServices.ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * The honours of the honour roll tests, written straight into HONOUR (the roll reads the table; the honours screen
 * and its service are another slice). The tree: 无锡供电公司 (CITY) above 宜兴市供电公司 (YX, with the team
 * 蜜蜂行动志愿服务队) above 宜兴运检中心 (YX-YJ, with the volunteer 张三), and 江阴市供电公司 (JY) beside YX.
 * {@link #standard()} gives six honours in 2021 (two national, two provincial, one city, none county, one company,
 * one of them undated, one titled like a formula with a certificate number like a phone number), one in 2020 and one
 * in 2019; none after 2021.
 */
public final class HonourRollFixtures {
    public static final String FORMULA_TITLE = "=HYPERLINK(\"http://x\",\"y\")";
    public static final String PHONE_LIKE_CERTIFICATE = "+86-510-87654321";

    private final TestServices t;

    public HonourRollFixtures(TestServices t) {
        this.t = t;
    }

    /** An honour as inserted: what the roll should show of it. */
    public record Inserted(long id, String title, HonourLevel level, int year, LocalDate on, RecipientKind kind,
                           String recipient, String unitName, String certificateNo) {
    }

    /** The units, team and person of {@link #standard()}, and the honours inserted. */
    public record Scenario(Unit city, Unit yixing, Unit inspection, Unit jiangyin, Team team, Person person,
                           List<Inserted> honours) {
        public List<Inserted> of(int year) {
            return honours.stream().filter(h -> h.year() == year).toList();
        }
    }

    public Scenario standard() {
        Unit city = t.city();
        Unit yixing = t.unit("YX", "宜兴市供电公司", city);
        Unit inspection = t.unit("YX-YJ", "宜兴运检中心", yixing);
        Unit jiangyin = t.unit("JY", "江阴市供电公司", city);
        Team team = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动志愿服务队", TeamKind.YOUTH, yixing.id(),
                null, null, null, null, true, null));
        Person person = t.person("张三", "32028219800101001", inspection);
        List<Inserted> in = new ArrayList<>();
        in.add(team(team, yixing, "2021年度全国学雷锋志愿服务“四个100”最佳志愿服务组织", HonourLevel.NATIONAL, 2021,
                LocalDate.of(2021, 12, 5), "中央文明办"));
        in.add(team(team, yixing, "江苏省优秀志愿服务组织", HonourLevel.PROVINCIAL, 2021, LocalDate.of(2021, 9, 1),
                "江苏省文明办"));
        in.add(unit(jiangyin, FORMULA_TITLE, HonourLevel.PROVINCIAL, 2021, LocalDate.of(2021, 6, 1), "江苏省总工会",
                PHONE_LIKE_CERTIFICATE));
        in.add(person(person, inspection, "无锡市优秀志愿者", HonourLevel.CITY, 2021, LocalDate.of(2021, 3, 5)));
        in.add(unit(yixing, "公司优秀志愿服务单位", HonourLevel.COMPANY, 2021, null, "国网无锡供电公司", null));
        in.add(unit(city, "全国五一劳动奖状", HonourLevel.NATIONAL, 2021, LocalDate.of(2021, 4, 28), "中华全国总工会",
                "QG-2021-001"));
        in.add(unit(yixing, "宜兴市文明单位", HonourLevel.COUNTY, 2020, LocalDate.of(2020, 12, 1), "宜兴市文明委", null));
        in.add(person(person, inspection, "全国向上向善好青年", HonourLevel.NATIONAL, 2019, LocalDate.of(2019, 5, 4)));
        return new Scenario(city, yixing, inspection, jiangyin, team, person, List.copyOf(in));
    }

    private Inserted unit(Unit u, String title, HonourLevel level, int year, LocalDate on, String by, String cert) {
        long id = insert(title, level, year, on, by, RecipientKind.UNIT, u.id(), cert);
        return new Inserted(id, title, level, year, on, RecipientKind.UNIT, u.name(), u.name(), cert);
    }

    private Inserted team(Team team, Unit unit, String title, HonourLevel level, int year, LocalDate on, String by) {
        long id = insert(title, level, year, on, by, RecipientKind.TEAM, team.id(), null);
        return new Inserted(id, title, level, year, on, RecipientKind.TEAM, team.name(), unit.name(), null);
    }

    private Inserted person(Person p, Unit unit, String title, HonourLevel level, int year, LocalDate on) {
        long id = insert(title, level, year, on, "共青团中央", RecipientKind.PERSON, p.id(), null);
        return new Inserted(id, title, level, year, on, RecipientKind.PERSON, p.name(), unit.name(), null);
    }

    /** One HONOUR row; the recipient id goes into the column of its kind and into RECIPIENT_ID. */
    public long insert(String title, HonourLevel level, int year, LocalDate on, String awardedBy, RecipientKind kind,
                       long recipientId, String certificateNo) {
        return t.services().database().transaction(dsl -> dsl.insertInto(HONOUR)
                .set(HONOUR.TITLE, title)
                .set(HONOUR.LEVEL_CODE, level.name())
                .set(HONOUR.AWARDED_BY, awardedBy)
                .set(HONOUR.FOR_YEAR, year)
                .set(HONOUR.AWARDED_ON, on)
                .set(HONOUR.RECIPIENT_KIND, kind.name())
                .set(HONOUR.UNIT_ID, kind == RecipientKind.UNIT ? recipientId : null)
                .set(HONOUR.TEAM_ID, kind == RecipientKind.TEAM ? recipientId : null)
                .set(HONOUR.PERSON_ID, kind == RecipientKind.PERSON ? recipientId : null)
                .set(HONOUR.RECIPIENT_ID, recipientId)
                .set(HONOUR.CERTIFICATE_NO, certificateNo)
                .set(HONOUR.VERSION, 0)
                .returning(HONOUR.ID)
                .fetchOne(HONOUR.ID));
    }
}
