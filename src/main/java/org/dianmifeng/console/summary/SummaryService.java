package org.dianmifeng.console.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.unit.UnitScope;

/**
 * The figures of a year for the dashboard: counts and sums only (no name, code or identity), so every signed-in
 * role may read them. The annual summary's overview prints the same figures ({@link SummaryReport}).
 */
public final class SummaryService {
    private final Database db;
    private final Clock clock;

    public SummaryService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The year the dashboard opens on: this year by the clock. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * The years to offer wherever a year or a range of years is chosen (the reports page, the dashboard): those
     * with something dated in them, and this year, newest first. One rule for every chooser.
     */
    public List<Integer> years() {
        int now = currentYear();
        return db.read(dsl -> new SummaryStore(dsl).years(now));
    }

    /**
     * The figures of {@code year} for the unit with code {@code unitCodeOrNull} and the units below it, or for
     * the whole company when null or blank.
     *
     * @throws ConsoleException naming the code if no unit has it
     */
    public YearFigures figures(Session who, int year, String unitCodeOrNull) {
        return read(who, year, unitCodeOrNull, SummaryStore::figures);
    }

    /**
     * The figures of {@code year} but those summed over its service records ({@link YearFigures.First}), for the unit
     * with code {@code unitCodeOrNull} and the units below it, or for the whole company when null or blank: what the
     * dashboard shows first. {@code first(...).with(service(...))} are the {@link #figures}.
     *
     * @throws ConsoleException naming the code if no unit has it
     */
    public YearFigures.First first(Session who, int year, String unitCodeOrNull) {
        return read(who, year, unitCodeOrNull, SummaryStore::first);
    }

    /**
     * The figures of {@code year} summed over its service records ({@link YearFigures.Service}), scoped as
     * {@link #first}: what the dashboard shows once summed.
     *
     * @throws ConsoleException naming the code if no unit has it (e.g. deleted since the first figures)
     */
    public YearFigures.Service service(Session who, int year, String unitCodeOrNull) {
        return read(who, year, unitCodeOrNull, SummaryStore::service);
    }

    private <T> T read(Session who, int year, String unitCodeOrNull, Figures<T> figures) {
        Objects.requireNonNull(who, "who");
        return db.read(dsl -> {
            SummaryStore store = new SummaryStore(dsl);
            return figures.of(store, store.scope(unitCodeOrNull), year);
        });
    }

    /** One of the store's readings of a year's figures in a scope. */
    private interface Figures<T> {
        T of(SummaryStore store, UnitScope scope, int year);
    }
}
