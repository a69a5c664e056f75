package org.dianmifeng.console.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.dianmifeng.console.db.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The whole-database queries of a copy from the embedded database to a server ({@link ServerCopy}): every table of
 * the schema in an order that satisfies its foreign keys, its rows read in key order, written in batches, and a
 * checksum of its content that reads the same on H2 and PostgreSQL.
 */
final class CopyStore {
    /** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
    static final int BATCH = 500;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private final DSLContext dsl;

    CopyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every table of the schema, each after the tables its foreign keys point to. */
    static List<Table<?>> tablesInOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.sort((a, b) -> a.getName().compareTo(b.getName()));
        Set<Table<?>> done = new LinkedHashSet<>();
        while (done.size() < all.size()) {
            boolean progressed = false;
            for (Table<?> t : all) {
                if (!done.contains(t) && t.getReferences().stream().map(ForeignKey::getKey)
                        .map(k -> k.getTable()).allMatch(p -> p.equals(t) || done.contains(p))) {
                    done.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("foreign keys in a cycle: " + all);
            }
        }
        return List.copyOf(done);
    }

    long count(Table<?> table) {
        return dsl.fetchCount(table);
    }

    /**
     * The rows of a table in the order they can be inserted: by primary key, and for a table that points to itself
     * (a unit's parent), each row after the row it points to.
     */
    List<Record> rows(Table<?> table) {
        List<Record> rows = dsl.selectFrom(table).orderBy(keyOrder(table)).fetch().stream().map(r -> (Record) r)
                .toList();
        List<ForeignKey<?, ?>> selfs = table.getReferences().stream()
                .filter(k -> k.getKey().getTable().equals(table)).<ForeignKey<?, ?>>map(k -> k).toList();
        if (selfs.isEmpty()) {
            return rows;
        }
        List<TableField<?, ?>> key = new ArrayList<>(table.getPrimaryKey().getFields());
        Map<List<Object>, Record> waiting = new LinkedHashMap<>();
        rows.forEach(r -> waiting.put(values(r, key), r));
        Set<List<Object>> placed = new HashSet<>();
        List<Record> ordered = new ArrayList<>();
        while (!waiting.isEmpty()) {
            int before = ordered.size();
            for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                boolean ready = selfs.stream().allMatch(k -> {
                    List<Object> to = values(e.getValue(), new ArrayList<>(k.getFields()));
                    return to.stream().anyMatch(Objects::isNull) || placed.contains(to) || to.equals(e.getKey());
                });
                if (ready) {
                    ordered.add(e.getValue());
                    placed.add(e.getKey());
                    it.remove();
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException(table.getName() + " has rows that point to each other in a cycle");
            }
        }
        return ordered;
    }

    private static List<Object> values(Record r, List<? extends Field<?>> fields) {
        List<Object> out = new ArrayList<>();
        fields.forEach(f -> out.add(r.get(f)));
        return out;
    }

    /**
     * Copies a table's rows from this database into the same table of {@code target}, in batches: read as a stream
     * (a table of a million service records is never in memory whole), except a table that points to itself, whose
     * rows are put in order first ({@link #rows}).
     */
    void copyTo(Table<?> table, CopyStore target, Consumer<Integer> written) {
        boolean pointsToItself = table.getReferences().stream().anyMatch(k -> k.getKey().getTable().equals(table));
        if (pointsToItself) {
            List<Record> rows = rows(table);
            for (int from = 0; from < rows.size(); from += BATCH) {
                target.insert(table, rows.subList(from, Math.min(rows.size(), from + BATCH)));
                written.accept(Math.min(BATCH, rows.size() - from));
            }
            return;
        }
        List<Record> chunk = new ArrayList<>(BATCH);
        try (var cursor = dsl.selectFrom(table).orderBy(keyOrder(table)).fetchSize(BATCH).fetchLazy()) {
            for (Record r : cursor) {
                chunk.add(r);
                if (chunk.size() == BATCH) {
                    target.insert(table, chunk);
                    written.accept(chunk.size());
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            target.insert(table, chunk);
            written.accept(chunk.size());
        }
    }

    private void insert(Table<?> table, List<Record> rows) {
        var insert = dsl.insertInto(table).columns(table.fields());
        for (Record r : rows) {
            insert = insert.values(r.intoArray());
        }
        insert.execute();
    }

    /**
     * After rows came with their keys: each identity column's sequence continues after the largest key, so the next
     * row made on the server gets a new one (PostgreSQL; H2 is never the target of a copy).
     */
    void continueIdentities(Table<?> table) {
        if (table.getIdentity() == null) {
            return;
        }
        Field<?> id = table.getIdentity().getField();
        String tableName = table.getName().toLowerCase(java.util.Locale.ROOT);
        String column = id.getName().toLowerCase(java.util.Locale.ROOT);
        dsl.resultQuery("SELECT setval(pg_get_serial_sequence({0}, {1}), COALESCE((SELECT MAX({2}) FROM {3}), 0) + 1,"
                + " false)", DSL.inline(tableName), DSL.inline(column), id, table).fetch();
    }

    /**
     * A checksum of a table's content that reads the same on H2 and PostgreSQL: each row's SHA-256, over its values
     * written the same way whichever database they came from (numbers in plain notation, dates in ISO form, bytes in
     * Base64, null marked), added up modulo 2^256, so that neither the order the rows come in (a collation) nor
     * their number in memory matters.
     */
    String checksum(Table<?> table) {
        BigInteger sum = BigInteger.ZERO;
        Field<?>[] fields = table.fields();
        try (var cursor = dsl.selectFrom(table).fetchSize(BATCH).fetchLazy()) {
            for (Record r : cursor) {
                MessageDigest digest = sha256();
                for (Field<?> f : fields) {
                    digest.update(canonical(r.get(f)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                sum = sum.add(new BigInteger(1, digest.digest()));
            }
        }
        return String.format("%064x", sum.mod(MODULUS));
    }

    private static List<SortField<?>> keyOrder(Table<?> table) {
        return table.getPrimaryKey().getFields().stream().<SortField<?>>map(Field::asc).toList();
    }

    private static String canonical(Object v) {
        if (v == null) {
            return "\u0000null";
        }
        if (v instanceof byte[] b) {
            return Base64.getEncoder().encodeToString(b);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
