package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese first: a new installation starts in Chinese on any machine, and the dialogs' buttons speak the user's language. */
class ChineseFirstTest {
    private final Locale machine = Locale.getDefault();
    @TempDir Path dir;

    @AfterEach
    void restore() {
        Locale.setDefault(machine);
    }

    @Test
    void aNewInstallationStartsInChineseOnAnEnglishMachineAndKeepsTheChoice() {
        Locale.setDefault(Locale.US);
        Path file = dir.resolve("window.properties");
        assertEquals(Messages.CHINESE, WindowPrefs.load(file).locale());
        WindowPrefs prefs = WindowPrefs.load(file);
        prefs.setLocale(Messages.ENGLISH);
        prefs.save();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("en", WindowPrefs.load(file).locale().getLanguage(), "the user's choice is remembered");
    }

    @Test
    void okAndCancelAreInTheUsersLanguageWhateverTheJvmStartedIn() {
        Locale.setDefault(Locale.US);
        Messages zh = Messages.of(Messages.CHINESE);
        assertEquals("确定", Dialogs.ok(zh).getText());
        assertEquals("取消", Dialogs.cancel(zh).getText());
        assertEquals(ButtonBar.ButtonData.OK_DONE, Dialogs.ok(zh).getButtonData());
        assertEquals(ButtonBar.ButtonData.CANCEL_CLOSE, Dialogs.cancel(zh).getButtonData());
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("OK", Dialogs.ok(Messages.of(Messages.ENGLISH)).getText());
        assertEquals("Cancel", Dialogs.cancel(Messages.of(Messages.ENGLISH)).getText());
    }
}
