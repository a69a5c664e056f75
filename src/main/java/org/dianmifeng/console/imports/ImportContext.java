package org.dianmifeng.console.imports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Session;
import org.jooq.DSLContext;

/**
 * What the rules of an import work in: the read or transaction, the audit log, who imports (or undoes), now, the
 * mapping of the file and the user's options (the mapping and options null for an undo).
 */
record ImportContext(DSLContext dsl, Audit audit, Session who, LocalDateTime now, ColumnMapping mapping,
                     ImportOptions options) {
    LocalDate today() {
        return now.toLocalDate();
    }
}
