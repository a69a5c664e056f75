package org.dianmifeng.console.honour;

/**
 * An honour as the list shows it: with the recipient's name, the unit the recipient belongs to (所属单位: the unit
 * itself for a unit, the team's unit, the person's unit) and the file name of the scanned certificate, null if none.
 */
public record HonourRow(Honour honour, String recipientName, long recipientUnitId, String recipientUnitName,
                        String certificateFileName) {
    public long id() {
        return honour.id();
    }

    public boolean certificateAttached() {
        return certificateFileName != null;
    }
}
