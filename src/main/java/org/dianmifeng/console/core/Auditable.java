package org.dianmifeng.console.core;

/** A record that can be written into the audit log as text. */
public interface Auditable {
    /** The record as {@code field=value; ...} in the form {@link AuditTexts} reads, with identity numbers and phones masked. */
    String auditText();

    /** Builds an audit text from alternating names and values, skipping nothing so that a change to empty shows. */
    static String fields(Object... namesAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(namesAndValues[i]).append('=').append(AuditTexts.stored(namesAndValues[i + 1]));
        }
        return sb.toString();
    }
}
