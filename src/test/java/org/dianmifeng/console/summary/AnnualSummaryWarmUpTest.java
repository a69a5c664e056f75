package org.dianmifeng.console.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;

/** The report warm-up the console runs after sign-in builds the overview in memory and leaves nothing behind. */
class AnnualSummaryWarmUpTest {

    @Test
    void theWarmUpLeavesNoTemporaryFileOfTheStreamingWorkbook() throws IOException {
        Set<Path> before = poiTempFiles();
        AnnualSummary.warmUp(Messages.of(Messages.CHINESE));
        AnnualSummary.warmUp(Messages.of(Messages.ENGLISH));
        assertEquals(before, poiTempFiles(), "the warm-up disposes of its workbook's temporary files");
    }

    private static Set<Path> poiTempFiles() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).collect(Collectors.toSet());
        }
    }
}
