package org.dianmifeng.console.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/** A ViewModel whose list exports to an .xlsx file in the background: what {@link ExportControls#wire} drives. */
public interface Exportable {
    /** Starts writing what the list shows to {@code out}. */
    Job export(Path out);

    /** The command that runs this list's exports, one at a time. */
    ExportCommand exports();

    default void cancelExport() {
        exports().cancel();
    }

    /** The running export, or null: for a progress bar and a cancel button. */
    default ReadOnlyObjectProperty<Job> exportJobProperty() {
        return exports().jobProperty();
    }

    ReadOnlyBooleanProperty busyProperty();
}
