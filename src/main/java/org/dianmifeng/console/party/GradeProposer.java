package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.Messages;

/**
 * The grade rules of the democratic appraisal, in plain Java: the combined score and its grade, and
 * the proposals of one branch and year with the rules that moved them (never reported to a community;
 * at most a share of the branch 优秀). Each rule applied is kept as a note and explained to the secretary.
 */
public final class GradeProposer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GradeProposer() {
    }

    /**
     * One appraisal of the branch and year.
     *
     * @param combined the combined score, null while not both evaluations are in
     * @param reported whether the member reported to a community (an enrolment) by 31 December of the year
     * @param grade    the confirmed grade of a confirmed appraisal, else null
     */
    public record Entry(long id, AppraisalStatus status, BigDecimal combined, boolean reported, Grade grade) {
        /** Appraisals evaluated or already proposed (and not confirmed) get a proposal. */
        boolean candidate() {
            return combined != null && status.canMoveTo(AppraisalStatus.PROPOSED);
        }
    }

    /** A rule that moved a proposal; {@code appraised} and {@code places} are set for the 优秀 cap. */
    public record Note(GradeRule rule, int appraised, int places) {
        String stored() {
            return rule == GradeRule.EXCELLENT_CAP ? rule.name() + ":" + appraised + ":" + places : rule.name();
        }
    }

    /** The proposal for one candidate: the grade of its score, the grade proposed and the rules applied. */
    public record Proposal(long id, Grade scoreGrade, Grade proposed, List<Note> rules) {
        public Proposal {
            rules = List.copyOf(rules);
        }

        /** The notes as stored in RULE_NOTES, e.g. {@code EXCELLENT_CAP:9:3}; null when no rule applied. */
        public String ruleNotes() {
            return notes(rules);
        }
    }

    /** unit × w/100 + community × (100 − w)/100, rounded half up to two decimals. */
    public static BigDecimal combined(AppraisalRules rules, BigDecimal unit, BigDecimal community) {
        BigDecimal u = unit.multiply(BigDecimal.valueOf(rules.unitWeight()));
        BigDecimal c = community.multiply(BigDecimal.valueOf(rules.communityWeight()));
        return u.add(c).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The combined score of a member no community could evaluate: the work-unit score, to two decimals. */
    public static BigDecimal unitOnly(BigDecimal unit) {
        return unit.setScale(2, RoundingMode.HALF_UP);
    }

    /** The first grade in use, best first, whose threshold the score reaches; else the lowest in use. */
    public static Grade scoreGrade(AppraisalRules rules, BigDecimal combined) {
        for (Grade g : rules.grades()) {
            BigDecimal threshold = rules.thresholds().get(g);
            if (threshold != null && combined.compareTo(threshold) >= 0) {
                return g;
            }
        }
        return rules.lowest();
    }

    /** The best grade in use below 合格, or the lowest in use when there is none: the most a never-reported member gets. */
    public static Grade neverReportedCeiling(AppraisalRules rules) {
        return rules.grades().stream().filter(g -> g.compareTo(Grade.QUALIFIED) > 0).findFirst()
                .orElse(rules.lowest());
    }

    /** How many 优秀 a branch-year of {@code appraised} appraisals may have: floor(n × share). */
    public static int excellentPlaces(AppraisalRules rules, int appraised) {
        return (int) ((long) appraised * rules.excellentShareNumerator() / rules.excellentShareDenominator());
    }

    /**
     * Proposes grades for the candidates among {@code branchYear} (every appraisal of one work-unit branch
     * and year, whatever its status): score grade; never reported → at most {@link #neverReportedCeiling};
     * then the 优秀 cap, where confirmed 优秀 take their places first, the rest go by highest combined score,
     * and a tie that would exceed the places demotes the whole tied group to the next grade in use.
     */
    public static List<Proposal> propose(AppraisalRules rules, List<Entry> branchYear) {
        Map<Long, Grade> byScore = new LinkedHashMap<>();
        Map<Long, Grade> proposed = new LinkedHashMap<>();
        Map<Long, List<Note>> notes = new LinkedHashMap<>();
        List<Entry> candidates = branchYear.stream().filter(Entry::candidate).toList();
        Grade ceiling = neverReportedCeiling(rules);
        for (Entry e : candidates) {
            Grade g = scoreGrade(rules, e.combined());
            byScore.put(e.id(), g);
            notes.put(e.id(), new ArrayList<>());
            if (rules.neverReportedCap() && !e.reported() && g.compareTo(ceiling) < 0) {
                g = ceiling;
                notes.get(e.id()).add(new Note(GradeRule.NEVER_REPORTED, 0, 0));
            }
            proposed.put(e.id(), g);
        }
        if (rules.excellentCap() && rules.grades().contains(Grade.EXCELLENT) && rules.grades().size() > 1) {
            int n = branchYear.size();
            int places = excellentPlaces(rules, n);
            long confirmed = branchYear.stream()
                    .filter(e -> e.status() == AppraisalStatus.CONFIRMED && e.grade() == Grade.EXCELLENT).count();
            long left = Math.max(0, places - confirmed);
            List<Entry> excellent = candidates.stream().filter(e -> proposed.get(e.id()) == Grade.EXCELLENT)
                    .sorted(Comparator.comparing(Entry::combined).reversed()).toList();
            Grade next = rules.grades().get(rules.grades().indexOf(Grade.EXCELLENT) + 1);
            int i = 0;
            long kept = 0;
            boolean full = false;
            while (i < excellent.size()) {
                BigDecimal score = excellent.get(i).combined();
                int j = i;
                while (j < excellent.size() && excellent.get(j).combined().compareTo(score) == 0) {
                    j++;
                }
                int group = j - i;
                if (!full && kept + group <= left) {
                    kept += group;
                } else {
                    full = true;
                    for (Entry e : excellent.subList(i, j)) {
                        proposed.put(e.id(), next);
                        notes.get(e.id()).add(new Note(GradeRule.EXCELLENT_CAP, n, places));
                    }
                }
                i = j;
            }
        }
        return candidates.stream()
                .map(e -> new Proposal(e.id(), byScore.get(e.id()), proposed.get(e.id()), notes.get(e.id())))
                .toList();
    }

    /** Rule notes as stored: {@code EXCELLENT_CAP:<n>:<places>} and {@code NEVER_REPORTED}, joined by ';'; null for none. */
    public static String notes(List<Note> rules) {
        return rules.isEmpty() ? null : String.join(";", rules.stream().map(Note::stored).toList());
    }

    /** Reads stored rule notes back; unknown parts are skipped. */
    public static List<Note> parse(String stored) {
        List<Note> out = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String part : stored.split(";")) {
            String[] f = part.strip().split(":");
            try {
                GradeRule rule = GradeRule.valueOf(f[0]);
                out.add(rule == GradeRule.EXCELLENT_CAP && f.length >= 3
                        ? new Note(rule, Integer.parseInt(f[1]), Integer.parseInt(f[2])) : new Note(rule, 0, 0));
            } catch (IllegalArgumentException e) {
                // a note this version does not know: nothing to explain
            }
        }
        return out;
    }

    /**
     * The explanation of each rule in {@code stored} for the secretary, one sentence each ({@code enum.GradeRule.*}
     * with the share of the rules, n, places and the proposed grade); empty text when no rule applied.
     */
    public static String explain(String stored, Grade proposed, AppraisalRules rules, Messages messages) {
        String share = rules.excellentShareNumerator() + "/" + rules.excellentShareDenominator();
        return String.join(" ", parse(stored).stream()
                .map(n -> messages.text("enum.GradeRule." + n.rule().name(), share, n.appraised(), n.places(),
                        messages.label(proposed)))
                .toList());
    }
}
