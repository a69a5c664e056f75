package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.AppraisalRules;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.PartySettings;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppraisalSettingsViewModelTest {
    @TempDir Path dir;
    TestServices t;
    PartySettings settings;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        settings = t.services().partySettings();
    }

    @AfterEach
    void close() {
        t.close();
    }

    AppraisalSettingsViewModel vm(Session who) {
        AppraisalSettingsViewModel vm = new AppraisalSettingsViewModel(
                new UiContext(who, Messages.of(Messages.CHINESE), TaskRunner.direct()), settings);
        vm.load();
        return vm;
    }

    @Test
    void showsTheStoredRulesWithTheLowestThresholdDisabledAndTheCommunityWeightAsTheRest() {
        AppraisalSettingsViewModel vm = vm(ADMIN);
        assertEquals("90", vm.thresholdProperty(Grade.EXCELLENT).get());
        assertEquals("75", vm.thresholdProperty(Grade.QUALIFIED).get());
        assertEquals("60", vm.thresholdProperty(Grade.BASICALLY_QUALIFIED).get());
        assertTrue(vm.thresholdDisabled(Grade.UNQUALIFIED).get(), "the lowest grade has no threshold");
        assertFalse(vm.thresholdDisabled(Grade.BASICALLY_QUALIFIED).get());
        assertEquals("1/3", vm.excellentShareProperty().get());
        assertEquals("40", vm.communityWeightProperty().get());
        vm.unitWeightProperty().set("70");
        assertEquals("30", vm.communityWeightProperty().get());
        vm.unitWeightProperty().set("abc");
        assertEquals("", vm.communityWeightProperty().get());
        vm.inUseProperty(Grade.UNQUALIFIED).set(false);
        assertTrue(vm.thresholdDisabled(Grade.BASICALLY_QUALIFIED).get(), "now the lowest in use");
    }

    @Test
    void aThresholdAboveTheOneOfTheBetterGradeIsRefusedBesideItsFieldAndNothingIsSaved() {
        AppraisalSettingsViewModel vm = vm(ADMIN);
        vm.thresholdProperty(Grade.QUALIFIED).set("95");
        vm.save();
        assertEquals("分数线应低于上一等次的分数线。", vm.errors().message("rules.threshold.QUALIFIED"));
        assertNull(vm.errors().message("rules.threshold.EXCELLENT"));
        assertNotNull(vm.errorProperty().get());
        assertEquals(BigDecimal.valueOf(75), settings.rules().thresholds().get(Grade.QUALIFIED).stripTrailingZeros());
    }

    @Test
    void textThatIsNoNumberIsNamedPerFieldBeforeAnythingIsSent() {
        AppraisalSettingsViewModel vm = vm(ADMIN);
        vm.thresholdProperty(Grade.EXCELLENT).set("九十");
        vm.unitWeightProperty().set("60%");
        vm.excellentShareProperty().set("三分之一");
        vm.pointsPerHourProperty().set("");
        vm.save();
        assertEquals("请输入数字，例如 75。", vm.errors().message("rules.threshold.EXCELLENT"));
        assertEquals("请输入 0 到 100 之间的整数。", vm.errors().message("rules.unitWeight"));
        assertEquals("请输入分数，例如 1/3。", vm.errors().message("rules.excellentShare"));
        assertNotNull(vm.errors().message("rules.pointsPerHour"));
        assertTrue(vm.errorProperty().get().contains("优秀分数线"), vm.errorProperty().get());
        assertEquals(AppraisalRules.defaults(), settings.rules());
        assertTrue(t.services().audit().find(ADMIN, AuditFilter.recent(100)).isEmpty(), "nothing saved, nothing audited");
    }

    @Test
    void aThreeGradeSetWithOtherWeightsIsSavedAuditedAndReadBack() {
        AppraisalSettingsViewModel vm = vm(ADMIN);
        vm.inUseProperty(Grade.BASICALLY_QUALIFIED).set(false);
        vm.thresholdProperty(Grade.EXCELLENT).set("85");
        vm.thresholdProperty(Grade.QUALIFIED).set("60.5");
        vm.unitWeightProperty().set("70");
        vm.excellentShareProperty().set("1/4");
        vm.neverReportedCapProperty().set(false);
        vm.pointsPerHourProperty().set("1.5");
        vm.save();
        assertNull(vm.errorProperty().get());
        assertEquals("设置已保存。", vm.noticeProperty().get());

        AppraisalRules saved = settings.rules();
        assertEquals(List.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED), saved.grades());
        assertEquals(0, saved.thresholds().get(Grade.EXCELLENT).compareTo(new BigDecimal("85")));
        assertEquals(0, saved.thresholds().get(Grade.QUALIFIED).compareTo(new BigDecimal("60.5")));
        assertEquals(2, saved.thresholds().size());
        assertEquals(70, saved.unitWeight());
        assertEquals(30, saved.communityWeight());
        assertEquals(Map.of(1, 4), Map.of(saved.excellentShareNumerator(), saved.excellentShareDenominator()));
        assertFalse(saved.neverReportedCap());
        assertEquals(0, saved.pointsPerHour().compareTo(new BigDecimal("1.5")));
        assertEquals(1, t.services().audit().find(ADMIN, AuditFilter.recent(100)).size());

        AppraisalSettingsViewModel again = vm(ADMIN);
        assertFalse(again.inUseProperty(Grade.BASICALLY_QUALIFIED).get());
        assertTrue(again.thresholdDisabled(Grade.BASICALLY_QUALIFIED).get());
        assertEquals("60.5", again.thresholdProperty(Grade.QUALIFIED).get());
        assertEquals("30", again.communityWeightProperty().get());

        again.resetToDefaults();
        assertEquals("75", again.thresholdProperty(Grade.QUALIFIED).get());
        assertTrue(again.inUseProperty(Grade.BASICALLY_QUALIFIED).get());
        assertEquals(70, settings.rules().unitWeight(), "reset fills the form, saving is a separate step");
        again.save();
        assertEquals(AppraisalRules.defaults(), settings.rules());
    }

    @Test
    void onlyTheAdministratorMaySave() {
        AppraisalSettingsViewModel vm = vm(OFFICE);
        assertFalse(vm.canEdit());
        vm.unitWeightProperty().set("50");
        vm.save();
        assertNotNull(vm.errorProperty().get());
        assertEquals(60, settings.rules().unitWeight());
    }
}
