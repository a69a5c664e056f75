package org.dianmifeng.console.honour;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportPipeline;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.unit.UnitStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the 年度荣誉汇总表 ({@link HonourRoll}) of a year or a range of years, for every unit or for one unit
 * and the units below it. Honours are public: every signed-in role may make it. Safe to call from a background
 * job: it reads, builds (streaming), then replaces the file at once, leaving no file behind on failure or cancel.
 */
public final class HonourReport {
    private static final Logger LOG = LoggerFactory.getLogger(HonourReport.class);
    private final Database db;
    private final Clock clock;

    public HonourReport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was written: the file and the honours in it. */
    public record Written(Path file, int honours) {
    }

    /**
     * Writes the honour roll of {@code fromYear}..{@code toYear} (inclusive) to {@code out}, worded in the language
     * of {@code m}; with {@code unitCodeOrNull} only the honours whose recipient belongs to that unit or a unit below
     * it (a unit recipient: itself; a team: the team's unit; a person: the person's unit).
     *
     * @throws ConsoleException if {@code fromYear} is after {@code toYear}, {@code out} is a folder, no unit has the
     *                          code (naming it), there are no honours in the range (naming it, and the unit if given),
     *                          or the file cannot be written (naming it)
     */
    public Written write(Session who, int fromYear, int toYear, String unitCodeOrNull, Path out, Messages m,
                         Progress p) {
        if (fromYear > toYear) {
            throw new ConsoleException("honourroll.error.yearRange", String.valueOf(fromYear), String.valueOf(toYear));
        }
        ReportPipeline.Saved<Integer> saved = ReportPipeline.write(out, p, progress -> {
            HonourRoll.Data data = db.snapshot(dsl -> {
                List<Unit> units = new UnitStore(dsl).all();
                UnitScope scope = UnitScope.of(unitCodeOrNull, units);
                List<HonourRoll.Line> lines = new HonourReportStore(dsl).lines(fromYear, toYear, scope.unitIds());
                List<Unit> inScope = scope.unitIds() == null ? units
                        : units.stream().filter(u -> scope.unitIds().contains(u.id())).toList();
                return new HonourRoll.Data(fromYear, toYear, scope.unitName(), inScope, lines);
            });
            if (data.lines().isEmpty()) {
                throw noHonours(fromYear, toYear, data.unitName());
            }
            return new ReportPipeline.Built<>(new HonourRoll(m, LocalDate.now(clock)).build(data, progress),
                    data.lines().size());
        });
        LOG.info("{} wrote the honour roll {}-{} ({} honours) to {}", who.username(), fromYear, toYear,
                saved.result(), saved.file());
        return new Written(saved.file(), saved.result());
    }

    /** The refusal of an empty roll, naming the year or the range, and the unit if one was asked for. */
    private static ConsoleException noHonours(int fromYear, int toYear, String unitName) {
        String from = String.valueOf(fromYear);
        String to = String.valueOf(toYear);
        if (fromYear == toYear) {
            return unitName == null
                    ? new ConsoleException("honourroll.error.noHonours", from)
                    : new ConsoleException("honourroll.error.noHonoursInUnit", from, unitName);
        }
        return unitName == null
                ? new ConsoleException("honourroll.error.noHonoursRange", from, to)
                : new ConsoleException("honourroll.error.noHonoursRangeInUnit", from, to, unitName);
    }
}
