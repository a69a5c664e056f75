package org.dianmifeng.console.core;

import org.dianmifeng.console.testing.TestKeys;
import java.nio.file.Path;

/** A second process for tests: opens the database of a data folder, says so, and holds it until killed. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database db = TestKeys.open(Path.of(args[0]));
        System.out.println("OPEN " + db.file());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
