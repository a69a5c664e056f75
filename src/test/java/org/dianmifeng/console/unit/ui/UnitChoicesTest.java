package org.dianmifeng.console.unit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** A list's unit filter: the tree's order, indented names, the chosen unit kept by id, its subtree. */
class UnitChoicesTest {
    private static Unit unit(long id, String name, Long parent, int order) {
        return new Unit(id, "U" + id, name, parent == null ? UnitKind.CITY : UnitKind.COUNTY, parent, true, order, 0);
    }

    @Test
    void theChosenUnitIsKeptByIdWhenTheUnitsAreReadAgain() {
        UnitChoices choices = new UnitChoices();
        SimpleObjectProperty<Unit> chosen = new SimpleObjectProperty<>();
        // read out of the tree's order: the children before their parent
        choices.refill(List.of(unit(3, "宜兴", 1L, 2), unit(2, "江阴", 1L, 1), unit(1, "无锡", null, 0),
                unit(4, "丁蜀所", 3L, 0)), chosen);
        assertEquals(List.of("无锡", "江阴", "宜兴", "丁蜀所"), choices.choices().stream().map(Unit::name).toList());
        assertEquals("\u3000\u3000丁蜀所", choices.indented(choices.choices().get(3)));
        assertEquals(Set.of(3L, 4L), choices.subtree(3L), "a county takes in its stations");
        assertEquals(Set.of(), choices.subtree(null), "no unit chosen: no filter");

        Unit yixing = choices.choices().get(2);
        chosen.set(yixing);
        choices.refill(List.of(unit(1, "无锡", null, 0), unit(3, "宜兴市", 1L, 2)), chosen);
        assertEquals("宜兴市", chosen.get().name(), "the same unit, as read again");
        assertNotSame(yixing, chosen.get());
        choices.refill(List.of(unit(1, "无锡", null, 0)), chosen);
        assertNull(chosen.get(), "a unit no longer there is no longer chosen");
    }
}
