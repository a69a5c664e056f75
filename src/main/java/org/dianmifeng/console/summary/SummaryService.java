package org.dianmifeng.console.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;

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
        Objects.requireNonNull(who, "who");
        return db.read(dsl -> {
            SummaryStore store = new SummaryStore(dsl);
            return store.figures(store.scope(unitCodeOrNull), year);
        });
    }
}
