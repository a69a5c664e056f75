package org.dianmifeng.console.imports;

import java.util.Set;

/**
 * The user's choices for one import: what to do with records already in the register, the mapping of columns (null:
 * found from the headers), whether to import only the valid rows when some are in error (by default nothing is
 * written while any row is), and, for people, whether a row without an ID number is matched to a person of the
 * register by name and birth date, and which such matches the user confirmed (by row number): a match is never
 * applied before it is confirmed.
 */
public record ImportOptions(DuplicatePolicy policy, ColumnMapping mapping, boolean validRowsOnly,
                            boolean matchByNameAndBirth, Set<Integer> confirmedRows) {
    public static final ImportOptions DEFAULT = new ImportOptions(DuplicatePolicy.SKIP, null, false, false, Set.of());

    public ImportOptions {
        confirmedRows = Set.copyOf(confirmedRows);
    }

    public ImportOptions withPolicy(DuplicatePolicy p) {
        return new ImportOptions(p, mapping, validRowsOnly, matchByNameAndBirth, confirmedRows);
    }

    public ImportOptions withMapping(ColumnMapping m) {
        return new ImportOptions(policy, m, validRowsOnly, matchByNameAndBirth, confirmedRows);
    }

    public ImportOptions withValidRowsOnly(boolean only) {
        return new ImportOptions(policy, mapping, only, matchByNameAndBirth, confirmedRows);
    }

    public ImportOptions withMatchByNameAndBirth(boolean match) {
        return new ImportOptions(policy, mapping, validRowsOnly, match, confirmedRows);
    }

    public ImportOptions withConfirmedRows(Set<Integer> rows) {
        return new ImportOptions(policy, mapping, validRowsOnly, matchByNameAndBirth, rows);
    }
}
