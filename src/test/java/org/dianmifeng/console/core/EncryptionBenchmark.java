package org.dianmifeng.console.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dianmifeng.console.app.SampleData;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the encryption of the database costs: the same sample data ({@code demo}'s 2,000 people) in an encrypted
 * file and, as the baseline measured in the same run, in an unencrypted copy; for each, the time to open the
 * database (what the start-up and a sign-in wait for, without the password's PBKDF2) and to write the annual summary,
 * alternating, the median of {@link #RUNS} after a warm-up. Not part of the suite (surefire excludes *Benchmark*):
 * {@code mvn -o test -Dtest=EncryptionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EncryptionBenchmark {
    private static final int RUNS = 7;
    @TempDir Path dir;

    @Test
    void encryptedAgainstUnencrypted() throws Exception {
        Path encrypted = dir.resolve("encrypted");
        Path plain = dir.resolve("plain");
        Path script = dir.resolve("copy.sql");
        int year;
        try (Database db = TestKeys.open(encrypted)) {
            Services s = new Services(db, Clock.systemDefaultZone(), 1_000);
            new SampleData(s, SampleData.DEFAULT_SEED).load(SampleData.DEFAULT_PEOPLE, false, Progress.NONE);
            year = java.time.LocalDate.now().getYear();
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("SCRIPT TO '" + script + "'");
            }
        }
        Files.createDirectories(Database.fileIn(plain).getParent());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + Database.fileIn(plain), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script + "'");
            st.execute("SHUTDOWN");
        }
        Files.delete(script);

        List<Long> openPlain = new ArrayList<>();
        List<Long> openEncrypted = new ArrayList<>();
        List<Long> summaryPlain = new ArrayList<>();
        List<Long> summaryEncrypted = new ArrayList<>();
        for (int i = -1; i < RUNS; i++) {
            boolean measured = i >= 0;
            time(plain, null, year, measured ? openPlain : null, measured ? summaryPlain : null);
            time(encrypted, TestKeys.KEY, year, measured ? openEncrypted : null, measured ? summaryEncrypted : null);
        }
        System.out.println();
        System.out.println("Encryption benchmark: " + SampleData.DEFAULT_PEOPLE + " people, median of " + RUNS
                + " runs, H2 " + org.h2.engine.Constants.VERSION + ", Java " + System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-28s %12s %12s %8s%n", "", "baseline", "encrypted", "ratio");
        row("open the database (ms)", median(openPlain), median(openEncrypted));
        row("annual summary (ms)", median(summaryPlain), median(summaryEncrypted));
        // a sign-in now also unwraps the key from the account's slot: against the password check it always made
        char[] password = "a-long-password-1".toCharArray();
        String hash = Passwords.hash(password);
        KeySlots slots = KeySlots.of(dir.resolve("slots"));
        slots.replace("admin", password, TestKeys.KEY, Passwords.ITERATIONS);
        List<Long> check = new ArrayList<>();
        List<Long> unwrap = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Passwords.matches(password, hash);
            long t1 = System.nanoTime();
            slots.open("admin", password).orElseThrow();
            long t2 = System.nanoTime();
            check.add((t1 - t0) / 1_000_000);
            unwrap.add((t2 - t1) / 1_000_000);
        }
        row("sign-in: slot vs check (ms)", median(check), median(unwrap));
        row("file size (KB)", Files.size(Backups.mvFile(Database.fileIn(plain))) / 1024,
                Files.size(Backups.mvFile(Database.fileIn(encrypted))) / 1024);
    }

    private static void time(Path home, DataKey key, int year, List<Long> open, List<Long> summary) throws Exception {
        long t0 = System.nanoTime();
        DataLock lock = DataLock.acquire(home);
        Database db = Database.open(home.toAbsolutePath(), Database.MIGRATIONS, Clock.systemDefaultZone(),
                new Backups(home, key), lock, key);
        try {
            db.read(d -> d.fetchCount(d.selectFrom("UNIT")));
            long t1 = System.nanoTime();
            Services s = new Services(db, Clock.systemDefaultZone(), 1_000);
            Path out = home.resolve("summary.xlsx");
            s.summaryReport().write(TestServices.ADMIN, year, null, out, Messages.of(Locale.SIMPLIFIED_CHINESE),
                    Progress.NONE);
            long t2 = System.nanoTime();
            if (open != null) {
                open.add((t1 - t0) / 1_000_000);
                summary.add((t2 - t1) / 1_000_000);
            }
        } finally {
            db.close();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void row(String what, long base, long measured) {
        System.out.printf(Locale.ROOT, "%-28s %12d %12d %8.2f%n", what, base, measured, (double) measured / base);
    }
}
