package org.dianmifeng.console.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's size and position and the chosen language, kept in a small file of the data folder. */
public final class WindowPrefs {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPrefs.class);
    private final Path file;
    private final Properties props = new Properties();

    private WindowPrefs(Path file) {
        this.file = file;
    }

    public static WindowPrefs load(Path file) {
        WindowPrefs prefs = new WindowPrefs(file);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                prefs.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Window preferences unreadable, using defaults: {}", e.getMessage());
            }
        }
        return prefs;
    }

    /** The language chosen last; Chinese until one is chosen, whatever the machine's locale (Chinese first). */
    public Locale locale() {
        String tag = props.getProperty("language");
        return tag == null ? Messages.CHINESE : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        props.setProperty("language", Messages.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN");
    }

    /** Puts the stage where it was last time, if that still fits a screen; otherwise a sensible default. */
    public void applyTo(Stage stage) {
        stage.setWidth(number("width", 1280));
        stage.setHeight(number("height", 800));
        if (props.containsKey("x") && props.containsKey("y")) {
            double x = number("x", 0);
            double y = number("y", 0);
            boolean visible = javafx.stage.Screen.getScreensForRectangle(x, y, 100, 100).size() > 0;
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(Boolean.parseBoolean(props.getProperty("maximized", "false")));
    }

    public void rememberFrom(Stage stage) {
        props.setProperty("maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            props.setProperty("x", String.valueOf(stage.getX()));
            props.setProperty("y", String.valueOf(stage.getY()));
            props.setProperty("width", String.valueOf(stage.getWidth()));
            props.setProperty("height", String.valueOf(stage.getHeight()));
        }
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Bee Console window");
            }
        } catch (IOException e) {
            LOG.warn("Cannot save window preferences", e);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(props.getProperty(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
