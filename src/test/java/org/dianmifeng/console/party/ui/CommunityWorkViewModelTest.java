package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.PointEntry;
import org.dianmifeng.console.party.PointsRow;
import org.dianmifeng.console.party.RankingScope;
import org.dianmifeng.console.party.Rating;
import org.dianmifeng.console.party.TimelineEntry;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommunityWorkViewModelTest {
    @TempDir Path dir;
    TestServices t;
    CommunityWorkService work;
    long branchA;
    long east;
    long zhang;
    long li;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        work = t.services().communityWork();
        PartyFixtures party = new PartyFixtures(t);
        Unit city = t.city();
        branchA = party.workBranch("YJ", "运检党支部", city).id();
        east = party.community("DH", "东虹社区").id();
        long west = party.community("XY", "西园社区").id();
        long grid = party.grid(east, "东虹一网格").id();
        party.grid(west, "西园一网格");
        party.communityBranch("DH-DZB", "东虹社区党支部", east);
        zhang = party.member("张三", city, branchA).id();
        li = party.member("李四", city, branchA).id();
        party.enrol(zhang, grid, LocalDate.of(2025, 3, 1));
        party.enrol(li, grid, LocalDate.of(2025, 3, 1));
    }

    @AfterEach
    void close() {
        t.close();
    }

    CommunityWorkViewModel vm(Session who) {
        CommunityWorkViewModel vm = new CommunityWorkViewModel(new UiContext(who, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), work);
        vm.load();
        return vm;
    }

    static List<String> memberNames(TreeItem<Object> root) {
        return root.getChildren().stream().flatMap(c -> c.getChildren().stream())
                .flatMap(g -> g.getChildren().stream())
                .map(m -> ((CommunityNode.MemberNode) m.getValue()).member().name()).toList();
    }

    void select(CommunityWorkViewModel vm, String name) {
        vm.selectedProperty().set(vm.rootProperty().get().getChildren().stream().flatMap(c -> c.getChildren().stream())
                .flatMap(g -> g.getChildren().stream()).map(TreeItem::getValue)
                .filter(v -> ((CommunityNode.MemberNode) v).member().name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void theFilterKeepsMatchingMembersUnderTheirGridAndCommunityAndTheSelection() {
        CommunityWorkViewModel vm = vm(OFFICE);
        assertEquals(2, vm.rootProperty().get().getChildren().size(), "both communities without a filter");
        assertEquals(List.of("张三", "李四"), memberNames(vm.rootProperty().get()));
        select(vm, "李四");
        vm.filterProperty().set("李");
        assertEquals(List.of("李四"), memberNames(vm.rootProperty().get()));
        assertEquals(1, vm.rootProperty().get().getChildren().size(), "西园 has no 李");
        assertEquals("李四", vm.memberProperty().get().member().name(), "the selection stays");
        vm.filterProperty().set("王");
        assertTrue(vm.rootProperty().get().getChildren().isEmpty());
        assertNull(vm.memberProperty().get());
    }

    @Test
    void aFormSavesAndTheTimelineShowsItWhileBadInputStaysBesideTheField() {
        CommunityWorkViewModel vm = vm(OFFICE);
        assertTrue(vm.canRecord());
        assertFalse(vm(VIEWER).canRecord());
        select(vm, "张三");
        assertEquals(List.of(TimelineEntry.Kind.ENROLLED), vm.timeline().stream().map(TimelineEntry::kind).toList());
        assertTrue(vm.entryText(vm.timeline().get(0)).startsWith("2025-03-01"));

        ServiceFormViewModel service = vm.serviceForm();
        assertEquals("东虹社区", service.communityProperty().get().name());
        service.contentProperty().set("楼道清理");
        service.hoursProperty().set("一小时");
        boolean[] closed = {false};
        service.save(() -> closed[0] = true);
        assertFalse(closed[0]);
        assertEquals("请填写数字，例如 1.5", service.errors().message("service.hours"));
        service.hoursProperty().set("25");
        service.save(() -> closed[0] = true);
        assertTrue(service.errors().message("service.hours").contains("24"), service.errors().message("service.hours"));
        service.hoursProperty().set("2.5");
        service.save(() -> closed[0] = true);
        assertTrue(closed[0]);

        FeedbackFormViewModel card = vm.feedbackForm();
        assertEquals("东虹社区党支部", card.branchProperty().get().name());
        // today is 2026-11-29: the form offers the last quarter that has ended, and refuses the running one
        assertEquals(3, card.quarterProperty().get());
        assertEquals(2026, card.yearProperty().get());
        card.quarterProperty().set(4);
        card.contactsProperty().set("2");
        card.activitiesProperty().set("1");
        card.hoursProperty().set("4");
        card.ratingProperty().set(Rating.GOOD);
        boolean[] saved = {false};
        card.save(() -> saved[0] = true);
        assertFalse(saved[0]);
        assertEquals("2026 年第 4 季度到 2026-12-31 才结束：季度反馈卡在季度结束后填写，请选择已结束的季度。",
                card.errors().message("feedback.quarter"));
        card.quarterProperty().set(3);
        card.save(() -> saved[0] = true);
        assertTrue(saved[0]);
        PointsFormViewModel points = vm.pointsForm();
        points.pointsProperty().set("-2");
        points.reasonProperty().set("缺席");
        points.save(() -> { });

        assertEquals(List.of(TimelineEntry.Kind.POINTS, TimelineEntry.Kind.SERVICE, TimelineEntry.Kind.FEEDBACK,
                TimelineEntry.Kind.ENROLLED), vm.timeline().stream().map(TimelineEntry::kind).toList());
        assertTrue(vm.entryText(vm.timeline().get(0)).contains("扣 2 分：缺席"), vm.entryText(vm.timeline().get(0)));
        assertTrue(vm.entryText(vm.timeline().get(2)).contains("评价好"), vm.entryText(vm.timeline().get(2)));

        vm.selectedEntryProperty().set(vm.timeline().get(0));
        assertFalse(vm.canEditCard().get(), "points are not a card");
        assertEquals("只有登记卡可以修改；服务和积分记录有误时，请删除后重新登记。", vm.whyNotChanged(true).get());
        assertEquals("", vm.whyNotChanged(false).get(), "but they are deleted");
        vm.selectedEntryProperty().set(vm.timeline().get(3));
        assertFalse(vm.canDelete().get());
        assertEquals("报到和评议记录不在这里修改或删除。", vm.whyNotChanged(false).get());
        vm.selectedEntryProperty().set(vm.timeline().get(2));
        assertTrue(vm.canEditCard().get());
        assertEquals("", vm.whyNotChanged(true).get());
        FeedbackFormViewModel edit = vm.editFeedbackForm();
        assertEquals(3, edit.quarterProperty().get());
        edit.ratingProperty().set(Rating.POOR);
        edit.save(() -> { });
        assertTrue(vm.entryText(vm.timeline().get(2)).contains("评价差"));

        vm.selectedEntryProperty().set(vm.timeline().get(0));
        vm.deleteSelected();
        assertEquals(3, vm.timeline().size());
        assertTrue(vm.noticeProperty().get().contains("缺席"));
    }

    @Test
    void theRankingFollowsYearAndGroupAndExportsWhatItShows() throws Exception {
        work.addPoints(OFFICE, new PointEntry(null, li, LocalDate.of(2026, 2, 1), new BigDecimal("3"), "表彰", null, null));
        PointsRankingViewModel vm = new PointsRankingViewModel(new UiContext(OFFICE, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), work);
        vm.load();
        assertEquals("运检党支部", vm.groupProperty().get().name());
        assertEquals(List.of("李四", "张三"), vm.rows().stream().map(r -> r.member().name()).toList());
        assertEquals(List.of(1, 2), vm.rows().stream().map(PointsRow::rank).toList());
        assertTrue(vm.ruleProperty().get().contains("1"), vm.ruleProperty().get());
        vm.yearProperty().set(2025);
        assertEquals(List.of(1, 1), vm.rows().stream().map(PointsRow::rank).toList());
        vm.scopeProperty().set(RankingScope.COMMUNITY);
        assertEquals("东虹社区", vm.groupProperty().get().name());
        assertEquals(2, vm.rows().size());
        vm.yearProperty().set(2026);
        Path out = dir.resolve("ranking.xlsx");
        vm.export(out);
        List<List<String>> sheet = Workbooks.read(out);
        List<String> header = sheet.stream().filter(r -> r.contains("总积分")).findFirst().orElseThrow();
        assertEquals(vm.columnHeaders(), header);
        assertTrue(sheet.stream().anyMatch(r -> r.contains("李四") && r.contains("3.0")), sheet.toString());
    }
}
