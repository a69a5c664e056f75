package org.dianmifeng.console.core;

import static org.dianmifeng.console.db.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report reads one moment of the database while others save ({@link Database#snapshot}): on H2 and, in the
 * PostgreSQL pass, on the server.
 */
class SnapshotTest {
    @TempDir
    Path dir;

    @Test
    void whatOthersSaveDuringASnapshotIsNotSeenInItAndIsSeenAfter() {
        try (TestServices t = new TestServices(dir)) {
            Database db = t.services().database();
            Unit city = t.city();
            int[] seen = db.snapshot(dsl -> {
                int before = dsl.fetchCount(UNIT);
                // another console's save, committed on its own connection while the report reads
                t.unit("JY", "江阴市供电公司", city);
                return new int[] {before, dsl.fetchCount(UNIT), dsl.fetchCount(UNIT, UNIT.CODE.eq("JY"))};
            });
            assertEquals(seen[0], seen[1], "the snapshot keeps its count");
            assertEquals(0, seen[2]);
            int after = db.read(dsl -> dsl.fetchCount(UNIT));
            assertEquals(seen[0] + 1, after, "the save is there after it");
        }
    }

    @Test
    void aFailureInsideEndsTheSnapshotAndTheConnectionServesOthersAsBefore() {
        try (TestServices t = new TestServices(dir)) {
            Database db = t.services().database();
            t.city();
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> db.snapshot(dsl -> {
                dsl.fetchCount(UNIT);
                throw new IllegalStateException("cancelled");
            }));
            for (int i = 0; i < 6; i++) {
                // the pool's connections are back in auto-commit: each save is seen at once
                t.unit("U" + i, "单位" + i, t.city());
                int n = i;
                int found = db.read(dsl -> dsl.fetchCount(UNIT, UNIT.CODE.eq("U" + n)));
                assertEquals(1, found);
            }
        }
    }
}
