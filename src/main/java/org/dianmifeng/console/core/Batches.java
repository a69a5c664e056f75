package org.dianmifeng.console.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * For stores: inserts many rows with JDBC batches of one prepared statement, the columns being those of
 * the store's own {@code values(record)} map (the one its single-row insert and update use), plus the
 * VERSION column at 0.
 */
public final class Batches {
    /** Rows per JDBC batch. */
    public static final int SIZE = 1000;

    private Batches() {
    }

    public static <T> void insert(DSLContext dsl, Table<?> table, Field<Integer> version, List<T> rows,
                                  Function<T, Map<Field<?>, Object>> values) {
        if (rows.isEmpty()) {
            return;
        }
        List<Field<?>> fields = new ArrayList<>(values.apply(rows.get(0)).keySet());
        fields.add(version);
        for (int from = 0; from < rows.size(); from += SIZE) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(table, fields)
                    .values(Collections.nCopies(fields.size(), null)));
            for (T row : rows.subList(from, Math.min(rows.size(), from + SIZE))) {
                List<Object> bind = new ArrayList<>(values.apply(row).values());
                bind.add(0);
                batch.bind(bind.toArray());
            }
            batch.execute();
        }
    }
}
