package org.dianmifeng.console.aidcase;

import java.time.LocalDate;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;

/**
 * A photo of a case (before or after the renovation), stored with the data. Identity data of the child:
 * only case officers see it. {@code id} and {@code version} are null until saved.
 */
public record CasePhoto(Long id, Long caseId, PhotoKind kind, String fileName, byte[] bytes, LocalDate takenOn,
                        String caption, Integer version) implements Auditable {
    public static final int FILE_NAME_MAX = 200;
    public static final int CAPTION_MAX = 200;
    /** The largest photo kept: 10 MB. */
    public static final int BYTES_MAX = 10 * 1024 * 1024;

    public Checks check(LocalDate today) {
        Checks checks = new Checks()
                .required("casework.photo.case", caseId)
                .required("casework.photo.kind", kind)
                .text("casework.photo.fileName", fileName, FILE_NAME_MAX)
                .maxLength("casework.photo.caption", caption, CAPTION_MAX);
        if (bytes == null || bytes.length == 0) {
            checks.add("casework.photo.bytes", "error.casework.photoEmpty");
        } else if (bytes.length > BYTES_MAX) {
            checks.add("casework.photo.bytes", "error.casework.photoTooLarge", BYTES_MAX / (1024 * 1024));
        }
        if (takenOn != null && takenOn.isAfter(today)) {
            checks.add("casework.photo.takenOn", "error.dateInFuture", today);
        }
        return checks;
    }

    /** The photo without its content, in the audit log only its size. */
    @Override
    public String auditText() {
        // a photo's name and caption may name the child: the audit log holds neither
        return Auditable.fields("caseId", caseId, "kind", kind, "bytes", bytes == null ? 0 : bytes.length,
                "takenOn", takenOn);
    }
}
