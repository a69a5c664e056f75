package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data lives by default: the user's own folder, never the install folder. */
class DataFolderTest {
    @TempDir Path home;

    @Test
    void linuxKeepsItInTheHomeFolder() {
        assertEquals(home.resolve(".bee-console"), DataFolder.defaultPath("Linux", null, home));
        assertEquals(home.resolve(".bee-console"), DataFolder.defaultPath("Linux", "/ignored", home));
    }

    @Test
    void windowsKeepsItInTheRoamingProfileUnlessAnOlderFolderIsThere() throws Exception {
        Path appData = home.resolve("AppData").resolve("Roaming");
        assertEquals(appData.resolve("BeeConsole"), DataFolder.defaultPath("Windows 11", appData.toString(), home));
        assertEquals(home.resolve(".bee-console"), DataFolder.defaultPath("Windows 11", "", home),
                "without APPDATA: the home folder");
        Files.createDirectories(home.resolve(".bee-console"));
        assertEquals(home.resolve(".bee-console"), DataFolder.defaultPath("Windows 11", appData.toString(), home),
                "a folder a console made before stays in use");
    }
}
