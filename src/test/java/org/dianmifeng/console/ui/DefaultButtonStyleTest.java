package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The button Enter presses is drawn as the screen's main action: every default button of the screens' FXML carries
 * the theme's {@code accent} style. Without it the theme draws a default button in a tool bar pale on pale, as if it
 * were disabled (评议与积分设置's 保存 looked greyed out in every state).
 */
class DefaultButtonStyleTest {
    @Test
    void everyDefaultButtonIsDrawnAsTheMainAction() throws IOException {
        Pattern button = Pattern.compile("<Button\\b[^>]*>");
        Set<String> plain = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = button.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String tag = m.group();
                    if (tag.contains("defaultButton=\"true\"") && !tag.matches("(?s).*styleClass=\"[^\"]*\\baccent\\b.*")) {
                        plain.add(f.getFileName() + ": " + tag);
                    }
                }
            }
        }
        assertEquals(Set.of(), plain, "default buttons without the accent style");
    }
}
