package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * The settings of the annual appraisal and of points, with the defaults the issue names. Read with
 * {@link PartySettings#rules()}, changed by the administrator with {@link PartySettings#save}.
 *
 * @param grades                 the grades in use, best first; the last has no threshold
 * @param thresholds             the lowest combined score of each grade but the last
 * @param unitWeight             weight of the work-unit score in percent; the community's is the rest
 * @param excellentCap           优秀 at most {@code excellentShare} of the appraised members of a branch
 * @param excellentShareNumerator   e.g. 1 of 1/3
 * @param excellentShareDenominator e.g. 3 of 1/3
 * @param neverReportedCap       a member who never reported to a community gets at most the grade below 合格
 * @param unqualifiedNeedsReason 不合格 needs a written reason
 * @param pointsPerHour          points for one hour of community service
 */
public record AppraisalRules(List<Grade> grades, Map<Grade, BigDecimal> thresholds, int unitWeight,
        boolean excellentCap, int excellentShareNumerator, int excellentShareDenominator,
        boolean neverReportedCap, boolean unqualifiedNeedsReason, BigDecimal pointsPerHour) implements Auditable {

    static final String GRADES = "appraisal.grades";
    static final String THRESHOLD = "appraisal.threshold.";
    static final String UNIT_WEIGHT = "appraisal.unitWeight";
    static final String EXCELLENT_CAP = "appraisal.rule.excellentCap";
    static final String EXCELLENT_SHARE = "appraisal.rule.excellentShare";
    static final String NEVER_REPORTED = "appraisal.rule.neverReportedCap";
    static final String UNQUALIFIED_REASON = "appraisal.rule.unqualifiedNeedsReason";
    static final String POINTS_PER_HOUR = "points.perHour";

    public AppraisalRules {
        // best first, each once, whatever order they were ticked in
        grades = List.copyOf(new java.util.TreeSet<>(grades));
        thresholds = Map.copyOf(thresholds);
    }

    /** 优秀 90, 合格 75, 基本合格 60, below 不合格; weights 60/40; every rule on, 1/3 excellent; 1 point an hour. */
    public static AppraisalRules defaults() {
        Map<Grade, BigDecimal> t = new EnumMap<>(Grade.class);
        t.put(Grade.EXCELLENT, BigDecimal.valueOf(90));
        t.put(Grade.QUALIFIED, BigDecimal.valueOf(75));
        t.put(Grade.BASICALLY_QUALIFIED, BigDecimal.valueOf(60));
        return new AppraisalRules(List.of(Grade.values()), t, 60, true, 1, 3, true, true, BigDecimal.ONE);
    }

    public int communityWeight() {
        return 100 - unitWeight;
    }

    /** The lowest grade in use: the one without a threshold. */
    public Grade lowest() {
        return grades.get(grades.size() - 1);
    }

    /** True if confirming the proposal {@code proposed} needs a written reason that {@code reason} does not give. */
    public boolean reasonMissing(Grade proposed, String reason) {
        return proposed == Grade.UNQUALIFIED && unqualifiedNeedsReason && (reason == null || reason.isBlank());
    }

    /** Reads the rules from stored settings; a setting not stored keeps its default. */
    static AppraisalRules from(Function<String, String> stored) {
        AppraisalRules d = defaults();
        String gradeList = stored.apply(GRADES);
        List<Grade> grades = gradeList == null ? d.grades()
                : Arrays.stream(gradeList.split(",")).map(String::strip).map(Grade::valueOf).sorted().toList();
        Map<Grade, BigDecimal> thresholds = new EnumMap<>(Grade.class);
        for (Grade g : grades.subList(0, grades.size() - 1)) {
            String v = stored.apply(THRESHOLD + g.name());
            BigDecimal fallback = d.thresholds().getOrDefault(g, BigDecimal.ZERO);
            thresholds.put(g, v == null ? fallback : new BigDecimal(v));
        }
        String share = stored.apply(EXCELLENT_SHARE);
        int num = d.excellentShareNumerator();
        int den = d.excellentShareDenominator();
        if (share != null) {
            String[] parts = share.split("/");
            num = Integer.parseInt(parts[0].strip());
            den = Integer.parseInt(parts[1].strip());
        }
        return new AppraisalRules(grades, thresholds,
                intOr(stored.apply(UNIT_WEIGHT), d.unitWeight()),
                flagOr(stored.apply(EXCELLENT_CAP), d.excellentCap()), num, den,
                flagOr(stored.apply(NEVER_REPORTED), d.neverReportedCap()),
                flagOr(stored.apply(UNQUALIFIED_REASON), d.unqualifiedNeedsReason()),
                stored.apply(POINTS_PER_HOUR) == null ? d.pointsPerHour() : new BigDecimal(stored.apply(POINTS_PER_HOUR)));
    }

    /** The settings as stored: name → value. */
    Map<String, String> toSettings() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put(GRADES, String.join(",", grades.stream().map(Grade::name).toList()));
        thresholds.forEach((g, v) -> out.put(THRESHOLD + g.name(), v.toPlainString()));
        out.put(UNIT_WEIGHT, Integer.toString(unitWeight));
        out.put(EXCELLENT_CAP, Boolean.toString(excellentCap));
        out.put(EXCELLENT_SHARE, excellentShareNumerator + "/" + excellentShareDenominator);
        out.put(NEVER_REPORTED, Boolean.toString(neverReportedCap));
        out.put(UNQUALIFIED_REASON, Boolean.toString(unqualifiedNeedsReason));
        out.put(POINTS_PER_HOUR, pointsPerHour.toPlainString());
        return out;
    }

    /**
     * Two to four grades including 合格 and the lowest; thresholds between 0 and 100, each below the one
     * above; a weight between 0 and 100; a share between 0 and 1; points per hour above 0.
     */
    public Checks check() {
        Checks c = new Checks();
        if (grades.size() < 2 || !grades.contains(Grade.QUALIFIED)) {
            c.add("rules.grades", "error.rules.grades");
        }
        BigDecimal above = null;
        List<Grade> withThreshold = grades.size() < 2 ? List.of() : new ArrayList<>(grades.subList(0, grades.size() - 1));
        for (Grade g : withThreshold) {
            BigDecimal t = thresholds.get(g);
            if (t == null || t.signum() < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
                c.add("rules.threshold." + g.name(), "error.rules.thresholdRange");
            } else if (above != null && t.compareTo(above) >= 0) {
                c.add("rules.threshold." + g.name(), "error.rules.thresholdOrder");
            }
            above = t;
        }
        if (unitWeight < 0 || unitWeight > 100) {
            c.add("rules.unitWeight", "error.rules.weight");
        }
        if (excellentShareDenominator <= 0 || excellentShareNumerator < 0
                || excellentShareNumerator > excellentShareDenominator) {
            c.add("rules.excellentShare", "error.rules.share");
        }
        if (pointsPerHour == null || pointsPerHour.signum() <= 0) {
            c.add("rules.pointsPerHour", "error.rules.pointsPerHour");
        }
        return c;
    }

    @Override
    public String auditText() {
        Map<String, String> settings = toSettings();
        settings.put(GRADES, AuditTexts.stored(grades));
        return settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static int intOr(String v, int fallback) {
        return v == null ? fallback : Integer.parseInt(v.strip());
    }

    private static boolean flagOr(String v, boolean fallback) {
        return v == null ? fallback : Boolean.parseBoolean(v.strip());
    }
}
