package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitTreeViewModelTest {
    @TempDir Path dir;
    TestServices t;
    UnitTreeViewModel vm;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        vm = new UnitTreeViewModel(new UiContext(OFFICE, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                t.services().units());
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void anEmptyTreeTakesATopUnitThenAddingNeedsAParent() {
        vm.load();
        assertTrue(vm.canAddProperty().get());
        Unit city = t.city();
        vm.load();
        assertFalse(vm.canAddProperty().get(), "a second top is not offered");
        vm.selectedProperty().set(city);
        assertTrue(vm.canAddProperty().get());
    }

    /** The export writes the units the tree shows, as filtered, in its order, each with its level and the unit above. */
    @Test
    void theExportWritesTheUnitsShownInTheTreesOrder() throws Exception {
        Unit city = t.city();
        Unit jy = t.unit("JY", "江阴市供电公司", city);
        t.unit("JY-HS", "华士供电所", jy);
        t.unit("YX", "宜兴市供电公司", city);
        vm.load();
        vm.filterProperty().set("华士");
        Path out = dir.resolve("units.xlsx");
        vm.export(out);
        java.util.List<java.util.List<String>> all = org.dianmifeng.console.testing.Workbooks.read(out);
        int header = 0;
        while (header < all.size() && (all.get(header).isEmpty() || !"层级".equals(all.get(header).get(0)))) {
            header++; // below the sheet's title lines
        }
        java.util.List<java.util.List<String>> rows = all.subList(header, all.size());
        assertEquals(java.util.List.of("层级", "编码", "名称", "类型", "上级单位", "状态"), rows.get(0).subList(0, 6), all.toString());
        assertEquals(java.util.List.of("无锡供电公司", "江阴市供电公司", "华士供电所"),
                rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList(), "the branch to the match, in order");
        assertEquals(java.util.List.of("3", "JY-HS", "华士供电所"), rows.get(3).subList(0, 3));
        assertEquals("江阴市供电公司", rows.get(3).get(4));
        assertEquals("在用", rows.get(3).get(5));
    }

    @Test
    void theFilterKeepsMatchesWithTheirAncestorsAndAddSavesBelowTheSelection() {
        Unit city = t.city();
        Unit jy = t.unit("JY", "江阴市供电公司", city);
        t.unit("YX", "宜兴市供电公司", city);
        vm.load();
        vm.selectedProperty().set(jy);
        UnitFormViewModel form = vm.newChildForm();
        form.codeProperty().set("JY-HS");
        form.nameProperty().set("华士供电所");
        boolean[] closed = {false};
        form.save(() -> closed[0] = true);
        assertTrue(closed[0]);

        vm.filterProperty().set("华士");
        TreeItem<Unit> top = vm.rootProperty().get().getChildren().get(0);
        assertEquals("无锡供电公司", top.getValue().name());
        assertEquals(1, top.getChildren().size(), "only the branch that leads to the match");
        assertEquals("江阴市供电公司", top.getChildren().get(0).getValue().name());
        assertEquals("华士供电所", top.getChildren().get(0).getChildren().get(0).getValue().name());
    }

    @Test
    void aBadFormStaysOpenWithItsMessagesBesideTheFields() {
        Unit city = t.city();
        vm.load();
        vm.selectedProperty().set(city);
        UnitFormViewModel form = vm.newChildForm();
        form.codeProperty().set("含中文");
        boolean[] closed = {false};
        form.save(() -> closed[0] = true);
        assertFalse(closed[0]);
        assertEquals("编码只能包含字母、数字、下划线和短横线", form.errors().message("unit.code"));
        assertEquals("必填", form.errors().message("unit.name"));
    }

    /**
     * A move under the unit it is under already writes nothing (Enter in the move dialog, which offers that unit
     * first); a command opening a form clears the last refusal, which was not about it.
     */
    @Test
    void aMoveUnderTheSameParentWritesNothingAndAFormClearsTheLastRefusal() {
        Unit city = t.city();
        Unit jy = t.unit("JY", "江阴市供电公司", city);
        Unit hs = t.unit("JY-HS", "华士供电所", jy);
        t.person("张三", "32028119800101001", hs);
        vm.load();
        vm.selectedProperty().set(hs);
        vm.moveTo(jy);
        assertEquals(hs.version(), t.services().units().all(TestServices.ADMIN).stream()
                .filter(u -> u.id().equals(hs.id())).findFirst().orElseThrow().version(), "nothing written");
        vm.delete(); // refused: a person belongs to it
        assertTrue(vm.errorProperty().get() != null, "the service refuses the deletion");
        vm.newChildForm();
        assertEquals(null, vm.errorProperty().get(), "the form's command clears the refusal");
    }
}
