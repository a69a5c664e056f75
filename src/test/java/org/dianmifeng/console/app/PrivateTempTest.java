package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateTempTest {
    @TempDir Path dir;

    /** A process id that no process has: above the largest Linux allows. */
    private static final long GONE = 4_194_305L;

    @Test
    void theTemporaryFilesOfAProcessThatIsGoneAreDeletedThoseOfRunningOnesKept() throws Exception {
        Path root = new DataFolder(dir).temp();
        Path killedReport = Files.createDirectories(root.resolve(String.valueOf(GONE)).resolve("bee-report-1"));
        Files.writeString(killedReport.resolve("年度工作总结.xlsx"), "names of members");
        Path killedCheck = Files.createDirectories(root.resolve(GONE + "-check"));
        Path running = Files.createDirectories(root.resolve(String.valueOf(ProcessHandle.current().pid())));
        Path notOurs = Files.createDirectories(root.resolve("keep-me"));
        PrivateTemp.removeLeftovers(root);
        assertFalse(Files.exists(killedReport.getParent()), "a killed report's files");
        assertFalse(Files.exists(killedCheck), "a killed backup check's files");
        assertTrue(Files.exists(running), "this process's own");
        assertTrue(Files.exists(notOurs), "what the console did not make");
    }
}
