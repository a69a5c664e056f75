package org.dianmifeng.console.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dianmifeng.console.report.ListExport;

/**
 * The Excel export of one list screen or report, for its ViewModel: writes a snapshot of the rows the list
 * shows through {@link ListExport} (or a report through its service, which uses the report pipeline) in the
 * background, into the file the user chose first, keeps the running job for a progress bar and a
 * cancel button, and tells the user where the file went.
 */
public final class ExportCommand {
    private final ViewModel owner;
    private final String doneKey;
    private final ReadOnlyObjectWrapper<Job> job = new ReadOnlyObjectWrapper<>();

    /**
     * @param doneKey the bundle key of the notice after success, with {0} the number of rows and
     *                {1} the file
     */
    public ExportCommand(ViewModel owner, String doneKey) {
        this.owner = owner;
        this.doneKey = doneKey;
    }

    /**
     * Columns from what a table row shows: header {@code i} over cell {@code i} of {@code cells.apply(row)},
     * as {@link TableColumns#fill} fills the table.
     */
    public static <T> List<ListExport.Column<T>> columns(List<String> headers, Function<T, List<Object>> cells) {
        List<ListExport.Column<T>> out = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            out.add(new ListExport.Column<>(headers.get(i), row -> cells.apply(row).get(index)));
        }
        return out;
    }

    /** Writes {@code rows} (copied now, in their order) to {@code out}; call on the FX thread. */
    public <T> Job run(Path out, String title, List<ListExport.Column<T>> columns, List<T> rows) {
        List<T> snapshot = List.copyOf(rows);
        List<ListExport.Column<T>> cols = List.copyOf(columns);
        return write(out, p -> {
            ListExport.write(out, title, cols, snapshot, p);
            return snapshot.size();
        });
    }

    /**
     * Runs any workbook writer in the background, e.g. a report: {@code work} writes {@code out} and
     * returns the number of rows for the notice. Call on the FX thread.
     */
    public Job write(Path out, Work<Integer> work) {
        return write(out, work, saved -> { });
    }

    /**
     * Like {@link #write(Path, Work)}; then {@code saved} gets the file written (on the FX thread), e.g. to offer to
     * open its folder. The one save flow of the window: the file is chosen first, then written.
     */
    public Job write(Path out, Work<Integer> work, Consumer<Path> saved) {
        owner.setNotice(null);
        Path file = out.toAbsolutePath();
        Job started = owner.background(work, count -> {
            job.set(null);
            owner.setNotice(owner.messages().text(doneKey, count, file.toString()));
            saved.accept(file);
        }, e -> job.set(null));
        if (started.runningProperty().get()) {
            job.set(started);
        }
        return started;
    }

    /** Asks the running export, if any, to stop. */
    public void cancel() {
        Job running = job.get();
        if (running != null) {
            running.cancel();
        }
    }

    /** The running export, or null. */
    public ReadOnlyObjectProperty<Job> jobProperty() {
        return job.getReadOnlyProperty();
    }
}
