package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 100,000 people: batch insert, load, filter, export. Not part of the suite (surefire excludes
 * *Benchmark*); run with {@code mvn test -Dtest=PeopleListBenchmark}. Timings go to the log.
 */
class PeopleListBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleListBenchmark.class);
    private static final int SIZE = 100_000;
    @TempDir Path dir;

    @Test
    void hundredThousandPeople() throws Exception {
        try (TestServices t = new TestServices(dir.resolve("db"))) {
            Unit unit = t.unit("YX", "宜兴市供电公司", t.city());
            List<Person> batch = new ArrayList<>(SIZE);
            for (int i = 0; i < SIZE; i++) {
                // year 1960-1999, month 01-12, day 01-28, sequence 000-999: unique for i < 100,000 * 4
                int year = 1960 + i % 40;
                int month = i / 40 % 12 + 1;
                int day = i / 480 % 28 + 1;
                int seq = i / 13_440;
                batch.add(draft("志愿者" + i, String.format("320282%04d%02d%02d%03d", year, month, day, seq), unit));
            }
            long t0 = System.nanoTime();
            t.services().people().createBatch(ADMIN, batch);
            long t1 = System.nanoTime();
            PersonListViewModel vm = new PersonListViewModel(
                    new UiContext(OFFICE, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                    t.services().people(), t.services().units());
            vm.load();
            long t2 = System.nanoTime();
            vm.filterProperty().set("志愿者9999");
            long t3 = System.nanoTime();
            assertEquals(11, vm.sortedRows().size());
            vm.filterProperty().set("");
            vm.export(dir.resolve("all.xlsx"));
            long t4 = System.nanoTime();
            LOG.warn("insertBatch {} ms, load {} ms, filter {} ms, export {} ms",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        }
    }
}
