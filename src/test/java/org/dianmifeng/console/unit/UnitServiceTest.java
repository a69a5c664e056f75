package org.dianmifeng.console.unit;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitServiceTest {
    @TempDir Path dir;
    TestServices t;
    UnitService units;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        units = t.services().units();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void refusesToMoveAUnitUnderItsOwnDescendant() {
        Unit city = t.city();
        Unit county = t.unit("JY", "江阴市供电公司", city);
        Unit station = t.unit("JY-HS", "华士供电所", county);
        ConsoleException e = assertThrows(ConsoleException.class, () -> units.move(ADMIN, county, station.id()));
        assertEquals("error.unit.moveUnderItself", e.key());
        assertThrows(ConsoleException.class, () -> units.move(ADMIN, county, county.id()));
        assertEquals(city.id(), units.all(ADMIN).stream().filter(u -> u.id().equals(county.id())).findFirst().orElseThrow().parentId());
    }

    @Test
    void theTreeHasOneTop() {
        t.city();
        ConsoleException e = assertThrows(ConsoleException.class, () -> units.create(ADMIN,
                new Unit(null, "TOP2", "第二个市公司", UnitKind.CITY, null, true, 0, null)));
        assertEquals("error.unit.secondRoot", e.key());
    }

    @Test
    void movesAUnitAndAuditsIt() {
        Unit city = t.city();
        Unit a = t.unit("A", "甲", city);
        Unit b = t.unit("B", "乙", city);
        Unit moved = units.move(ADMIN, b, a.id());
        assertEquals(a.id(), moved.parentId());
        var log = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "UNIT", null, 10));
        assertEquals("UPDATE", log.get(0).action().name());
        assertTrue(log.get(0).before().contains("parentId=" + city.id()));
        assertTrue(log.get(0).after().contains("parentId=" + a.id()));
    }

    @Test
    void validatesFieldsAndDuplicateCodes() {
        Unit city = t.city();
        ValidationException v = assertThrows(ValidationException.class,
                () -> units.create(ADMIN, new Unit(null, "", "x".repeat(101), UnitKind.STATION, city.id(), true, 0, null)));
        assertTrue(v.hasProblem("unit.code"));
        assertEquals("error.tooLong", v.problems().stream().filter(p -> p.field().equals("unit.name")).findFirst().orElseThrow().key());
        t.unit("JY", "江阴", city);
        ConsoleException dup = assertThrows(ConsoleException.class, () -> t.unit("jy", "另一个", city));
        assertEquals("error.unit.codeTaken", dup.key());
    }

    @Test
    void aViewerIsRefusedByTheService() {
        Unit city = t.city();
        assertThrows(AccessDeniedException.class, () -> units.rename(VIEWER, city, "新名字"));
        assertEquals("无锡供电公司", units.all(VIEWER).get(0).name());
    }

    @Test
    void theSecondOfTwoEditsIsToldItIsStale() {
        Unit city = t.city();
        Unit first = t.unit("A", "甲", city);
        Unit sameRowReadEarlier = first;
        units.rename(ADMIN, first, "甲一");
        assertThrows(StaleDataException.class, () -> units.rename(ADMIN, sameRowReadEarlier, "甲二"));
        assertEquals("甲一", units.all(ADMIN).stream().filter(u -> u.id().equals(first.id())).findFirst().orElseThrow().name());
    }

    @Test
    void deletesOnlyAnUnusedUnitAndDeactivatesOnlyALeaf() {
        Unit city = t.city();
        Unit county = t.unit("JY", "江阴", city);
        Unit station = t.unit("JY-1", "一所", county);
        ConsoleException inUse = assertThrows(ConsoleException.class, () -> units.delete(ADMIN, county));
        assertEquals("error.unit.inUse", inUse.key());
        ConsoleException children = assertThrows(ConsoleException.class, () -> units.setActive(ADMIN, county, false));
        assertEquals("error.unit.activeChildren", children.key());
        units.delete(ADMIN, station);
        Unit fresh = units.all(ADMIN).stream().filter(u -> u.id().equals(county.id())).findFirst().orElseThrow();
        assertEquals(false, units.setActive(ADMIN, fresh, false).active());
    }
}
