package org.dianmifeng.console.crash;

import org.dianmifeng.console.testing.TestKeys;
import static org.dianmifeng.console.db.Tables.AUDIT_LOG;
import static org.dianmifeng.console.db.Tables.SETTING;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.dianmifeng.console.app.Cli;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.app.SampleData;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.jooq.DSLContext;

/**
 * The child process of {@link CrashSuiteTest}: runs the console's own code on a data folder until it
 * is killed, and tells the parent on its standard output what it is doing. A line {@code ACK ...} is
 * printed (and flushed) only after the save it names has returned, that is after its commit.
 *
 * <pre>
 * java ... CrashWorker MODE DIR SEED [key=value ...]
 *   saves         single unit saves through the services; idle pauses of 1-3 s between some of them.
 *                 then-idle=N: N saves, then "IDLE" and nothing more until killed
 *   transactions  unit saves (record + audit row in one transaction) mixed with big transactions of
 *                 SETTING + AUDIT_LOG rows through Database.transaction. big-first=true starts with a
 *                 big one; then-idle=N stops after N steps
 *   demo          the command line "demo --data DIR --people N" (people=N, default 300)
 *   migrate       Database.open on a folder at an older schema version
 * </pre>
 *
 * Lines: {@code READY} (database open), {@code SAVE code} / {@code ACK code} (a unit save),
 * {@code BEGIN BIG k n} / {@code COMMIT BIG k} (the last statement ran, commit follows) /
 * {@code ACK BIG k n}, {@code PAUSE ms}, {@code IDLE}, {@code START}, {@code ACK DEMO rc},
 * {@code ACK MIGRATED}, {@code DONE}. Everything else (logs, the demo command's own output) goes to
 * standard error.
 */
public final class CrashWorker {
    /** Codes of the units the worker saves: {@code CRASH-<n>}; their name carries the same code. */
    static final String UNIT_PREFIX = "CRASH-";
    static final String UNIT_NAME_PREFIX = "崩溃测试单位";
    /** SETTING rows of big transaction k are named {@code crash.big.<k>.<i>}. */
    static final String BIG_PREFIX = "crash.big.";
    /** AUDIT_LOG rows of big transaction k have this entity and entity id k. */
    static final String BIG_ENTITY = "CRASH";
    private static final int CHUNK = 1000;

    private static PrintStream protocol;

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        // The protocol owns the real standard output; anything else printed (logback's console
        // appender, the demo command's progress) goes to standard error.
        protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        String mode = args[0];
        Path dir = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        Map<String, String> options = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv[1]);
        }
        switch (mode) {
            case "saves" -> saves(dir, random, options);
            case "transactions" -> transactions(dir, random, options);
            case "demo" -> demo(dir, options);
            case "migrate" -> migrate(dir);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    static void say(String line) {
        protocol.println(line);
        protocol.flush();
    }

    private static void saves(Path dir, Random random, Map<String, String> options) throws InterruptedException {
        int thenIdle = Integer.parseInt(options.getOrDefault("then-idle", "-1"));
        Database db = open(dir);
        Services services = new Services(db, Clock.systemDefaultZone(), 1000);
        say("READY");
        Session admin = TestServices.ADMIN;
        long parent = root(services, admin);
        for (int n = 0; thenIdle < 0 || n < thenIdle; n++) {
            saveUnit(services, admin, parent, n);
            if (thenIdle < 0) {
                pause(random);
            }
        }
        idleForever();
    }

    private static void transactions(Path dir, Random random, Map<String, String> options) throws InterruptedException {
        int thenIdle = Integer.parseInt(options.getOrDefault("then-idle", "-1"));
        boolean bigFirst = Boolean.parseBoolean(options.getOrDefault("big-first", "false"));
        Database db = open(dir);
        Services services = new Services(db, Clock.systemDefaultZone(), 1000);
        say("READY");
        Session admin = TestServices.ADMIN;
        long parent = root(services, admin);
        int units = 0;
        int bigs = 0;
        for (int step = 0; thenIdle < 0 || step < thenIdle; step++) {
            if ((step == 0 && bigFirst) || random.nextInt(4) == 0) {
                bigTransaction(db, bigs++, 20_000 + random.nextInt(30_001));
            } else {
                saveUnit(services, admin, parent, units++);
            }
            if (thenIdle < 0 && random.nextInt(3) == 0) {
                pause(random);
            }
        }
        idleForever();
    }

    /**
     * Opens a database of the suite: one the demo made (random key) with the demo administrator's password, one
     * the suite made itself (an older schema) with the tests' key.
     */
    static Database open(Path dir) {
        DataKey key = KeySlots.of(dir).has("admin")
                ? Vault.key(dir, "admin", SampleData.DEMO_PASSWORD.toCharArray()) : TestKeys.KEY;
        return Database.open(dir, key);
    }

    private static void demo(Path dir, Map<String, String> options) {
        say("START");
        int rc = Cli.run("demo", "--data", dir.toString(), "--people", options.getOrDefault("people", "300"));
        say("ACK DEMO " + rc);
        say("DONE");
        System.exit(rc);
    }

    private static void migrate(Path dir) {
        say("START");
        Database db = open(dir);
        say("ACK MIGRATED");
        db.close();
        say("DONE");
        System.exit(0);
    }

    private static long root(Services services, Session who) {
        return services.units().all(who).stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
    }

    private static void saveUnit(Services services, Session who, long parent, int n) {
        String code = UNIT_PREFIX + n;
        say("SAVE " + code);
        services.units().create(who, new Unit(null, code, UNIT_NAME_PREFIX + code, UnitKind.STATION, parent, true, 0, null));
        say("ACK " + code);
    }

    /** {@code n} SETTING rows and {@code n} AUDIT_LOG rows in one transaction, interleaved in chunks. */
    private static void bigTransaction(Database db, int k, int n) {
        say("BEGIN BIG " + k + " " + n);
        LocalDateTime now = LocalDateTime.now();
        db.transaction((DSLContext dsl) -> {
            for (int from = 0; from < n; from += CHUNK) {
                int to = Math.min(n, from + CHUNK);
                var settings = dsl.insertInto(SETTING, SETTING.NAME, SETTING.VAL);
                var audit = dsl.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.USERNAME, AUDIT_LOG.ACTION,
                        AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID, AUDIT_LOG.SUMMARY);
                for (int i = from; i < to; i++) {
                    settings = settings.values(BIG_PREFIX + k + "." + i, "值 " + i);
                    audit = audit.values(now, "admin", "CREATE", BIG_ENTITY, (long) k, "crash row " + i);
                }
                settings.execute();
                audit.execute();
            }
            say("COMMIT BIG " + k);
            return null;
        });
        say("ACK BIG " + k + " " + n);
    }

    /** Mostly a short breath; sometimes (1 in 4) an idle of 1-3 s after the commit. */
    private static void pause(Random random) throws InterruptedException {
        int ms = random.nextInt(4) == 0 ? 1000 + random.nextInt(2001) : random.nextInt(60);
        say("PAUSE " + ms);
        Thread.sleep(ms);
    }

    private static void idleForever() throws InterruptedException {
        say("IDLE");
        Thread.sleep(Long.MAX_VALUE);
    }
}
