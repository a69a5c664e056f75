package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder of the release before, as its own {@code demo} made it (the code at commit 28cc8f9, schema version 4,
 * 40 people; the database file and its key slots, kept in src/test/resources/upgrade/schema4), opened by this
 * console: it is upgraded to the newest schema, after a checked backup from before, and every row of every table
 * is there as it was.
 */
class PreviousReleaseUpgradeTest {
    private static final String FIXTURE = "/upgrade/schema4/data/";
    private static final char[] DEMO_PASSWORD = "BeeDemo-2026".toCharArray();
    @TempDir Path dir;
    /** The columns of each table before the upgrade. */
    private final Map<String, List<String>> columnsBefore = new TreeMap<>();

    @Test
    void theDatabaseOfTheReleaseBeforeIsUpgradedWithEveryRowKept() throws Exception {
        Path data = Files.createDirectories(Database.fileIn(dir).getParent());
        for (String file : List.of("console.mv.db", "console.keys")) {
            try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FIXTURE + file), file)) {
                Files.copy(in, data.resolve(file));
            }
        }
        DataKey key = Vault.key(dir, "admin", DEMO_PASSWORD);
        String before = schemaVersion(key);
        String newest = newestKnown();
        assertTrue(MigrationVersion.fromVersion(before).compareTo(MigrationVersion.fromVersion(newest)) < 0,
                "the fixture is older than this console: " + before + " < " + newest);
        Map<String, List<String>> rowsBefore = rows(key, null);
        assertTrue(rowsBefore.get("PERSON").size() >= 40 && rowsBefore.get("ACCOUNT").size() >= 6
                && !rowsBefore.get("AUDIT_LOG").isEmpty(), "the fixture holds the demo's people, accounts and log");

        try (Database db = Vault.openExisting(dir, key)) {
            assertEquals(newest, db.schemaVersion());
            ConsoleException notice = db.notice().orElseThrow();
            assertEquals("notice.upgraded", notice.key());
            assertEquals(before, notice.args()[0]);
            assertEquals(newest, notice.args()[1]);
            BackupInfo copy = new Backups(dir).list().get(0);
            assertEquals(BackupReason.BEFORE_MIGRATION, copy.reason());
            assertTrue(copy.verified(), "the copy from before the upgrade was checked");
            assertEquals(before, copy.schemaVersion());
            assertEquals(copy.file(), notice.args()[2]);
            String text = notice.localized(Messages.of(Locale.SIMPLIFIED_CHINESE));
            assertTrue(text.contains("结构版本 " + before + " 升级到 " + newest), text);
        }
        Map<String, List<String>> rowsAfter = rows(key, rowsBefore.keySet());
        for (Map.Entry<String, List<String>> table : rowsBefore.entrySet()) {
            assertEquals(table.getValue(), rowsAfter.get(table.getKey()), "every row of " + table.getKey());
        }
        try (Database db = Vault.openExisting(dir, key)) {
            assertTrue(db.notice().isEmpty(), "upgraded once: the next open says nothing");
        }
    }

    /** The newest schema version of this console's migrations. */
    private static String newestKnown() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:newest-" + System.nanoTime(), "sa", "")
                .locations(Database.MIGRATIONS.toArray(String[]::new)).load();
        MigrationInfo[] pending = flyway.info().pending();
        return pending[pending.length - 1].getVersion().getVersion();
    }

    private Connection connect(DataKey key) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + Database.fileIn(dir).toAbsolutePath()
                + ";CIPHER=AES;IFEXISTS=TRUE", "sa", key.h2Password());
    }

    private String schemaVersion(DataKey key) throws SQLException {
        try (Connection c = connect(key); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"version\" FROM \"" + Database.HISTORY
                     + "\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    /**
     * Every row of every table but Flyway's history (which gains the upgrade's rows), each as the text of its columns,
     * sorted; {@code tables} null: the tables there are, with their columns now; else those tables with the columns
     * they had then (an upgrade may add columns, never lose a value).
     */
    private Map<String, List<String>> rows(DataKey key, Set<String> tables) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection c = connect(key); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = "
                    + "'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> '" + Database.HISTORY + "'")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            for (String table : tables == null ? names : List.copyOf(tables)) {
                List<String> columns = tables == null ? columns(s, table) : columnsBefore.get(table);
                List<String> texts = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns.size(); i++) {
                            row.append(r.getString(i)).append('\u001f');
                        }
                        texts.add(row.toString());
                    }
                }
                Collections.sort(texts);
                rows.put(table, texts);
                if (tables == null) {
                    columnsBefore.put(table, columns);
                }
            }
        }
        return rows;
    }

    private static List<String> columns(Statement s, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                + "'PUBLIC' AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
            while (r.next()) {
                columns.add('"' + r.getString(1) + '"');
            }
        }
        return columns;
    }
}
