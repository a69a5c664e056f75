package org.dianmifeng.console.imports;

import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.honour.Honour;

/** A row of an import of honours: the recipient as the file names them and the honour the row gives. */
public record ImportedHonour(String recipient, Honour honour) implements Auditable {
    @Override
    public String auditText() {
        return honour.auditText();
    }
}
