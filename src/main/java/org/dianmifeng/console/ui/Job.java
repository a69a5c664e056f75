package org.dianmifeng.console.ui;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.dianmifeng.console.core.Progress;

/** One piece of background work as the screen sees it: progress for a bar, running state, a cancel request. */
public final class Job implements Progress {
    private final Executor ui;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
    private volatile boolean cancelRequested;

    Job(Executor ui) {
        this.ui = ui;
    }

    @Override
    public void update(long done, long total) {
        double value = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
        ui.execute(() -> progress.set(value));
    }

    @Override
    public boolean cancelled() {
        return cancelRequested;
    }

    /** Asks the work to stop at its next check; never interrupts a thread that may be inside SQL. */
    public void cancel() {
        cancelRequested = true;
    }

    void finish() {
        running.set(false);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
