package org.dianmifeng.console.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.dianmifeng.console.core.ConsoleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and file work off the FX thread and hands the result back on it. Tests use
 * {@link #direct()}, which runs everything at once on the calling thread.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    private final Executor worker;
    private final Executor ui;
    private final ExecutorService owned;

    private TaskRunner(Executor worker, Executor ui, ExecutorService owned) {
        this.worker = worker;
        this.ui = ui;
        this.owned = owned;
    }

    /** One background thread for the window's work; results come back on the FX thread. */
    public static TaskRunner fx() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "console-worker");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner(pool, Platform::runLater, pool);
    }

    /** Runs work and callbacks synchronously: for tests of ViewModels without a screen. */
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run, null);
    }

    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job(ui);
        worker.execute(() -> {
            try {
                T result = work.run(job);
                ui.execute(() -> {
                    job.finish();
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                if (e instanceof ConsoleException) {
                    LOG.info("Refused: {}", e.getMessage());
                } else {
                    LOG.error("Background work failed", e);
                }
                ui.execute(() -> {
                    job.finish();
                    onFailure.accept(e);
                });
            }
        });
        return job;
    }

    /** Lets queued work finish (never interrupting it), for a clean database shutdown. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
            try {
                if (!owned.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
