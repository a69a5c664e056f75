package org.dianmifeng.console.app;

import java.time.Clock;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.UnitService;

/** The composition root of the services over one database: built once per opened data folder. */
public final class Services {
    private final Database database;
    private final Clock clock;
    private final Audit audit;
    private final UnitService units;
    private final PersonService people;

    public Services(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.audit = new Audit(database, clock);
        this.units = new UnitService(database, audit);
        this.people = new PersonService(database, audit);
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public Audit audit() {
        return audit;
    }

    public UnitService units() {
        return units;
    }

    public PersonService people() {
        return people;
    }
}
