package org.dianmifeng.console.imports;

/**
 * The user's choices for one import: what to do with people already in the register, the mapping of columns (null:
 * found from the headers) and whether to import only the valid rows when some are in error (by default nothing is
 * written while any row is).
 */
public record ImportOptions(DuplicatePolicy policy, ColumnMapping mapping, boolean validRowsOnly) {
    public static final ImportOptions DEFAULT = new ImportOptions(DuplicatePolicy.SKIP, null, false);

    public ImportOptions withPolicy(DuplicatePolicy p) {
        return new ImportOptions(p, mapping, validRowsOnly);
    }

    public ImportOptions withMapping(ColumnMapping m) {
        return new ImportOptions(policy, m, validRowsOnly);
    }

    public ImportOptions withValidRowsOnly(boolean only) {
        return new ImportOptions(policy, mapping, only);
    }
}
