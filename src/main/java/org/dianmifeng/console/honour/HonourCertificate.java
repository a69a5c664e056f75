package org.dianmifeng.console.honour;

import java.time.LocalDateTime;
import java.util.Locale;
import org.dianmifeng.console.core.Auditable;

/** The scanned certificate of an honour (its content is read separately): a public document, named in the audit log. */
public record HonourCertificate(long honourId, String fileName, int bytes, LocalDateTime attachedAt, String attachedBy)
        implements Auditable {
    public static final int FILE_NAME_MAX = 200;
    public static final int BYTES_MAX = 10 * 1024 * 1024;

    /** The kinds of file a scan may be, by ending: PDF, PNG or JPEG. */
    public enum Type { PDF, PNG, JPEG }

    /** The type a file name's ending says, or null for any other ending. */
    public static Type typeOf(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Type.PDF;
        }
        if (name.endsWith(".png")) {
            return Type.PNG;
        }
        return name.endsWith(".jpg") || name.endsWith(".jpeg") ? Type.JPEG : null;
    }

    /** Whether {@code content} starts as a file of that type does (so a renamed file of another kind is refused). */
    public static boolean looksLike(Type type, byte[] content) {
        return switch (type) {
            case PDF -> startsWith(content, 0x25, 0x50, 0x44, 0x46); // %PDF
            case PNG -> startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(content, 0xFF, 0xD8, 0xFF);
        };
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String auditText() {
        return Auditable.fields("certificate", fileName, "bytes", bytes, "attachedAt", attachedAt, "attachedBy",
                attachedBy);
    }
}
