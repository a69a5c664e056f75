package org.dianmifeng.console.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;

/** The grade rules without a database: thresholds, weights, the 优秀 cap with ties, never reported, rules off. */
class GradeProposerTest {
    private static final AppraisalRules DEFAULTS = AppraisalRules.defaults();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static GradeProposer.Entry evaluated(long id, String combined) {
        return new GradeProposer.Entry(id, AppraisalStatus.EVALUATED, d(combined), true, null);
    }

    private static Map<Long, GradeProposer.Proposal> byId(List<GradeProposer.Proposal> proposals) {
        return proposals.stream().collect(Collectors.toMap(GradeProposer.Proposal::id, p -> p));
    }

    private static AppraisalRules rules(List<Grade> grades, Map<Grade, BigDecimal> thresholds, int unitWeight,
                                        boolean cap, boolean neverReported) {
        return new AppraisalRules(grades, thresholds, unitWeight, cap, 1, 3, neverReported, true, BigDecimal.ONE);
    }

    @Test
    void theScoreGradeIsTheFirstThresholdReachedElseTheLowest() {
        assertEquals(Grade.EXCELLENT, GradeProposer.scoreGrade(DEFAULTS, d("90.00")));
        assertEquals(Grade.QUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("89.99")));
        assertEquals(Grade.QUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("75")));
        assertEquals(Grade.BASICALLY_QUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("74.99")));
        assertEquals(Grade.BASICALLY_QUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("60")));
        assertEquals(Grade.UNQUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("59.99")));
        assertEquals(Grade.UNQUALIFIED, GradeProposer.scoreGrade(DEFAULTS, d("0")));
    }

    @Test
    void aThreeGradeSetUsesItsOwnThresholdsAndCeiling() {
        Map<Grade, BigDecimal> t = new EnumMap<>(Grade.class);
        t.put(Grade.EXCELLENT, d("85"));
        t.put(Grade.QUALIFIED, d("60"));
        AppraisalRules three = rules(List.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), t, 60, true, true);
        assertEquals(Grade.EXCELLENT, GradeProposer.scoreGrade(three, d("85")));
        assertEquals(Grade.QUALIFIED, GradeProposer.scoreGrade(three, d("84.9")));
        assertEquals(Grade.QUALIFIED, GradeProposer.scoreGrade(three, d("60")));
        assertEquals(Grade.UNQUALIFIED, GradeProposer.scoreGrade(three, d("59.9")));
        // no 基本合格 in use: the best grade below 合格 is 不合格
        assertEquals(Grade.UNQUALIFIED, GradeProposer.neverReportedCeiling(three));
        GradeProposer.Proposal p = GradeProposer.propose(three,
                List.of(new GradeProposer.Entry(1, AppraisalStatus.EVALUATED, d("80"), false, null))).get(0);
        assertEquals(Grade.QUALIFIED, p.scoreGrade());
        assertEquals(Grade.UNQUALIFIED, p.proposed());
        assertEquals("NEVER_REPORTED", p.ruleNotes());

        Map<Grade, BigDecimal> t2 = new EnumMap<>(Grade.class);
        t2.put(Grade.QUALIFIED, d("70"));
        t2.put(Grade.BASICALLY_QUALIFIED, d("50"));
        AppraisalRules noExcellent = rules(List.of(Grade.QUALIFIED, Grade.BASICALLY_QUALIFIED, Grade.UNQUALIFIED), t2,
                60, true, true);
        assertEquals(Grade.BASICALLY_QUALIFIED, GradeProposer.neverReportedCeiling(noExcellent));
        assertEquals(Grade.QUALIFIED, GradeProposer.scoreGrade(noExcellent, d("99")));
        // the cap does nothing without 优秀 in use
        List<GradeProposer.Entry> many = new ArrayList<>();
        for (long i = 1; i <= 4; i++) {
            many.add(evaluated(i, "99"));
        }
        assertTrue(GradeProposer.propose(noExcellent, many).stream().allMatch(p2 -> p2.proposed() == Grade.QUALIFIED
                && p2.ruleNotes() == null));
    }

    @Test
    void theCombinedScoreWeighsUnitAndCommunityAndRoundsHalfUp() {
        assertEquals(d("84.00"), GradeProposer.combined(DEFAULTS, d("80"), d("90")));
        AppraisalRules seventy = rules(DEFAULTS.grades(), DEFAULTS.thresholds(), 70, true, true);
        assertEquals(d("83.00"), GradeProposer.combined(seventy, d("80"), d("90")));
        // 85.5 × 0.33 + 90.3 × 0.67 = 88.716 → 88.72
        AppraisalRules odd = rules(DEFAULTS.grades(), DEFAULTS.thresholds(), 33, true, true);
        assertEquals(d("88.72"), GradeProposer.combined(odd, d("85.5"), d("90.3")));
        // 0.5 at the third decimal goes up: 80.1 × 0.05 + 80.0 × 0.95 = 80.005 → 80.01
        AppraisalRules five = rules(DEFAULTS.grades(), DEFAULTS.thresholds(), 5, true, true);
        assertEquals(d("80.01"), GradeProposer.combined(five, d("80.1"), d("80.0")));
        AppraisalRules all = rules(DEFAULTS.grades(), DEFAULTS.thresholds(), 100, true, true);
        assertEquals(d("80.00"), GradeProposer.combined(all, d("80"), d("10")));
    }

    @Test
    void aTieAtTheBoundaryOfTheOneThirdCapDemotesTheWholeTiedGroup() {
        List<GradeProposer.Entry> entries = new ArrayList<>(List.of(evaluated(1, "95"), evaluated(2, "94"),
                evaluated(3, "93"), evaluated(4, "93")));
        for (long i = 5; i <= 9; i++) {
            entries.add(evaluated(i, "80"));
        }
        // n = 9, places = 3: 95 and 94 keep it; the two at 93 would make four, so both are demoted
        Map<Long, GradeProposer.Proposal> p = byId(GradeProposer.propose(DEFAULTS, entries));
        assertEquals(Grade.EXCELLENT, p.get(1L).proposed());
        assertEquals(Grade.EXCELLENT, p.get(2L).proposed());
        assertEquals(Grade.EXCELLENT, p.get(3L).scoreGrade());
        assertEquals(Grade.QUALIFIED, p.get(3L).proposed());
        assertEquals(Grade.QUALIFIED, p.get(4L).proposed());
        assertEquals("EXCELLENT_CAP:9:3", p.get(4L).ruleNotes());
        assertNull(p.get(1L).ruleNotes());
        assertEquals(Grade.QUALIFIED, p.get(5L).proposed());
        assertNull(p.get(5L).ruleNotes());

        // a tie that fits exactly keeps both: 95, 93, 93 in three places
        List<GradeProposer.Entry> fits = new ArrayList<>(List.of(evaluated(1, "95"), evaluated(2, "93"), evaluated(3, "93")));
        for (long i = 4; i <= 9; i++) {
            fits.add(evaluated(i, "70"));
        }
        assertEquals(3, GradeProposer.propose(DEFAULTS, fits).stream().filter(x -> x.proposed() == Grade.EXCELLENT).count());

        // everything below a demoted group is demoted too, so the cap is never exceeded: 96, 96, 96, 95 in 2 places
        List<GradeProposer.Entry> crowd = new ArrayList<>(List.of(evaluated(1, "96"), evaluated(2, "96"),
                evaluated(3, "96"), evaluated(4, "95"), evaluated(5, "70"), evaluated(6, "70"), evaluated(7, "70")));
        assertEquals(0, GradeProposer.propose(DEFAULTS, crowd).stream().filter(x -> x.proposed() == Grade.EXCELLENT).count());
    }

    @Test
    void confirmedExcellentTakeTheirPlacesFirstAndDraftsCountInN() {
        List<GradeProposer.Entry> entries = List.of(
                new GradeProposer.Entry(1, AppraisalStatus.CONFIRMED, d("91"), true, Grade.EXCELLENT),
                evaluated(2, "96"), evaluated(3, "92"),
                new GradeProposer.Entry(4, AppraisalStatus.DRAFT, null, true, null),
                new GradeProposer.Entry(5, AppraisalStatus.PROPOSED, d("70"), true, null),
                new GradeProposer.Entry(6, AppraisalStatus.RETURNED, d("99"), true, null));
        // n = 6 → 2 places; one is taken by the confirmed 优秀, so only 96 keeps it
        List<GradeProposer.Proposal> out = GradeProposer.propose(DEFAULTS, entries);
        Map<Long, GradeProposer.Proposal> p = byId(out);
        assertEquals(List.of(2L, 3L, 5L), out.stream().map(GradeProposer.Proposal::id).toList());
        assertEquals(Grade.EXCELLENT, p.get(2L).proposed());
        assertEquals(Grade.QUALIFIED, p.get(3L).proposed());
        assertEquals("EXCELLENT_CAP:6:2", p.get(3L).ruleNotes());
        assertEquals(Grade.BASICALLY_QUALIFIED, p.get(5L).proposed());
    }

    @Test
    void aMemberWhoNeverReportedGetsAtMostBasicallyQualifiedAndLeavesExcellentPlacesToOthers() {
        List<GradeProposer.Entry> entries = List.of(
                new GradeProposer.Entry(1, AppraisalStatus.EVALUATED, d("98"), false, null),
                evaluated(2, "91"), evaluated(3, "80"),
                new GradeProposer.Entry(4, AppraisalStatus.EVALUATED, d("50"), false, null));
        Map<Long, GradeProposer.Proposal> p = byId(GradeProposer.propose(DEFAULTS, entries));
        assertEquals(Grade.EXCELLENT, p.get(1L).scoreGrade());
        assertEquals(Grade.BASICALLY_QUALIFIED, p.get(1L).proposed());
        assertEquals("NEVER_REPORTED", p.get(1L).ruleNotes());
        // n = 4 → 1 place, which the reported member at 91 keeps
        assertEquals(Grade.EXCELLENT, p.get(2L).proposed());
        // already below the ceiling: no rule applied
        assertEquals(Grade.UNQUALIFIED, p.get(4L).proposed());
        assertNull(p.get(4L).ruleNotes());
    }

    @Test
    void withTheRulesSwitchedOffEveryoneGetsTheGradeOfTheirScore() {
        AppraisalRules off = rules(DEFAULTS.grades(), DEFAULTS.thresholds(), 60, false, false);
        List<GradeProposer.Entry> entries = List.of(
                new GradeProposer.Entry(1, AppraisalStatus.EVALUATED, d("98"), false, null),
                evaluated(2, "97"), evaluated(3, "96"), evaluated(4, "95"));
        for (GradeProposer.Proposal p : GradeProposer.propose(off, entries)) {
            assertEquals(Grade.EXCELLENT, p.proposed());
            assertNull(p.ruleNotes());
        }
    }

    @Test
    void theNotesAreExplainedInTheSecretarysLanguage() {
        Messages zh = Messages.of(Messages.CHINESE);
        String text = GradeProposer.explain("EXCELLENT_CAP:9:3", Grade.QUALIFIED, DEFAULTS, zh);
        assertTrue(text.contains("1/3") && text.contains("9") && text.contains("3") && text.contains("合格"), text);
        String never = GradeProposer.explain("NEVER_REPORTED", Grade.BASICALLY_QUALIFIED, DEFAULTS, Messages.of(Messages.ENGLISH));
        assertTrue(never.contains("Never reported"), never);
        assertEquals("", GradeProposer.explain(null, Grade.QUALIFIED, DEFAULTS, zh));
        assertEquals(List.of(new GradeProposer.Note(GradeRule.EXCELLENT_CAP, 9, 3),
                new GradeProposer.Note(GradeRule.NEVER_REPORTED, 0, 0)), GradeProposer.parse("EXCELLENT_CAP:9:3;NEVER_REPORTED"));
    }
}
