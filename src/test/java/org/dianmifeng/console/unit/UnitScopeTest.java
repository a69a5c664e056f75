package org.dianmifeng.console.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;

class UnitScopeTest {
    static final Unit CITY = unit(1, "WX", null);
    static final Unit COUNTY = unit(2, "JY", 1L);
    static final Unit STATION = unit(3, "JY-S1", 2L);
    static final Unit OTHER = unit(4, "YX", 1L);
    static final List<Unit> ALL_UNITS = List.of(CITY, COUNTY, STATION, OTHER);

    static Unit unit(long id, String code, Long parent) {
        return new Unit(id, code, code + " unit", UnitKind.COUNTY, parent, true, (int) id, 0);
    }

    @Test
    void noCodeIsEveryUnit() {
        assertSame(UnitScope.ALL, UnitScope.of(null, ALL_UNITS));
        assertSame(UnitScope.ALL, UnitScope.of("  ", ALL_UNITS));
        assertNull(UnitScope.ALL.unitName());
    }

    @Test
    void aCodeIsThatUnitAndTheUnitsBelowIt() {
        UnitScope scope = UnitScope.of(" jy ", ALL_UNITS);
        assertEquals(COUNTY, scope.unit());
        assertEquals("JY unit", scope.unitName());
        assertEquals(Set.of(2L, 3L), scope.unitIds());
        assertEquals(Set.of(1L, 2L, 3L, 4L), UnitScope.of("WX", ALL_UNITS).unitIds());
    }

    @Test
    void anUnknownCodeIsNamed() {
        ConsoleException e = assertThrows(ConsoleException.class, () -> UnitScope.of(" NOPE ", ALL_UNITS));
        assertEquals("error.report.unknownUnit", e.key());
        assertEquals("There is no unit with the code \"NOPE\". Check the unit code.",
                e.localized(Messages.of(Messages.ENGLISH)));
    }
}
