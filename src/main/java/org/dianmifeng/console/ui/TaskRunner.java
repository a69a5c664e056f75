package org.dianmifeng.console.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** The lane of the reads of screens prepared ahead ({@link #ahead}); null without lanes. */
    private final ExecutorService aheadLane;
    /** For a runner of a screen prepared ahead: the window's runner it hands its work to once released; else null. */
    private final TaskRunner window;
    /** A prepared screen's reads not yet handed to the window's worker, until {@link #release}; guarded by itself. */
    private final List<Held> held = new ArrayList<>();
    private volatile boolean ahead;
    /** Work of the window's worker queued or running, its result not yet handed to the FX thread. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long lastBusy = System.nanoTime();
    private volatile boolean closing;
    /** Set on the FX thread when work failed for a lost connection to the server; cleared by {@link #connectionBack}. */
    private final ReadOnlyBooleanWrapper connectionLost = new ReadOnlyBooleanWrapper(false);

    private TaskRunner(Executor worker, Executor ui, ExecutorService owned, ExecutorService backgroundLane,
                       ExecutorService besideLane, ExecutorService aheadLane, TaskRunner window) {
        this.worker = worker;
        this.ui = ui;
        this.owned = owned;
        this.backgroundLane = backgroundLane;
        this.besideLane = besideLane;
        this.aheadLane = aheadLane;
        this.window = window;
    }

    /**
     * One background thread for the window's work, one for the long reads a screen shows when done
     * ({@link #runBeside}), one for work nobody waits for; results come back on the FX thread.
     */
    public static TaskRunner fx() {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> thread(r, "console-worker", Thread.NORM_PRIORITY));
        ExecutorService beside = Executors.newSingleThreadExecutor(r -> thread(r, "console-beside",
                Thread.NORM_PRIORITY));
        return new TaskRunner(pool, Platform::runLater, pool, lowestLane("console-background"), beside,
                lowestLane("console-ahead"), null);
    }

    /** A lane of one thread at the lowest priority ({@link #belowTheWindow}). */
    private static ExecutorService lowestLane(String name) {
        return Executors.newSingleThreadExecutor(r -> thread(() -> {
            belowTheWindow();
            r.run();
        }, name, Thread.MIN_PRIORITY));
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
        return new TaskRunner(Runnable::run, Runnable::run, null, null, null, null, null);
    }

    /**
     * Runs work synchronously and hands each result to {@code ui} (a queue the test runs one by one): for tests of
     * ViewModels that look at a screen between a first result and the next.
     */
    public static TaskRunner handingTo(Executor ui) {
        return new TaskRunner(Runnable::run, ui, null, null, null, null, null);
    }

    public <T> Job run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (window != null) {
            return ahead ? hold(work, onSuccess, onFailure) : window.run(work, onSuccess, onFailure);
        }
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
        if (window != null) {
            return ahead ? hold(work, onSuccess, onFailure) : window.runBeside(work, onSuccess, onFailure);
        }
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
        if (window != null) {
            return window.runWhenIdle(work, onSuccess, onFailure);
        }
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
        return window != null ? window.idle() : pending.get() == 0;
    }

    /**
     * A runner for a screen built before anyone asked for it (the main window prepares the areas a person may open
     * next while they read the one shown): until {@link #release}, the screen's reads wait for the window's worker to
     * be idle for {@link #QUIET_MS} and run on a lane of their own at the lowest priority, never counted as the
     * window's work ({@link #idle}); released (the screen is shown), a read not yet started goes to the window's worker
     * at once, and everything after is the window's own. Without lanes ({@link #direct}) the reads run at once.
     */
    public TaskRunner ahead() {
        TaskRunner root = window != null ? window : this;
        TaskRunner prepared = new TaskRunner(root.worker, root.ui, null, null, null, null, root);
        prepared.ahead = true;
        return prepared;
    }

    /** The prepared screen is shown: what it asked for and has not started goes to the window's worker now. */
    public void release() {
        if (window == null) {
            return;
        }
        List<Held> now;
        synchronized (held) {
            ahead = false;
            now = List.copyOf(held);
            held.clear();
        }
        now.forEach(Held::toWindow);
    }

    /** A prepared screen's read: whichever of the lane ahead and {@link #release} claims it first runs it. */
    private final class Held {
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final Runnable onLane;
        private final Runnable onWorker;

        Held(Runnable onLane, Runnable onWorker) {
            this.onLane = onLane;
            this.onWorker = onWorker;
        }

        void onLane() {
            if (claimed.compareAndSet(false, true)) {
                synchronized (held) {
                    held.remove(this);
                }
                onLane.run();
            }
        }

        void toWindow() {
            if (claimed.compareAndSet(false, true)) {
                onWorker.run();
            }
        }
    }

    private <T> Job hold(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        TaskRunner root = window;
        if (root.aheadLane == null) {
            return root.run(work, onSuccess, onFailure);
        }
        Job job = new Job(ui);
        Held read = new Held(() -> root.execute(job, job, work, onSuccess, onFailure, false), () -> {
            root.pending.incrementAndGet();
            root.worker.execute(() -> root.execute(job, job, work, onSuccess, onFailure, true));
        });
        synchronized (held) {
            if (!ahead) {
                return root.run(work, onSuccess, onFailure);
            }
            held.add(read);
        }
        root.aheadLane.execute(() -> {
            if (root.awaitQuiet()) {
                read.onLane();
            }
        });
        return job;
    }

    /**
     * Whether background work failed because the connection to the database server was lost (the network, the server
     * restarting), until {@link #connectionBack}: read and changed on the FX thread.
     */
    public ReadOnlyBooleanProperty connectionLostProperty() {
        return window != null ? window.connectionLostProperty() : connectionLost.getReadOnlyProperty();
    }

    /** The server answered again (a retry's check, a sign-in): the lost-connection state ends. On the FX thread. */
    public void connectionBack() {
        if (window != null) {
            window.connectionBack();
        } else {
            connectionLost.set(false);
        }
    }

    /** Lets queued work finish (never interrupting it), for a clean database shutdown; background work not yet started is dropped. */
    @Override
    public void close() {
        closing = true;
        for (ExecutorService pool : new ExecutorService[] {owned, besideLane, backgroundLane, aheadLane}) {
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
