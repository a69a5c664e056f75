package org.dianmifeng.console.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.Site;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.site.SiteStore;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Volunteer;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.dianmifeng.console.volunteer.VolunteerStore;
import org.jooq.DSLContext;

/**
 * The practice network and the volunteer registrations of the sample data (issue 17a), from a seed of their own so that
 * the rest of the sample stays as it was: the "电暖流"新时代文明实践基地 and 41 stations of the six kinds over the units of
 * "2县+4区域" (addresses in 无锡, 江阴 and 宜兴; amenities and opening hours by kind; a manager from the people of the
 * station's county or district; two suspended, one closed); and a VOLUNTEER row for every sample person with a
 * volunteer number, registered in the year their number says, a few paused or left with a reason.
 */
final class SiteSampleData {
    static final long SEED = 17_001L;
    static final String BASE_NAME = "“电暖流”新时代文明实践基地";
    /** code, name, kind, unit code, address. */
    static final String[][] SITES = {
        {"WX-BASE", BASE_NAME, "BASE", "WX", "无锡市梁溪区解放南路8号"},
        {"JY-PS-01", "江阴澄江新时代文明实践站", "PRACTICE_STATION", "JY-CJ", "江阴市澄江街道人民中路225号"},
        {"JY-BS-01", "澄江电蜜蜂小站", "BEE_STATION", "JY-CJ", "江阴市澄江街道虹桥南路58号"},
        {"JY-BP-01", "华士电蜜蜂驿站", "BEE_POST", "JY-HS", "江阴市华士镇华西大道88号"},
        {"JY-WS-01", "华士电蜜蜂工作站", "WORK_STATION", "JY-HS", "江阴市华士镇陆桥路12号"},
        {"JY-ES-01", "周庄电蜜蜂能源小站", "ENERGY_STATION", "JY-ZZ", "江阴市周庄镇长寿路19号"},
        {"JY-BP-02", "周庄电蜜蜂驿站", "BEE_POST", "JY-ZZ", "江阴市周庄镇周西路66号"},
        {"JY-PP-01", "青阳新时代文明实践点", "PRACTICE_POINT", "JY-QY", "江阴市青阳镇文化路3号"},
        {"JY-BS-02", "青阳电蜜蜂小站", "BEE_STATION", "JY-QY", "江阴市青阳镇迎宾西路27号"},
        {"JY-PS-02", "徐霞客新时代文明实践站", "PRACTICE_STATION", "JY-XXK", "江阴市徐霞客镇马镇路1号"},
        {"YX-PS-01", "宜城新时代文明实践站", "PRACTICE_STATION", "YX-YC", "宜兴市宜城街道人民中路162号"},
        {"YX-BS-01", "宜城电蜜蜂小站", "BEE_STATION", "YX-YC", "宜兴市宜城街道解放东路255号"},
        {"YX-BP-01", "宜城电蜜蜂驿站", "BEE_POST", "YX-YC", "宜兴市宜城街道东虹路9号"},
        {"YX-BP-02", "丁蜀电蜜蜂驿站", "BEE_POST", "YX-DS", "宜兴市丁蜀镇陶都路188号"},
        {"YX-WS-01", "丁蜀“蜜蜂行动”电蜜蜂工作站", "WORK_STATION", "YX-DS", "宜兴市丁蜀镇川埠路6号"},
        {"YX-ES-01", "和桥电蜜蜂能源小站", "ENERGY_STATION", "YX-HQ", "宜兴市和桥镇和桥南路39号"},
        {"YX-PP-01", "和桥新时代文明实践点", "PRACTICE_POINT", "YX-HQ", "宜兴市和桥镇永安路21号"},
        {"YX-BS-02", "官林电蜜蜂小站", "BEE_STATION", "YX-GL", "宜兴市官林镇官丰路15号"},
        {"YX-PS-02", "官林新时代文明实践站", "PRACTICE_STATION", "YX-GL", "宜兴市官林镇新街路2号"},
        {"YX-BP-03", "张渚电蜜蜂驿站", "BEE_POST", "YX-ZZ", "宜兴市张渚镇龙池路98号"},
        {"YX-ES-02", "张渚电蜜蜂能源小站", "ENERGY_STATION", "YX-ZZ", "宜兴市张渚镇善卷路5号"},
        {"CQ-PS-01", "崇安新时代文明实践站", "PRACTICE_STATION", "CQ-CA", "无锡市梁溪区中山路218号"},
        {"CQ-BP-01", "崇安电蜜蜂驿站", "BEE_POST", "CQ-CA", "无锡市梁溪区人民中路99号"},
        {"CQ-BS-01", "南长电蜜蜂小站", "BEE_STATION", "CQ-NC", "无锡市梁溪区清扬路128号"},
        {"CQ-WS-01", "南长电蜜蜂工作站", "WORK_STATION", "CQ-NC", "无锡市梁溪区南长街362号"},
        {"CQ-PP-01", "清名桥新时代文明实践点", "PRACTICE_POINT", "CQ-NC", "无锡市梁溪区清名路55号"},
        {"XW-PS-01", "梅村新时代文明实践站", "PRACTICE_STATION", "XW-MC", "无锡市新吴区梅村街道锡义路18号"},
        {"XW-ES-01", "梅村电蜜蜂能源小站", "ENERGY_STATION", "XW-MC", "无锡市新吴区梅村街道新友北路7号"},
        {"XW-BP-01", "硕放电蜜蜂驿站", "BEE_POST", "XW-SF", "无锡市新吴区硕放街道南开路3号"},
        {"XW-BS-01", "硕放电蜜蜂小站", "BEE_STATION", "XW-SF", "无锡市新吴区硕放街道薛典路66号"},
        {"XW-WS-01", "新吴电蜜蜂工作站", "WORK_STATION", "XW", "无锡市新吴区长江路21号"},
        {"XS-PS-01", "东港新时代文明实践站", "PRACTICE_STATION", "XS-DG", "无锡市锡山区东港镇港下西街8号"},
        {"XS-BP-01", "东港电蜜蜂驿站", "BEE_POST", "XS-DG", "无锡市锡山区东港镇锡港南路120号"},
        {"XS-ES-01", "安镇电蜜蜂能源小站", "ENERGY_STATION", "XS-AZ", "无锡市锡山区安镇街道吼山南路11号"},
        {"XS-PP-01", "安镇新时代文明实践点", "PRACTICE_POINT", "XS-AZ", "无锡市锡山区安镇街道胶阳路36号"},
        {"XS-BS-01", "锡山电蜜蜂小站", "BEE_STATION", "XS", "无锡市锡山区东亭街道团结中路2号"},
        {"HS-PS-01", "洛社新时代文明实践站", "PRACTICE_STATION", "HS-LS", "无锡市惠山区洛社镇人民北路16号"},
        {"HS-BP-01", "洛社电蜜蜂驿站", "BEE_POST", "HS-LS", "无锡市惠山区洛社镇洛藕路59号"},
        {"HS-WS-01", "阳山电蜜蜂工作站", "WORK_STATION", "HS-YS", "无锡市惠山区阳山镇桃源中路7号"},
        {"HS-BS-01", "阳山电蜜蜂小站", "BEE_STATION", "HS-YS", "无锡市惠山区阳山镇阳山大道88号"},
        {"HS-ES-01", "惠山电蜜蜂能源小站", "ENERGY_STATION", "HS", "无锡市惠山区堰桥街道堰新路311号"},
        {"HS-PP-01", "阳山桃园新时代文明实践点", "PRACTICE_POINT", "HS-YS", "无锡市惠山区阳山镇桃园村文化礼堂"},
    };
    /** The codes of the sites that are suspended and closed. */
    private static final Set<String> SUSPENDED = Set.of("JY-BP-02", "XS-PP-01");
    private static final String CLOSED = "CQ-WS-01";
    private static final String[] PAUSE_REASONS = {"外派挂职一年，暂停服务", "产假期间暂停服务", "腰伤休养，暂停户外服务",
        "脱产培训三个月"};
    private static final String[] LEAVE_REASONS = {"调离无锡供电公司", "退休后转入社区志愿服务队", "本人申请退出"};

    private final Random random = new Random(SEED);

    private LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : (long) (random.nextDouble() * days));
    }

    /** Loads the sites and the registrations; returns how many sites. */
    int load(DSLContext dsl, Map<String, Unit> units, List<SampleData.Placed> people, LocalDate today) {
        List<Site> sites = new ArrayList<>();
        for (String[] s : SITES) {
            SiteKind kind = SiteKind.valueOf(s[2]);
            String top = s[3].contains("-") ? s[3].substring(0, s[3].indexOf('-')) : s[3];
            List<PersonRef> local = people.stream()
                    .filter(p -> p.unitCode().equals(s[3]) || p.unitCode().startsWith(top))
                    .map(SampleData.Placed::person).toList();
            Long manager = local.isEmpty() ? null : local.get(random.nextInt(local.size())).id();
            LocalDate established = kind == SiteKind.BASE ? LocalDate.of(2019, 6, 18)
                    : dateBetween(LocalDate.of(2019, 9, 1), today.minusMonths(3));
            SiteStatus status = CLOSED.equals(s[0]) ? SiteStatus.CLOSED
                    : SUSPENDED.contains(s[0]) ? SiteStatus.SUSPENDED : SiteStatus.OPEN;
            String notes = CLOSED.equals(s[0]) ? "街区改造，并入南长电蜜蜂小站"
                    : SUSPENDED.contains(s[0]) ? "场地装修，暂停开放" : null;
            sites.add(new Site(null, s[0], s[1], kind, units.get(s[3]).id(), s[4], amenities(kind), hours(kind),
                    manager, status, established, notes, null));
        }
        new SiteStore(dsl).insertBatch(sites);
        registrations(dsl, people, today);
        return sites.size();
    }

    private Set<Amenity> amenities(SiteKind kind) {
        Set<Amenity> a = switch (kind) {
            case BASE -> EnumSet.of(Amenity.WATER, Amenity.REST, Amenity.CHARGING, Amenity.FIRST_AID, Amenity.TOILET,
                    Amenity.WIFI, Amenity.READING, Amenity.CONSULTING);
            case BEE_POST -> EnumSet.of(Amenity.WATER, Amenity.REST, Amenity.CHARGING, Amenity.FIRST_AID,
                    Amenity.MICROWAVE, Amenity.TOILET);
            case BEE_STATION -> EnumSet.of(Amenity.WATER, Amenity.REST, Amenity.CHARGING, Amenity.CONSULTING);
            case ENERGY_STATION -> EnumSet.of(Amenity.CONSULTING, Amenity.WATER, Amenity.WIFI);
            case WORK_STATION -> EnumSet.of(Amenity.CONSULTING, Amenity.WATER, Amenity.REST, Amenity.FIRST_AID);
            case PRACTICE_STATION -> EnumSet.of(Amenity.READING, Amenity.REST, Amenity.WATER, Amenity.WIFI);
            case PRACTICE_POINT -> EnumSet.of(Amenity.READING, Amenity.WATER);
        };
        if (random.nextBoolean()) {
            a.add(Amenity.values()[random.nextInt(Amenity.values().length)]);
        }
        if (random.nextInt(4) == 0) {
            a.add(Amenity.UMBRELLA);
        }
        return a;
    }

    private String hours(SiteKind kind) {
        return switch (kind) {
            case BEE_POST -> random.nextBoolean() ? "全天开放" : "每天 06:00-20:00";
            case PRACTICE_POINT -> "每周三、周六 14:00-17:00";
            case BASE -> "周一至周六 09:00-17:00";
            default -> random.nextBoolean() ? "周一至周五 08:30-17:30" : "周一至周六 09:00-17:00";
        };
    }

    /**
     * A registration for every sample person with a volunteer number: in the year the number says (not after today),
     * active; one in 50 paused and one in 80 left, each with a reason and the date of the change.
     */
    private void registrations(DSLContext dsl, List<SampleData.Placed> people, LocalDate today) {
        List<Volunteer> volunteers = new ArrayList<>();
        for (SampleData.Placed p : people) {
            String no = p.person().volunteerNo();
            if (no == null) {
                continue;
            }
            java.util.regex.Matcher m = Volunteer.NUMBER.matcher(no);
            int year = m.matches() ? Integer.parseInt(m.group(1)) : today.getYear();
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31).isAfter(today) ? today : LocalDate.of(year, 12, 31);
            LocalDate registered = dateBetween(first, last);
            int r = random.nextInt(400);
            VolunteerStatus status = r < 8 ? VolunteerStatus.PAUSED : r < 13 ? VolunteerStatus.LEFT
                    : VolunteerStatus.ACTIVE;
            String reason = switch (status) {
                case PAUSED -> PAUSE_REASONS[random.nextInt(PAUSE_REASONS.length)];
                case LEFT -> LEAVE_REASONS[random.nextInt(LEAVE_REASONS.length)];
                case ACTIVE -> null;
            };
            volunteers.add(new Volunteer(p.person().id(), no, registered, status, reason,
                    reason == null ? null : dateBetween(registered, today), null));
        }
        new VolunteerStore(dsl).insertBatch(volunteers);
    }
}
