package org.dianmifeng.console.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;

/**
 * A fresh database with the real migrations, and the services over it: the embedded H2 file in a temporary folder,
 * or a database of its own on the test PostgreSQL server when the build chooses it ({@link TestServer}).
 */
public final class TestServices implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    public static final Session ADMIN = new Session(1, "admin", "管理员", Role.ADMINISTRATOR);
    public static final Session OFFICE = new Session(2, "office", "办公室", Role.OFFICE_STAFF);
    public static final Session VIEWER = new Session(3, "viewer", "查看者", Role.VIEWER);
    public static final Session SECRETARY = new Session(4, "secretary", "支部书记", Role.PARTY_SECRETARY);
    /** Progress of work whose user has already asked it to stop: it stops at its first check. */
    public static final Progress CANCELLED = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return true;
        }
    };

    private final Path dir;
    private final boolean deleteOnClose;
    private final Database database;
    private final Services services;

    public TestServices(Path dir) {
        this(dir, false);
    }

    private TestServices(Path dir, boolean deleteOnClose) {
        this.dir = dir;
        this.deleteOnClose = deleteOnClose;
        this.database = TestServer.active() ? TestServer.open(dir) : TestKeys.open(dir);
        this.services = new Services(database, CLOCK);
    }

    /**
     * Services over a new temporary folder that {@link #close} deletes again: for TestFX tests, whose
     * {@code @Start} runs before a {@code @TempDir} is there.
     */
    public static TestServices inTemporaryFolder(String prefix) throws IOException {
        return new TestServices(Files.createTempDirectory(prefix), true);
    }

    /** The data folder. */
    public Path dir() {
        return dir;
    }

    public Services services() {
        return services;
    }

    /** A city company at the top of the tree, with code CITY. */
    public Unit city() {
        return services.units().all(ADMIN).stream().filter(u -> u.parentId() == null).findFirst()
                .orElseGet(() -> services.units().create(ADMIN, new Unit(null, "CITY", "无锡供电公司", UnitKind.CITY, null, true, 0, null)));
    }

    public Unit unit(String code, String name, Unit parent) {
        return services.units().create(ADMIN, new Unit(null, code, name, UnitKind.COUNTY, parent.id(), true, 0, null));
    }

    /**
     * An unsaved person whose ID number is {@code first17} with its check digit, birth date and
     * gender taken from it, mobile 13912345678, a party member.
     */
    public static Person draft(String name, String first17, Unit unit) {
        String id = ResidentId.withCheckDigit(first17);
        return new Person(null, name, ResidentId.gender(id), ResidentId.birthDate(id).orElseThrow(), id,
                "13912345678", unit.id(), null, PoliticalStatus.PARTY_MEMBER, null, null, null, null);
    }

    /** A person saved by the administrator (see {@link #draft}). */
    public Person person(String name, String first17, Unit unit) {
        return services.people().create(ADMIN, draft(name, first17, unit));
    }

    @Override
    public void close() {
        database.close();
        if (deleteOnClose) {
            if (database.onServer()) {
                TestServer.drop(dir);
            }
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
