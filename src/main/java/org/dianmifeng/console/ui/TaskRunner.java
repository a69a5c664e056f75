package org.dianmifeng.console.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database and file work off the FX thread and hands the result back on it. Three lanes: the window's worker
 * ({@link #run}) for what a person asked for, a lane beside it for a screen's long read that must not hold up the
 * person's next request ({@link #runBeside}: the dashboard's sums of the year), and a lane for work nobody waits for
 * ({@link #runWhenIdle}: the day's
 * backup, the report warm-up), which starts only once the window's worker has been idle for {@link #QUIET_MS} and
 * runs on a thread of its own at the lowest priority (of the operating system too, {@link #belowTheWindow}), so that it
 * never queues in front of a screen's rows nor takes a processor from them; at each step it reports it waits for a
 * quiet moment again. Tests
 * use {@link #direct()}, which runs everything at once on the calling thread.
 * <p>
 * The one place where a lost connection to the database server is noticed: all the window's work fails through
 * here, so a failure that {@link Database#isLostConnection} recognises sets {@link #connectionLostProperty} (the main
 * window then shows its lost-connection state) besides being reported to the work's own failure handler, which
 * words it for the form or list that asked ({@code error.server.lost}: nothing saved, what was typed is kept).
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);
    /** How long the window's worker must have had nothing to do before background work starts. */
    static final long QUIET_MS = 1_500;
    /** The background lane's niceness on Linux (19: the lowest priority). */
    static final int NICE = 19;
    private static final long POLL_MS = 100;
    private final Executor worker;
    private final Executor ui;
    private final ExecutorService owned;
    private final ExecutorService backgroundLane;
    private final ExecutorService besideLane;
    /** Work of the window's worker queued or running, its result not yet handed to the FX thread. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long lastBusy = System.nanoTime();
    private volatile boolean closing;
    /** Set on the FX thread when work failed for a lost connection to the server; cleared by {@link #connectionBack}. */
    private final ReadOnlyBooleanWrapper connectionLost = new ReadOnlyBooleanWrapper(false);

    private TaskRunner(Executor worker, Executor ui, ExecutorService owned, ExecutorService backgroundLane,
                       ExecutorService besideLane) {
        this.worker = worker;
        this.ui = ui;
        this.owned = owned;
        this.backgroundLane = backgroundLane;
        this.besideLane = besideLane;
    }

    /**
     * One background thread for the window's work, one for the long reads a screen shows when done
     * ({@link #runBeside}), one for work nobody waits for; results come back on the FX thread.
     */
    public static TaskRunner fx() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> thread(r, "console-worker", Thread.NORM_PRIORITY));
        ExecutorService beside = Executors.newSingleThreadExecutor(r -> thread(r, "console-beside",
                Thread.NORM_PRIORITY));
        ExecutorService lane = Executors.newSingleThreadExecutor(r -> thread(() -> {
            belowTheWindow();
            r.run();
        }, "console-background", Thread.MIN_PRIORITY));
        return new TaskRunner(pool, Platform::runLater, pool, lane, beside);
    }

    /**
     * Puts the calling thread below the window's threads for the processors too. Java's priorities are the operating
     * system's on Windows, but Linux ignores them (unless the JVM is started with a flag, which then warns in the
     * terminal); there the thread asks {@code renice} for itself: the lowest priority, {@link #NICE}, that anyone may
     * give to their own threads. Nothing but a log line if that cannot be done.
     */
    static void belowTheWindow() {
        Path self = Path.of("/proc/thread-self/stat");
        if (!Files.isReadable(self)) {
            return; // not Linux: the Java priority is the system's
        }
        try {
            String tid = Files.readString(self).split(" ", 2)[0];
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroy();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("The background lane keeps the window's priority: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread thread(Runnable r, String name, int priority) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setPriority(priority);
        return t;
    }

    /** Runs work and callbacks synchronously: for tests of ViewModels without a screen. */
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run, null, null, null);
    }

    /**
     * Runs work synchronously and hands each result to {@code ui} (a queue the test runs one by one): for tests of
     * ViewModels that look at a screen between a first result and the next.
     */
    public static TaskRunner handingTo(Executor ui) {
        return new TaskRunner(Runnable::run, ui, null, null, null);
    }

    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job(ui);
        pending.incrementAndGet();
        worker.execute(() -> execute(job, job, work, onSuccess, onFailure, true));
        return job;
    }

    /**
     * A long read whose result a screen shows when it comes, which must not hold up what the person asks next (the
     * dashboard's sums over the year's service records, after its first figures): on a lane of its own beside the
     * window's worker, started at once, one after the other; work nobody waits for ({@link #runWhenIdle}) waits for it
     * as for the worker. Work cancelled through its {@link Job} before it started is dropped (neither handler is
     * called); once started it runs to its end (never interrupted). Without a lane ({@link #direct}) it runs at once.
     */
    public <T> Job runBeside(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job(ui);
        pending.incrementAndGet();
        Executor lane = besideLane == null ? worker : besideLane;
        lane.execute(() -> {
            if (job.cancelled()) {
                ui.execute(() -> {
                    job.finish();
                    done(true);
                });
            } else {
                execute(job, job, work, onSuccess, onFailure, true);
            }
        });
        return job;
    }

    /**
     * Work nobody waits for: on its own lane, started once the window's worker has been idle for {@link #QUIET_MS}
     * (what a person asked for goes first), one piece after the other; each progress step it reports waits for such a
     * moment again (the day's backup: before checking the copy it wrote). Not started at all if the runner closes
     * first. Never interrupted: cancel it through the {@link Job}.
     */
    public <T> Job runWhenIdle(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job(ui);
        if (backgroundLane == null) {
            execute(job, job, work, onSuccess, onFailure, false);
            return job;
        }
        // at each step it reports (between statements, never inside SQL) it lets the window's work go first again
        Progress yielding = new Progress() {
            @Override
            public void update(long done, long total) {
                awaitQuiet();
                job.update(done, total);
            }

            @Override
            public boolean cancelled() {
                return job.cancelled();
            }
        };
        backgroundLane.execute(() -> {
            if (awaitQuiet() && !job.cancelled()) {
                execute(job, yielding, work, onSuccess, onFailure, false);
            } else {
                ui.execute(job::finish);
            }
        });
        return job;
    }

    /** Waits (sleeping, never inside SQL) until the window's worker has been idle long enough; false if closing. */
    private boolean awaitQuiet() {
        while (!closing) {
            if (pending.get() == 0 && System.nanoTime() - lastBusy >= TimeUnit.MILLISECONDS.toNanos(QUIET_MS)) {
                return true;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private <T> void execute(Job job, Progress progress, Work<T> work, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure, boolean counted) {
        try {
            T result = work.run(progress);
            ui.execute(() -> {
                try {
                    job.finish();
                    onSuccess.accept(result);
                } finally {
                    done(counted);
                }
            });
        } catch (Throwable e) {
            boolean lost = Database.isLostConnection(e);
            if (e instanceof ConsoleException) {
                LOG.info("Refused: {}", e.getMessage());
            } else if (lost) {
                LOG.warn("The connection to the database server was lost: {}", e.toString());
            } else {
                LOG.error("Background work failed", e);
            }
            ui.execute(() -> {
                try {
                    job.finish();
                    if (lost) {
                        connectionLost.set(true);
                    }
                    onFailure.accept(e);
                } finally {
                    done(counted);
                }
            });
        }
    }

    /** The result is on the screen: work that it started is already queued, so a chain of loads counts as busy. */
    private void done(boolean counted) {
        if (counted) {
            lastBusy = System.nanoTime();
            pending.decrementAndGet();
        }
    }

    /**
     * Whether nothing of the window's worker (nor of the lane {@link #runBeside}) is queued or running with its result
     * not yet handed to the FX thread: read on the FX thread, the results asked for are on the screen.
     */
    public boolean idle() {
        return pending.get() == 0;
    }

    /**
     * Whether background work failed because the connection to the database server was lost (the network, the server
     * restarting), until {@link #connectionBack}: read and changed on the FX thread.
     */
    public ReadOnlyBooleanProperty connectionLostProperty() {
        return connectionLost.getReadOnlyProperty();
    }

    /** The server answered again (a retry's check, a sign-in): the lost-connection state ends. On the FX thread. */
    public void connectionBack() {
        connectionLost.set(false);
    }

    /** Lets queued work finish (never interrupting it), for a clean database shutdown; background work not yet started is dropped. */
    @Override
    public void close() {
        closing = true;
        for (ExecutorService pool : new ExecutorService[] {owned, besideLane, backgroundLane}) {
            if (pool == null) {
                continue;
            }
            pool.shutdown();
            try {
                if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
