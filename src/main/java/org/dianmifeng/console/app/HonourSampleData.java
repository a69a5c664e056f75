package org.dianmifeng.console.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dianmifeng.console.honour.Honour;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourStore;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.TeamStore;
import org.jooq.DSLContext;

/**
 * The honours of the sample data: the two of the article for the 宜兴 "蜜蜂行动" volunteer team (2021 全国学雷锋志愿服务
 * "四个100"最佳志愿服务组织 and 江苏省优秀志愿服务组织), and a spread of others from 2019 to this year at every level,
 * for units, teams and (fictitious) people, most with a certificate number, a few with a date and notes.
 */
final class HonourSampleData {
    static final int FIRST_YEAR = 2019;
    /** The article's 宜兴市供电公司"蜜蜂行动"新时代文明实践志愿服务队: the 宜兴 "蜜蜂行动" volunteer team of the sample teams. */
    static final String YIXING_TEAM = SampleData.TEAMS[9][0];
    static final String FOUR_100 = "全国学雷锋志愿服务“四个100”最佳志愿服务组织";
    static final String JIANGSU_EXCELLENT = "江苏省优秀志愿服务组织";
    private static final String ARTICLE_NOTE = "见报道：宜兴市供电公司“蜜蜂行动”新时代文明实践志愿服务队获评2021年度全国学雷锋"
            + "志愿服务最佳志愿服务组织、江苏省优秀志愿服务组织等称号。";
    /**
     * level, awarding body, title, category, recipient kind, recipient (a unit code; the index of a team in
     * {@link SampleData#TEAMS}; for a person the code of the unit, or its beginning, where they work), how many.
     */
    private static final String[][] SPREAD = {
        {"NATIONAL", "共青团中央", "全国青年文明号", "青年文明号", "UNIT", "YX-DS", "1"},
        {"NATIONAL", "中华全国总工会", "全国工人先锋号", "先进集体", "UNIT", "JY-HS", "1"},
        {"NATIONAL", "中央宣传部、中央文明办", "全国学雷锋志愿服务“四个100”最佳志愿服务项目", "志愿服务项目", "TEAM", "17", "1"},
        {"NATIONAL", "中央宣传部、中央文明办", "全国学雷锋志愿服务“四个100”最美志愿者", "先进个人", "PERSON", "YX", "1"},
        {"NATIONAL", "共青团中央", "全国优秀共青团员", "先进个人", "PERSON", "WX", "1"},
        {"PROVINCIAL", "共青团江苏省委", "江苏省青年文明号", "青年文明号", "UNIT", "CQ-CA", "1"},
        {"PROVINCIAL", "江苏省总工会", "江苏省工人先锋号", "先进集体", "UNIT", "XW-MC", "1"},
        {"PROVINCIAL", "江苏省文明办", "江苏省优秀志愿服务项目", "志愿服务项目", "TEAM", "18", "1"},
        {"PROVINCIAL", "江苏省文明办", "江苏省最美志愿者", "先进个人", "PERSON", "JY", "1"},
        {"PROVINCIAL", "共青团江苏省委", "江苏省优秀青年志愿者", "先进个人", "PERSON", "YX", "2"},
        {"PROVINCIAL", "共青团江苏省委", "江苏省五四红旗团委", "先进集体", "UNIT", "WX", "1"},
        {"PROVINCIAL", "江苏省文明办", "江苏省学雷锋活动示范点", "志愿服务组织", "TEAM", "0", "1"},
        {"CITY", "无锡市文明办", "无锡市优秀志愿服务组织", "志愿服务组织", "TEAM", "2", "1"},
        {"CITY", "共青团无锡市委", "无锡市青年文明号", "青年文明号", "UNIT", "HS-LS", "1"},
        {"CITY", "无锡市总工会", "无锡市工人先锋号", "先进集体", "UNIT", "XS-DG", "1"},
        {"CITY", "无锡市文明办", "无锡市最美志愿者", "先进个人", "PERSON", "CQ", "2"},
        {"CITY", "共青团无锡市委", "无锡市优秀青年志愿者", "先进个人", "PERSON", "XW", "1"},
        {"CITY", "无锡市委宣传部", "无锡市新时代文明实践优秀项目", "志愿服务项目", "TEAM", "7", "1"},
        {"CITY", "无锡市文明办", "无锡市学雷锋志愿服务先进集体", "志愿服务组织", "TEAM", "3", "1"},
        {"CITY", "无锡市总工会", "无锡市五一劳动奖章", "先进个人", "PERSON", "JY", "1"},
        {"COUNTY", "宜兴市委宣传部", "宜兴市新时代文明实践优秀志愿服务项目", "志愿服务项目", "TEAM", "9", "1"},
        {"COUNTY", "宜兴市文明办", "宜兴市优秀志愿者", "先进个人", "PERSON", "YX", "3"},
        {"COUNTY", "宜兴市文明委", "宜兴市文明单位", "文明单位", "UNIT", "YX", "1"},
        {"COUNTY", "宜兴市委政法委", "宜兴市“最美网格员”", "先进个人", "PERSON", "YX", "2"},
        {"COUNTY", "江阴市文明办", "江阴市学雷锋志愿服务优秀组织", "志愿服务组织", "TEAM", "8", "1"},
        {"COUNTY", "中共江阴市委", "江阴市优秀共产党员", "先进个人", "PERSON", "JY", "1"},
        {"COUNTY", "锡山区文明办", "锡山区优秀志愿服务组织", "志愿服务组织", "TEAM", "5", "1"},
        {"COUNTY", "共青团惠山区委", "惠山区青年文明号", "青年文明号", "UNIT", "HS-YS", "1"},
        {"COUNTY", "新吴区文明办", "新吴区最美志愿者", "先进个人", "PERSON", "XW", "1"},
        {"COUNTY", "梁溪区文明委", "梁溪区文明单位", "文明单位", "UNIT", "CQ", "1"},
        {"COMPANY", "国网江苏省电力有限公司", "国网江苏省电力有限公司优秀共产党员服务队", "共产党员服务队", "TEAM", "1", "1"},
        {"COMPANY", "国家电网有限公司", "国家电网有限公司优秀共产党员服务队", "共产党员服务队", "TEAM", "0", "1"},
        {"COMPANY", "国网江苏省电力有限公司", "国网江苏省电力有限公司先进集体", "先进集体", "UNIT", "JY", "1"},
        {"COMPANY", "国网江苏省电力有限公司", "国网江苏省电力有限公司青年文明号", "青年文明号", "UNIT", "XS-AZ", "1"},
        {"COMPANY", "共青团国网江苏省电力有限公司委员会", "国网江苏省电力有限公司优秀青年志愿者", "先进个人", "PERSON", "", "2"},
        {"COMPANY", "国网无锡供电公司党委", "无锡供电公司优秀共产党员", "先进个人", "PERSON", "", "4"},
        {"COMPANY", "国网无锡供电公司党委", "无锡供电公司先进基层党组织", "先进集体", "UNIT", "YX-YC", "1"},
        {"COMPANY", "国网无锡供电公司", "无锡供电公司优秀志愿服务队", "志愿服务组织", "TEAM", "16", "1"},
        {"COMPANY", "国网无锡供电公司", "无锡供电公司优秀志愿者", "先进个人", "PERSON", "", "3"},
        {"COMPANY", "国网无锡供电公司", "无锡供电公司“电蜜蜂”服务之星", "先进个人", "PERSON", "", "2"},
    };
    private static final String[] NOTES = {
        "在年度总结表彰大会上颁发。",
        "事迹入选当年学雷锋志愿服务先进典型宣传。",
        "证书原件存党委党建部档案室。",
    };

    private final Random random;

    HonourSampleData(Random random) {
        this.random = random;
    }

    /** Everything in the caller's transaction; returns how many honours it made. */
    int load(DSLContext dsl, Map<String, Unit> units, List<SampleData.Placed> people, LocalDate today) {
        TeamStore teams = new TeamStore(dsl);
        List<Honour> honours = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int thisYear = today.getYear();
        Long yixing = teams.byName(YIXING_TEAM).orElseThrow().id();
        honours.add(new Honour(null, FOUR_100, HonourLevel.NATIONAL, "志愿服务组织", "中央宣传部、中央文明办", 2021,
                LocalDate.of(2021, 3, 5),
                RecipientKind.TEAM, yixing, null, ARTICLE_NOTE, null));
        honours.add(new Honour(null, JIANGSU_EXCELLENT, HonourLevel.PROVINCIAL, "志愿服务组织", "江苏省文明办", 2021,
                LocalDate.of(2021, 12, 5),
                RecipientKind.TEAM, yixing, null, ARTICLE_NOTE, null));
        honours.forEach(h -> taken.add(key(h)));
        int span = Math.max(1, thisYear - FIRST_YEAR + 1);
        int k = 0;
        for (String[] s : SPREAD) {
            HonourLevel level = HonourLevel.valueOf(s[0]);
            RecipientKind kind = RecipientKind.valueOf(s[4]);
            int times = Integer.parseInt(s[6]);
            for (int n = 0; n < times; n++, k++) {
                // every year from 2019 to this year in turn, so that each has honours, this year too
                int year = Math.min(thisYear, FIRST_YEAR + (k + random.nextInt(2)) % span);
                Long recipient = switch (kind) {
                    case UNIT -> units.get(s[5]).id();
                    case TEAM -> teams.byName(SampleData.TEAMS[Integer.parseInt(s[5])][0]).orElseThrow().id();
                    case PERSON -> person(people, s[5]);
                };
                if (recipient == null) {
                    continue;
                }
                // every honour is dated, as the certificates are (a quarter drawn at random, the rest spread over the
                // year without drawing, so that the rest of the sample stays as it was); never after today
                LocalDate on = k % 4 == 0 ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : LocalDate.of(year, 1 + (k * 5) % 12, 1 + (k * 11) % 28);
                if (on.isAfter(today)) {
                    on = LocalDate.of(year, 1, 1).plusDays((k * 7L) % Math.max(1, today.getDayOfYear()));
                }
                String certificateNo = random.nextInt(100) < 85
                        ? String.format("%s-%d-%04d", prefix(level), year, 1 + random.nextInt(2000)) : null;
                String notes = k % 6 == 1 ? NOTES[random.nextInt(NOTES.length)] : null;
                Honour h = new Honour(null, s[2], level, s[3], s[1], year, on,
                        kind, recipient, certificateNo, notes, null);
                if (taken.add(key(h))) {
                    honours.add(h);
                }
            }
        }
        honours.forEach(h -> h.check(today).throwIfAny());
        new HonourStore(dsl).insertBatch(honours);
        return honours.size();
    }

    /** A person working at a unit whose code begins with {@code unitCode} (anyone if empty), or null if there is none. */
    private Long person(List<SampleData.Placed> people, String unitCode) {
        List<PersonRef> pool = people.stream().filter(p -> p.unitCode().startsWith(unitCode))
                .map(SampleData.Placed::person).toList();
        if (pool.isEmpty()) {
            pool = people.stream().map(SampleData.Placed::person).toList();
        }
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size())).id();
    }

    private static String prefix(HonourLevel level) {
        return switch (level) {
            case NATIONAL -> "QG";
            case PROVINCIAL -> "JS";
            case CITY -> "WX";
            case COUNTY -> "XQ";
            case COMPANY -> "GW";
        };
    }

    private static String key(Honour h) {
        return h.title() + "|" + h.year() + "|" + h.recipientKind() + "|" + h.recipientId();
    }
}
