package org.dianmifeng.console.imports;

import java.time.LocalDateTime;

/**
 * One import as the history keeps it: what kind, who, when, the file's name and SHA-256 checksum, the counts of rows read, added,
 * updated, unchanged, skipped and in error (left out), and whether it was undone, when and by whom.
 */
public record ImportRecord(Long id, ImportKind kind, String username, LocalDateTime importedAt, String fileName, String checksum,
                           int rows, int added, int updated, int unchanged, int skipped, int failed,
                           LocalDateTime undoneAt, String undoneBy) {
    public boolean undone() {
        return undoneAt != null;
    }
}
