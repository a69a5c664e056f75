package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an upgrade the console knows which version opened the data folder before. */
class ConsoleVersionTest {
    @TempDir Path folder;

    @Test
    void theVersionBeforeIsToldOnceAfterAnUpgrade() throws Exception {
        assertEquals(Optional.empty(), ConsoleVersion.recordOpenedBy(folder, "0.1.0"), "a new folder: nothing to tell");
        assertEquals(Optional.empty(), ConsoleVersion.recordOpenedBy(folder, "0.1.0"), "the same version again");
        assertEquals(Optional.of("0.1.0"), ConsoleVersion.recordOpenedBy(folder, "0.2.0"));
        assertEquals(Optional.empty(), ConsoleVersion.recordOpenedBy(folder, "0.2.0"), "told once");
        assertEquals("0.2.0", Files.readString(folder.resolve(ConsoleVersion.FILE)).strip());
    }

    @Test
    void aFolderOfAReleaseBeforeTheRecordSaysNothingButIsRecorded() throws Exception {
        Files.writeString(folder.resolve("window.properties"), "locale=zh_CN\n");
        assertTrue(ConsoleVersion.recordOpenedBy(folder, "0.2.0").isEmpty());
        assertEquals("0.2.0", Files.readString(folder.resolve(ConsoleVersion.FILE)).strip());
    }
}
