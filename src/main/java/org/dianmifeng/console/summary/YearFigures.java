package org.dianmifeng.console.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.unit.PoliticalStatus;

/**
 * The figures of one year for every area, for the whole company or one unit and the units below it: what the
 * dashboard shows and the overview sheet of the annual summary prints (one computation, {@link SummaryStore}).
 * Counts only: no name, code or identity of anyone. Every map holds every constant of its enum (0 when none).
 * The volunteer work of the year ({@link Volunteering}) counts approved hours only.
 *
 * @param unitName the unit the figures are scoped to, or null for the whole company
 */
public record YearFigures(int year, String unitName, People people, Teams teams, Party party, Cases cases,
                          Honours honours, Volunteering volunteering) {

    /** People of the register (as they stand now): by political status, by gender, registered volunteers. */
    public record People(int total, Map<PoliticalStatus, Integer> byStatus, Map<Gender, Integer> byGender,
                         int volunteers) {
        public People {
            byStatus = complete(PoliticalStatus.class, byStatus);
            byGender = complete(Gender.class, byGender);
        }

        public static final People NONE = new People(0, null, null, 0);

        public People plus(People o) {
            return new People(total + o.total, add(byStatus, o.byStatus), add(byGender, o.byGender),
                    volunteers + o.volunteers);
        }
    }

    /** Active teams, their members by the end of the year and the members who joined during it. */
    public record Teams(int active, int members, int joinedInYear) {
        public static final Teams NONE = new Teams(0, 0, 0);
    }

    /**
     * Party members by the end of the year, members enrolled in a community at any time in the year, their
     * community service of the year (members who served, records and hours) and the appraisals of the year: confirmed grades by
     * grade, and those not yet confirmed (drafts, evaluations, proposals, returned) apart.
     */
    public record Party(int members, int enrolled, int served, int serviceRecords, BigDecimal serviceHours,
                        Map<Grade, Integer> confirmedByGrade, int notConfirmed) {
        public Party {
            serviceHours = serviceHours == null ? BigDecimal.ZERO : serviceHours;
            confirmedByGrade = complete(Grade.class, confirmedByGrade);
        }

        public static final Party NONE = new Party(0, 0, 0, 0, null, null, 0);

        public Party plus(Party o) {
            return new Party(members + o.members, enrolled + o.enrolled, served + o.served, serviceRecords + o.serviceRecords,
                    serviceHours.add(o.serviceHours), add(confirmedByGrade, o.confirmedByGrade),
                    notConfirmed + o.notConfirmed);
        }

        public int confirmed() {
            return sum(confirmedByGrade);
        }

        public int appraisals() {
            return confirmed() + notConfirmed;
        }
    }

    /**
     * Aid cases referred by the end of the year by their current status, those referred in the year and those
     * handed over in the year. Counts only: never a case code or a child.
     */
    public record Cases(Map<AidCaseStatus, Integer> byStatus, int referredInYear, int handedOverInYear) {
        public Cases {
            byStatus = complete(AidCaseStatus.class, byStatus);
        }

        public static final Cases NONE = new Cases(null, 0, 0);

        public Cases plus(Cases o) {
            return new Cases(add(byStatus, o.byStatus), referredInYear + o.referredInYear,
                    handedOverInYear + o.handedOverInYear);
        }

        public int total() {
            return sum(byStatus);
        }

        /** Cases still being worked on: neither closed nor rejected. */
        public int open() {
            return total() - byStatus.get(AidCaseStatus.CLOSED) - byStatus.get(AidCaseStatus.REJECTED);
        }
    }

    /** The honours of the year by level. */
    public record Honours(Map<HonourLevel, Integer> byLevel) {
        public Honours {
            byLevel = complete(HonourLevel.class, byLevel);
        }

        public int total() {
            return sum(byLevel);
        }
    }

    /**
     * The volunteer work of the year (issue 17), from approved hours only (SERVICE_HOURS.STATE = 'APPROVED', served
     * in the year, of a team of the scope): the activities held (those with approved hours), the volunteers
     * serving (distinct people with approved hours), the records and the approved hours; and the star levels
     * (STAR_LEVEL rows granted, of people of the scope): granted in the year, and the volunteers at each level by
     * the end of the year ({@code atLevel.get(0)}: one star, their highest level granted by then).
     */
    public record Volunteering(int activities, int volunteers, int records, BigDecimal hours, int starsGranted,
                               List<Integer> atLevel) {
        /** The star levels there are: one to five stars (STAR_LEVEL.STARS). */
        public static final int LEVELS = 5;

        public Volunteering {
            hours = hours == null ? BigDecimal.ZERO : hours;
            List<Integer> levels = new ArrayList<>();
            for (int i = 0; i < LEVELS; i++) {
                levels.add(atLevel == null || i >= atLevel.size() || atLevel.get(i) == null ? 0 : atLevel.get(i));
            }
            atLevel = List.copyOf(levels);
        }

        public static final Volunteering NONE = new Volunteering(0, 0, 0, null, 0, null);

        /** Whether any hours were approved in the year: without them the year has no volunteer work to show. */
        public boolean any() {
            return records > 0;
        }
    }

    /**
     * The figures of the year but those summed over its service records ({@link Service}): what the dashboard shows
     * first, as each costs little whatever the year holds. Its party's service (members who served, records, hours)
     * is not read here: 0 until {@link #with} adds the year's service.
     */
    public record First(int year, String unitName, People people, Teams teams, Party party, Cases cases,
                        Honours honours) {
        /** The year's figures: these and the year's service. */
        public YearFigures with(Service service) {
            return new YearFigures(year, unitName, people, teams, party.plus(service.party()), cases, honours,
                    service.volunteering());
        }
    }

    /**
     * The figures of the year summed over its service records: the party members' community service (a {@link Party}
     * of members who served, records and hours alone) and the volunteer work. Each reads every record of the year
     * (a million records cost half a second on the server and seconds embedded), so the dashboard shows them when
     * summed, after the {@link First} figures.
     */
    public record Service(Party party, Volunteering volunteering) {
    }

    /**
     * Whether anything is dated in the year: a service record, an appraisal, a case referred or handed over, an
     * honour, a team join or approved volunteer hours. A year without any has nothing to summarise.
     */
    public boolean hasYearData() {
        return party.serviceRecords() > 0 || party.appraisals() > 0 || cases.referredInYear() > 0
                || cases.handedOverInYear() > 0 || honours.total() > 0 || teams.joinedInYear() > 0
                || volunteering.any() || volunteering.starsGranted() > 0;
    }

    static <E extends Enum<E>> Map<E, Integer> complete(Class<E> type, Map<E, Integer> counts) {
        EnumMap<E, Integer> all = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            Integer n = counts == null ? null : counts.get(e);
            all.put(e, n == null ? 0 : n);
        }
        return Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E>> Map<E, Integer> add(Map<E, Integer> a, Map<E, Integer> b) {
        Map<E, Integer> sum = new java.util.HashMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
        return sum;
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
