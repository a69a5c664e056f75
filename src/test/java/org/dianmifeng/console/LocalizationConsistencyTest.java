package org.dianmifeng.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, no key is defined twice, and every key the code and FXML use exists. */
class LocalizationConsistencyTest {
    private static final Path I18N = Path.of("src/main/resources/i18n");

    @ParameterizedTest
    @CsvSource({"messages_zh_CN.properties, messages_en.properties", "cli.properties, cli_en.properties"})
    void bothLanguagesHaveTheSameKeys(String chinese, String english) throws IOException {
        Set<String> zh = new TreeSet<>(load(I18N.resolve(chinese)).stringPropertyNames());
        Set<String> en = new TreeSet<>(load(I18N.resolve(english)).stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(zh);
        missingInEnglish.removeAll(en);
        Set<String> missingInChinese = new TreeSet<>(en);
        missingInChinese.removeAll(zh);
        assertEquals(Set.of(), missingInEnglish, "keys missing in " + english);
        assertEquals(Set.of(), missingInChinese, "keys missing in " + chinese);
    }

    @ParameterizedTest
    @CsvSource({"messages_zh_CN.properties", "messages_en.properties", "cli.properties", "cli_en.properties"})
    void noKeyIsDefinedTwice(String file) throws IOException {
        List<String> keys = Files.readAllLines(I18N.resolve(file), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')).strip())
                .toList();
        List<String> twice = new ArrayList<>(keys);
        new TreeSet<>(keys).forEach(twice::remove);
        assertEquals(List.of(), twice, "keys defined twice in " + file);
    }

    /** MessageFormat would swallow a lone apostrophe in a message that takes arguments. */
    @Test
    void noLoneApostropheInMessagesWithArguments() throws IOException {
        Properties en = load(I18N.resolve("messages_en.properties"));
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.matches(".*\\{\\d.*")) {
                assertTrue(!value.replace("''", "").contains("'"), key + " has a lone apostrophe: " + value);
            }
        }
    }

    @Test
    void everyKeyUsedInFxmlAndCodeExists() throws IOException {
        Set<String> known = load(I18N.resolve("messages_zh_CN.properties")).stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern fxml = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Pattern code = Pattern.compile("(?:messages\\(\\)|messages|\\bm)\\.text\\(\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Pattern exception = Pattern.compile("(?:ConsoleException|Problem\\.of|\\.add)\\([^\"]*\"(?:[a-z][A-Za-z0-9_.]*\"\\s*,\\s*\")?(error\\.[A-Za-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                if (!name.endsWith(".fxml") && !name.endsWith(".java")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : name.endsWith(".fxml") ? List.of(fxml) : List.of(code, exception)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        if (!known.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys used but not in the bundles");
    }

    /** Every enum constant shown through Messages.label has a label in both languages. */
    @Test
    void everyEnumShownHasLabels() throws IOException {
        Properties zh = load(I18N.resolve("messages_zh_CN.properties"));
        List<Class<? extends Enum<?>>> shown = List.of(
                org.dianmifeng.console.core.Role.class,
                org.dianmifeng.console.core.Gender.class,
                org.dianmifeng.console.core.AuditAction.class,
                org.dianmifeng.console.core.AuditNote.class,
                org.dianmifeng.console.core.BackupReason.class,
                org.dianmifeng.console.core.BackupResult.class,
                org.dianmifeng.console.unit.UnitKind.class,
                org.dianmifeng.console.unit.PoliticalStatus.class,
                org.dianmifeng.console.party.RankingScope.class,
                org.dianmifeng.console.party.BranchKind.class,
                org.dianmifeng.console.party.GridRole.class,
                org.dianmifeng.console.party.Rating.class,
                org.dianmifeng.console.party.Grade.class,
                org.dianmifeng.console.party.AppraisalStatus.class,
                org.dianmifeng.console.party.GradeRule.class,
                org.dianmifeng.console.aidcase.AidCaseStatus.class,
                org.dianmifeng.console.aidcase.EligibilityCategory.class,
                org.dianmifeng.console.aidcase.RenovationCategory.class,
                org.dianmifeng.console.aidcase.ItemStatus.class,
                org.dianmifeng.console.aidcase.PhotoKind.class,
                org.dianmifeng.console.aidcase.IdentityAction.class,
                org.dianmifeng.console.aidcase.AgeBand.class,
                org.dianmifeng.console.aidcase.FollowUpState.class,
                org.dianmifeng.console.honour.HonourLevel.class,
                org.dianmifeng.console.honour.RecipientKind.class,
                org.dianmifeng.console.site.SiteKind.class,
                org.dianmifeng.console.site.SiteStatus.class,
                org.dianmifeng.console.site.Amenity.class,
                org.dianmifeng.console.volunteer.VolunteerStatus.class,
                org.dianmifeng.console.star.StarState.class);
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> c : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + c.name();
                if (zh.getProperty(key) == null) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** Every record type the audit log filters by has a label. */
    @Test
    void everyAuditedEntityHasALabel() throws IOException {
        Properties zh = load(I18N.resolve("messages_zh_CN.properties"));
        Set<String> missing = new TreeSet<>();
        for (String entity : org.dianmifeng.console.account.ui.AuditLogViewModel.ENTITIES) {
            if (zh.getProperty("audit.entity." + entity) == null) {
                missing.add(entity);
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
