package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Work nobody waits for (the day's backup, the report warm-up) never goes before what a person asked for: it starts
 * once the window's worker has been idle a moment, a chain of loads counting as one, and runs beside the worker.
 */
class TaskRunnerTest {
    private TaskRunner runner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        runner = TaskRunner.fx();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void aPreparedScreensReadWaitsForAQuietWindowOnItsOwnLaneAndIsNotTheWindowsWork() throws Exception {
        TaskRunner ahead = runner.ahead();
        java.util.concurrent.CompletableFuture<String> lane = new java.util.concurrent.CompletableFuture<>();
        AtomicLong windowDone = new AtomicLong();
        runner.run(p -> pause(300), r -> windowDone.set(System.nanoTime()), e -> { });
        ahead.run(p -> {
            long started = System.nanoTime();
            return Thread.currentThread().getName() + "@" + started;
        }, lane::complete, lane::completeExceptionally);
        String[] ran = lane.get(10, TimeUnit.SECONDS).split("@");
        org.junit.jupiter.api.Assertions.assertEquals("console-ahead", ran[0]);
        long quiet = TimeUnit.NANOSECONDS.toMillis(Long.parseLong(ran[1]) - windowDone.get());
        assertTrue(quiet >= TaskRunner.QUIET_MS - 50, "read " + quiet + " ms after the window's last result");

        // while it reads, the window counts itself idle: what a person asks for is not behind it
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Boolean> second = new java.util.concurrent.CompletableFuture<>();
        ahead.run(p -> {
            reading.countDown();
            return hold.await(10, TimeUnit.SECONDS);
        }, second::complete, second::completeExceptionally);
        assertTrue(reading.await(10, TimeUnit.SECONDS));
        assertTrue(runner.idle(), "a prepared screen's read is not the window's work");
        hold.countDown();
        assertTrue(second.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aPreparedScreenShownHandsItsReadsNotStartedToTheWindowsWorker() throws Exception {
        TaskRunner ahead = runner.ahead();
        CountDownLatch busy = new CountDownLatch(1);
        // the window's worker busy: the prepared screen's read waits for a quiet moment
        runner.run(p -> {
            busy.await(10, TimeUnit.SECONDS);
            return null;
        }, r -> { }, e -> { });
        java.util.concurrent.CompletableFuture<String> read = new java.util.concurrent.CompletableFuture<>();
        ahead.run(p -> Thread.currentThread().getName(), read::complete, read::completeExceptionally);
        Thread.sleep(200);
        assertFalse(read.isDone(), "not read while the window works");
        ahead.release(); // the screen is shown
        busy.countDown();
        org.junit.jupiter.api.Assertions.assertEquals("console-worker", read.get(10, TimeUnit.SECONDS),
                "read by the window's worker as soon as it is free, not after a quiet moment");
        java.util.concurrent.CompletableFuture<String> next = new java.util.concurrent.CompletableFuture<>();
        ahead.run(p -> Thread.currentThread().getName(), next::complete, next::completeExceptionally);
        org.junit.jupiter.api.Assertions.assertEquals("console-worker", next.get(10, TimeUnit.SECONDS),
                "once shown, its reads are the window's");
    }

    @Test
    void backgroundWorkStartsAfterAChainOfLoadsAndAQuietMoment() throws Exception {
        AtomicLong secondShown = new AtomicLong();
        AtomicLong backgroundStarted = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        // a screen's first load whose result asks for a second one, as the dashboard does
        runner.run(p -> pause(300), first -> runner.run(p -> pause(300), second -> secondShown.set(System.nanoTime()),
                e -> { }), e -> { });
        runner.runWhenIdle(p -> {
            backgroundStarted.set(System.nanoTime());
            return null;
        }, r -> done.countDown(), e -> { });
        assertTrue(done.await(10, TimeUnit.SECONDS), "the background work ran");
        assertTrue(secondShown.get() != 0, "the second load was shown before the background work started");
        long quiet = TimeUnit.NANOSECONDS.toMillis(backgroundStarted.get() - secondShown.get());
        assertTrue(quiet >= TaskRunner.QUIET_MS - 50, "started " + quiet + " ms after the screen's last result");
    }

    @Test
    void onLinuxBackgroundWorkRunsAtTheLowestPriorityOfTheSystemAndTheWindowsWorkDoesNot() throws Exception {
        java.nio.file.Path self = java.nio.file.Path.of("/proc/thread-self/stat");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(self), "Linux only");
        java.util.concurrent.CompletableFuture<Integer> background = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Integer> worker = new java.util.concurrent.CompletableFuture<>();
        runner.runWhenIdle(p -> nice(self), background::complete, background::completeExceptionally);
        runner.run(p -> nice(self), worker::complete, worker::completeExceptionally);
        org.junit.jupiter.api.Assertions.assertEquals(TaskRunner.NICE, background.get(10, TimeUnit.SECONDS));
        org.junit.jupiter.api.Assertions.assertEquals(nice(self), worker.get(10, TimeUnit.SECONDS),
                "the window's worker keeps the process's priority");
    }

    /** The calling thread's niceness (field 19 of its stat). */
    private static int nice(java.nio.file.Path self) throws java.io.IOException {
        String stat = java.nio.file.Files.readString(self);
        return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
    }

    @Test
    void whatAPersonAsksForRunsBesideBackgroundWork() throws Exception {
        CountDownLatch backgroundRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch shown = new CountDownLatch(1);
        runner.runWhenIdle(p -> {
            backgroundRunning.countDown();
            return release.await(20, TimeUnit.SECONDS);
        }, r -> { }, e -> { });
        assertTrue(backgroundRunning.await(10, TimeUnit.SECONDS));
        runner.run(p -> "rows", rows -> shown.countDown(), e -> { });
        assertTrue(shown.await(5, TimeUnit.SECONDS), "a screen's load does not wait for the background work");
        release.countDown();
    }

    @Test
    void backgroundWorkWaitsAtItsNextStepWhileAScreenLoads() throws Exception {
        CountDownLatch firstStep = new CountDownLatch(1);
        CountDownLatch screenAsked = new CountDownLatch(1);
        AtomicLong screenShown = new AtomicLong();
        AtomicLong secondStep = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        runner.runWhenIdle(p -> {
            firstStep.countDown();
            assertTrue(screenAsked.await(10, TimeUnit.SECONDS));
            p.update(1, 2); // between two statements of the background work
            secondStep.set(System.nanoTime());
            return null;
        }, r -> done.countDown(), e -> { });
        assertTrue(firstStep.await(10, TimeUnit.SECONDS));
        runner.run(p -> pause(400), r -> screenShown.set(System.nanoTime()), e -> { });
        screenAsked.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertTrue(screenShown.get() != 0 && secondStep.get() - screenShown.get()
                >= TimeUnit.MILLISECONDS.toNanos(TaskRunner.QUIET_MS - 50), "the next step waited for the screen");
    }

    @Test
    void backgroundWorkNotStartedWhenTheWindowCloses() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        runner.run(p -> pause(200), r -> { }, e -> { });
        runner.runWhenIdle(p -> {
            ran.set(true);
            return null;
        }, r -> { }, e -> { });
        runner.close();
        Thread.sleep(TaskRunner.QUIET_MS + 300);
        assertFalse(ran.get(), "background work waiting for a quiet moment is dropped at exit");
    }

    private static Void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
        return null;
    }
}
