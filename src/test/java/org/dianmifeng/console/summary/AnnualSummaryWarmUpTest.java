package org.dianmifeng.console.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report warm-up the console runs after sign-in builds the overview in memory and leaves nothing behind. POI's
 * temporary files go to a folder of this test's own, so that other test JVMs writing theirs into the shared temporary
 * folder at the same time cannot make it fail.
 */
class AnnualSummaryWarmUpTest {

    @TempDir
    Path poiFiles;

    @AfterEach
    void sharedTemporaryFolderAgain() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void theWarmUpLeavesNoTemporaryFileOfTheStreamingWorkbook() throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
        AnnualSummary.warmUp(Messages.of(Messages.CHINESE));
        AnnualSummary.warmUp(Messages.of(Messages.ENGLISH));
        try (Stream<Path> left = Files.walk(poiFiles)) {
            List<Path> files = left.filter(Files::isRegularFile).toList();
            assertEquals(List.of(), files, "the warm-up disposes of its workbook's temporary files");
        }
    }
}
