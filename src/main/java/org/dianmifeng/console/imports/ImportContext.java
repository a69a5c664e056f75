package org.dianmifeng.console.imports;

import java.time.LocalDate;
import org.dianmifeng.console.core.Audit;
import org.jooq.DSLContext;

/**
 * What the rules of an import work in: the read or transaction, the audit log, today, the mapping of the file and the
 * user's options (the mapping and options null for an undo).
 */
record ImportContext(DSLContext dsl, Audit audit, LocalDate today, ColumnMapping mapping, ImportOptions options) {
}
