package org.dianmifeng.console.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.dianmifeng.console.core.BareDatabase;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.Trees;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.summary.SummaryStore;
import org.dianmifeng.console.summary.YearFigures;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.unit.UnitStore;
import org.jooq.DSLContext;
import org.dianmifeng.console.ui.NavItem;
import org.dianmifeng.console.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How fast a person moves around the console: the whole console, headless (Monocle, as the TestFX tests run), on the
 * demo database ({@code demo}: 2,000 people) and on a 100,000-person one ({@code demo --people 100000}); both are made
 * once in {@code target/navigation-benchmark/} and copied afresh for each run, so that every run's first sign-in is the
 * day's first (it makes the daily backup, as a person's first sign-in of the day does).
 * <p>
 * It signs in as the demo administrator (3 s after the sign-in screen shows, as a person types) and times the click
 * on 登录 to the dashboard's first figures shown (and, apart, to its sums of the year's service records shown), the first
 * sign-in (the password unwraps the database's key and opens it) and a later one (signed out and in again); the
 * PBKDF2 derivations a sign-in makes (the key slot, the password's hash, the slot check) are timed on their own in the
 * same run and taken off, to show what the sign-in costs after the password hash. Then it opens every area of the
 * navigation in turn and times the selection to the first rows shown (the first visible table, tree or list of the
 * area with a row, seen at a pulse of the FX thread; for an area without rows, the first pulse at which the results of
 * what it asked for are on the screen, {@link TaskRunner#idle}), cold (first open of the run) and warm (opened again
 * after the others). The baseline of each step, measured in the same run: a bare stage of the window's size opening a
 * {@link TableView} with as many rows and columns, shown the same way (median of 3). Each area's step also
 * gives the CPU time the FX thread and the window's worker spent in it ({@code fx cpu}, {@code wk cpu}): they change
 * little with the machine's load, the ms a lot; and the other lanes' ({@code bs cpu}: beside the worker, the dashboard's
 * sums; {@code bg cpu}: work nobody waits for, the day's backup and the report warm-up; {@code ah cpu}: the reads of
 * the screens prepared ahead), which share the cores.
 * <p>
 * The first sign-in's window prepares nothing ahead, so that its areas are opened cold. The later sign-in's window
 * prepares the other areas while the person reads the dashboard ({@link MainWindow#preparingAhead}): the benchmark
 * times from the dashboard's sums shown to every other area prepared (its reads done), with the heap after a full
 * collection before and after, then opens every area in turn again ({@code prepared}), as a person who looked at the
 * dashboard that long before the first click.
 * <p>
 * Not part of the suite (surefire excludes *Benchmark*):
 * {@code mvn -o test -Dtest=NavigationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the first run makes the
 * large database (about a minute); {@code -Dnavigation.large=false} measures the demo database only;
 * {@code -Dnavigation.jfr=FILE} records the run with Java Flight Recorder's profile settings into FILE.
 */
class NavigationBenchmark {
    private static final Path HOME = Path.of("target", "navigation-benchmark").toAbsolutePath();
    private static final int LARGE = 100_000;
    private static final long TIMEOUT_MS = 300_000;
    /** How long the sign-in screen is up before 登录 is clicked. */
    private static final long TYPING_MS = 3_000;

    static {
        // Monocle's headless screen larger than the window measured (its default, 1280x800, is smaller)
        System.setProperty("headless.geometry", "2400x1600-32");
        // the console's stop waits for background work (the day's backup of the large database) to end: on a busy
        // machine that takes longer than TestFX's default 10 s
        System.setProperty("testfx.setup.timeout", "180000");
    }

    @Test
    void signInAndOpenEveryArea() throws Exception {
        List<String> report = new ArrayList<>();
        String jfr = System.getProperty("navigation.jfr");
        jdk.jfr.Recording recording = null;
        if (jfr != null) {
            recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
            recording.start();
        }
        try {
            report.addAll(print(measure("demo", SampleData.DEFAULT_PEOPLE)));
            if (Boolean.parseBoolean(System.getProperty("navigation.large", "true"))) {
                report.addAll(print(measure("large", LARGE)));
            }
        } finally {
            if (recording != null) {
                recording.dump(Path.of(jfr));
                recording.close();
            }
        }
        System.out.println();
        System.out.println("Navigation benchmark (ms; baseline: a bare stage opening a TableView of the same rows), Java "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        System.out.printf(Locale.ROOT, "%-9s %-34s %8s %8s %9s %7s %7s %7s %7s %7s %7s%n", "database", "step", "rows", "time",
                "baseline", "ratio", "fx cpu", "wk cpu", "bs cpu", "bg cpu", "ah cpu");
        report.forEach(System.out::println);
    }

    /** Prints a database's rows as soon as they are measured (a later failure keeps them); returns them. */
    private static List<String> print(List<String> rows) {
        rows.forEach(System.out::println);
        return rows;
    }

    private List<String> measure(String name, int people) throws Exception {
        Path made = HOME.resolve(name);
        if (!Database.existsIn(made)) {
            Trees.delete(made);
            Files.createDirectories(made);
            int code = Cli.newCommandLine().execute("demo", "--data", made.toString(), "--people",
                    Integer.toString(people));
            if (code != 0) {
                throw new IllegalStateException("demo --people " + people + " failed: " + code);
            }
        }
        // the administrator has kept the recovery key (its dialog is shown once, at the first sign-in ever)
        try (Database db = Vault.open(made, "admin", SampleData.DEMO_PASSWORD.toCharArray())) {
            db.keyring().recoveryKeyKept();
        }
        Path run = HOME.resolve(name + "-run");
        Trees.delete(run);
        copy(made, run);

        List<String> rows = new ArrayList<>();
        App.useFolder(new DataFolder(run));
        Stage stage = FxToolkit.registerPrimaryStage();
        App app = (App) FxToolkit.setupApplication(App.class);
        TaskRunner runner = app.runner();
        try {
            Platform.runLater(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1600);
                stage.setHeight(1000);
            });
            waitFor(() -> lookup(stage, "#usernameField") != null);
            table(stage, 1, 1); // the baseline's classes loaded once, as the console's were by its first screen

            // the first sign-in's window prepares nothing ahead: its areas are opened cold, as they were before
            System.setProperty(App.PREPARE_AHEAD, "false");
            long derivation = derivation(run);
            long firstDerivation = derivation;
            long[] signedIn = signIn(stage);
            long first = signedIn[0];
            int tiles = dashboardTiles(stage);
            rows.add(row(name, "first sign-in → first figures", tiles, first, baseline(stage, tiles, 1)));
            rows.add(row(name, "  → the year's sums shown", tiles, signedIn[1], -1) + cpu(signedIn));
            rows.add(row(name, "  of which PBKDF2 (2 × " + derivation + ")", 0, 2 * derivation, -1));
            rows.add(row(name, "  after the password hash", tiles, first - 2 * derivation, baseline(stage, tiles, 1)));

            ListView<NavItem> nav = navList(stage);
            List<NavItem> items = new ArrayList<>(nav.getItems());
            // cold: every area but the dashboard (opened by the sign-in) once, the first right after the dashboard's
            // figures, as a person would click it, with whatever the sign-in started still running, the others once
            // the window's worker is idle; warm: every area again, the dashboard first
            List<long[]> cold = new ArrayList<>();
            cold.add(null);
            for (NavItem item : items.subList(1, items.size())) {
                cold.add(open(stage, runner, nav, item, cold.size() == 1));
            }
            for (int i = 0; i < items.size(); i++) {
                long[] w = open(stage, runner, nav, items.get(i), false);
                long base = baseline(stage, (int) Math.max(1, w[1]), (int) Math.max(1, w[2]));
                String id = items.get(i).id();
                if (cold.get(i) != null) {
                    rows.add(row(name, id + " cold", cold.get(i)[1], cold.get(i)[0], base) + cpu(cold.get(i)));
                }
                rows.add(row(name, id + " warm", w[1], w[0], base) + cpu(w));
            }

            // what every area kept costs the heap, to compare with every area prepared below
            rows.add(String.format(Locale.ROOT, "%-9s %-34s %8s %8d", name, "heap after GC, MB: every area opened",
                    "", heapAfterGc()));
            Platform.runLater(() -> ((Button) lookup(stage, "#logoutButton")).fire());
            waitFor(() -> lookup(stage, "#usernameField") != null);
            // the later sign-in's window prepares the other areas ahead while the person reads the dashboard
            System.setProperty(App.PREPARE_AHEAD, "true");
            derivation = derivation(run);
            long[] cpuBefore = threadCpu();
            long signInStart = System.nanoTime();
            signedIn = signIn(stage);
            long later = signedIn[0];
            rows.add(row(name, "later sign-in → first figures", tiles, later, baseline(stage, tiles, 1)));
            rows.add(row(name, "  → the year's sums shown", tiles, signedIn[1], -1) + cpu(signedIn));
            rows.add(row(name, "  of which PBKDF2 (2 × " + derivation + ")", 0, 2 * derivation, -1));
            rows.add(row(name, "  after the password hash", tiles, later - 2 * derivation,
                    baseline(stage, tiles, 1)));

            // a person reading the dashboard: the window prepares every other area, each in a pause, its reads on
            // the lane ahead; then every area is opened in turn as before
            long heapBefore = heapAfterGc();
            MainWindow main = WaitForAsyncUtils.asyncFx(app::mainWindow).get();
            List<NavItem> later2 = WaitForAsyncUtils.asyncFx(() -> new ArrayList<>(navList(stage).getItems())).get();
            // how many screens are built 1, 2 and 3 s after the sums were shown (the moment a person may click)
            long sumsShown = System.nanoTime();
            int[] builtBy = new int[3];
            waitFor(() -> {
                int built = main.preparedAhead();
                for (int s = 0; s < builtBy.length; s++) {
                    if (ms(sumsShown) <= (s + 1) * 1000L) {
                        builtBy[s] = built;
                    }
                }
                return built == later2.size() - 1 && laneAheadIdle();
            });
            long preparedAt = ms(signInStart) - signedIn[1] - TYPING_MS;
            for (int s = 0; s < builtBy.length; s++) {
                if (ms(sumsShown) <= (s + 1) * 1000L) {
                    builtBy[s] = later2.size() - 1;
                }
            }
            long[] cpuAfter = threadCpu();
            long[] preparing = {preparedAt, later2.size() - 1, 0, 0, 0, 0, 0, 0};
            for (int c = 0; c < 5; c++) {
                preparing[3 + c] = cpuAfter[c] - cpuBefore[c] - signedIn[3 + c];
            }
            rows.add(row(name, "  → every other area prepared", later2.size() - 1, preparedAt, -1)
                    + cpu(preparing));
            rows.add(String.format(Locale.ROOT, "%-9s %-34s %8s %8s", name, "  built 1 / 2 / 3 s after the sums", "",
                    builtBy[0] + "/" + builtBy[1] + "/" + builtBy[2]));
            rows.add(String.format(Locale.ROOT, "%-9s %-34s %8s %8d", name, "  heap after GC, MB: signed in", "",
                    heapBefore));
            rows.add(String.format(Locale.ROOT, "%-9s %-34s %8s %8d", name, "  heap after GC, MB: all prepared", "",
                    heapAfterGc()));
            ListView<NavItem> nav2 = navList(stage);
            for (NavItem item : later2.subList(1, later2.size())) {
                long[] p = open(stage, runner, nav2, item, false);
                rows.add(row(name, item.id() + " prepared", p[1], p[0],
                        baseline(stage, (int) Math.max(1, p[1]), (int) Math.max(1, p[2]))) + cpu(p));
            }

            // the sign-ins against the same work done bare: the database opened and the first figures read by plain
            // JDBC and the stores' queries, shown in a bare table
            long[] bare = bareSignIns(stage, made, name, tiles);
            rows.add(row(name, "first sign-in after the hash, bare", tiles, first - 2 * firstDerivation, bare[0]));
            rows.add(row(name, "later sign-in after the hash, bare", tiles, later - 2 * derivation, bare[1]));
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        return rows;
    }

    /**
     * Types the administrator's password and clicks 登录: {ms until the dashboard shows its first figures, until it
     * shows its sums of the year too (no tile waits), 0, CPU ms of the FX thread and of the window's worker (the
     * password's derivations included) until then}. The sign-in screen is up for {@link #TYPING_MS} before the
     * click, as long as a person takes to type a name and a password.
     */
    private static long[] signIn(Stage stage) throws Exception {
        Thread.sleep(TYPING_MS);
        long[] cpu0 = threadCpu();
        CompletableFuture<Long> start = new CompletableFuture<>();
        Platform.runLater(() -> {
            ((TextField) lookup(stage, "#usernameField")).setText("admin");
            ((TextField) lookup(stage, "#passwordField")).setText(SampleData.DEMO_PASSWORD);
            start.complete(System.nanoTime());
            ((Button) lookup(stage, "#loginButton")).fire();
        });
        long t0 = start.get(10, TimeUnit.SECONDS);
        long shown = atPulse(() -> dashboardTiles(stage) > 0 ? Boolean.TRUE : null).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long summed = atPulse(() -> dashboardTiles(stage) > 0 && lookup(stage, ".dashboard-tile-summing")
                == null ? Boolean.TRUE : null).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long[] cpu1 = threadCpu();
        return new long[] {(shown - t0) / 1_000_000, (summed - t0) / 1_000_000, 0, cpu1[0] - cpu0[0], cpu1[1] - cpu0[1],
            cpu1[2] - cpu0[2], cpu1[3] - cpu0[3], cpu1[4] - cpu0[4]};
    }

    /**
     * Selects the area: {ms to the first rows shown (or, for an area without any, to its work done), rows, columns,
     * CPU ms of the FX thread and of the window's worker meanwhile}. The CPU times hardly change with the load of the
     * machine, where the ms do: they tell where a step's time goes (building and styling the screen, or reading).
     */
    private static long[] open(Stage stage, TaskRunner runner, ListView<NavItem> nav, NavItem item, boolean atOnce)
            throws Exception {
        if (!atOnce) {
            waitForIdle();
        }
        long[] cpu0 = threadCpu();
        CompletableFuture<Long> start = new CompletableFuture<>();
        Platform.runLater(() -> {
            start.complete(System.nanoTime());
            nav.getSelectionModel().select(item);
        });
        long t0 = start.get(10, TimeUnit.SECONDS);
        long[] seen = new long[2];
        long shown = atPulse(() -> {
            Parent content = (Parent) lookup(stage, "#content");
            if (content == null || content.getChildrenUnmodifiable().isEmpty()) {
                return null;
            }
            if ("dashboard".equals(item.id())) {
                int tiles = dashboardTiles(stage);
                seen[0] = tiles;
                seen[1] = 1;
                return tiles > 0 ? Boolean.TRUE : null;
            }
            long[] rows = rows(content);
            seen[0] = rows[0];
            seen[1] = rows[1];
            // an area without rows (a form, an empty list): shown once the results of what it asked for are
            return rows[0] > 0 || runner.idle() ? Boolean.TRUE : null;
        }).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        long[] cpu1 = threadCpu();
        return new long[] {(shown - t0) / 1_000_000, seen[0], seen[1], cpu1[0] - cpu0[0], cpu1[1] - cpu0[1],
            cpu1[2] - cpu0[2], cpu1[3] - cpu0[3], cpu1[4] - cpu0[4]};
    }

    /**
     * CPU ms so far of {the FX thread, the window's worker, the lane beside it, the lane for work nobody waits for, the
     * lane of the screens prepared ahead}.
     */
    private static long[] threadCpu() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ms = new long[5];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            int i = name.equals("JavaFX Application Thread") ? 0 : name.equals("console-worker") ? 1
                    : name.equals("console-beside") ? 2 : name.equals("console-background") ? 3
                    : name.equals("console-ahead") ? 4 : -1;
            long ns = i < 0 ? -1 : threads.getThreadCpuTime(t.getId());
            if (ns > 0) {
                ms[i] += ns / 1_000_000;
            }
        }
        return ms;
    }

    private static String cpu(long[] step) {
        return String.format(Locale.ROOT, " %7d %7d %7d %7d %7d", step[3], step[4], step[5], step[6], step[7]);
    }

    /**
     * One PBKDF2 derivation as a sign-in makes it (the key slot's unwrap, at the slot's iterations; the password's hash
     * has as many), median of 3, measured just before the sign-in it is taken off, under the same load.
     */
    private static long derivation(Path folder) {
        char[] password = SampleData.DEMO_PASSWORD.toCharArray();
        List<Long> kdf = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            KeySlots.of(folder).open("admin", password).orElseThrow();
            kdf.add(ms(t0));
        }
        return median(kdf);
    }

    /** Median of 3: a bare stage of the window's size opening a TableView of {@code rows} × {@code columns}. */
    private static long baseline(Stage stage, int rows, int columns) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            times.add(table(stage, rows, columns));
        }
        return median(times);
    }

    private static long table(Stage owner, int rows, int columns) throws Exception {
        return table(owner, () -> {
            List<String[]> data = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                String[] row = new String[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = "第" + r + "行" + c;
                }
                data.add(row);
            }
            return data;
        });
    }

    /** ms from calling {@code read} (on this thread) to its rows shown in a TableView on a bare stage. */
    private static long table(Stage owner, Callable<List<String[]>> read) throws Exception {
        waitForIdle();
        long t0 = System.nanoTime();
        List<String[]> data = read.call();
        int columns = data.isEmpty() ? 1 : data.get(0).length;
        Stage[] bare = new Stage[1];
        TableView<?>[] shownTable = new TableView<?>[1];
        Platform.runLater(() -> {
            TableView<String[]> table = new TableView<>();
            for (int c = 0; c < columns; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("列" + c);
                col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()[column]));
                table.getColumns().add(col);
            }
            table.getItems().setAll(data);
            Stage stage = new Stage();
            stage.setScene(new Scene(table, owner.getWidth(), owner.getHeight()));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            bare[0] = stage;
            shownTable[0] = table;
        });
        long shown = atPulse(() -> shownTable[0] != null && !shownTable[0].getItems().isEmpty()
                && shownTable[0].lookup(".table-row-cell") != null ? Boolean.TRUE : null)
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.asyncFx(() -> bare[0].close()).get();
        return (shown - t0) / 1_000_000;
    }

    /**
     * The sign-in done bare, median of 3 each: {a fresh copy of the database opened by plain JDBC with the console's
     * URL and key (the key unwrapped beforehand, not timed) and what the dashboard reads first read on it by the
     * stores' own queries (the units, the years with data, this year's first figures), shown in a bare stage's
     * TableView of as many rows as tiles; the same read again on the database open, as at a later sign-in}.
     */
    private static long[] bareSignIns(Stage stage, Path made, String name, int tiles) throws Exception {
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        Path copy = HOME.resolve(name + "-bare");
        for (int i = 0; i < 3; i++) {
            Trees.delete(copy);
            copy(made, copy);
            DataKey key = KeySlots.of(copy).open("admin", SampleData.DEMO_PASSWORD.toCharArray()).orElseThrow();
            BareDatabase[] bare = new BareDatabase[1];
            try {
                first.add(table(stage, () -> {
                    bare[0] = BareDatabase.open(copy, key);
                    return firstFigures(bare[0].dsl(), tiles);
                }));
                later.add(table(stage, () -> firstFigures(bare[0].dsl(), tiles)));
            } finally {
                if (bare[0] != null) {
                    bare[0].close();
                }
            }
        }
        Trees.delete(copy);
        return new long[] {median(first), median(later)};
    }

    /** What the dashboard reads first, by the stores' own queries, as {@code tiles} rows (its sums still pending). */
    private static List<String[]> firstFigures(DSLContext dsl, int tiles) {
        int year = LocalDate.now().getYear();
        int units = new UnitStore(dsl).all().size();
        SummaryStore store = new SummaryStore(dsl);
        int years = store.years(year).size();
        YearFigures.First f = store.first(store.scope(null), year);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"人员", String.valueOf(f.people().total())});
        rows.add(new String[] {"志愿者", String.valueOf(f.people().volunteers())});
        rows.add(new String[] {"服务队", String.valueOf(f.teams().active())});
        rows.add(new String[] {"入网格党员", String.valueOf(f.party().enrolled())});
        rows.add(new String[] {"在帮扶", String.valueOf(f.cases().open())});
        rows.add(new String[] {"荣誉", String.valueOf(f.honours().total())});
        rows.add(new String[] {"单位", String.valueOf(units)});
        rows.add(new String[] {"年份", String.valueOf(years)});
        while (rows.size() < tiles) {
            rows.add(new String[] {"…", "…"});
        }
        return rows;
    }

    /** The time (nanoTime) of the first pulse at which {@code condition} gives a value. */
    private static CompletableFuture<Long> atPulse(Supplier<Boolean> condition) {
        CompletableFuture<Long> at = new CompletableFuture<>();
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (condition.get() != null) {
                    at.complete(System.nanoTime());
                    stop();
                }
            }
        }.start());
        return at;
    }

    /**
     * {rows shown, columns} of the area's first visible table with rows (of its first tree or list with rows if it has
     * no table); {0, 1} if none has rows yet.
     */
    private static long[] rows(Parent content) {
        long[] found = {0, 1};
        List<Node> nodes = new ArrayList<>();
        descendants(content, nodes);
        boolean tables = nodes.stream().anyMatch(n -> (n instanceof TableView<?> || n instanceof TreeTableView<?>)
                && treeVisible(n, content));
        for (Node n : nodes) {
            if (!treeVisible(n, content)
                    || tables && !(n instanceof TableView<?> || n instanceof TreeTableView<?>)) {
                continue;
            }
            long count = 0;
            long columns = 1;
            if (n instanceof TableView<?> t) {
                count = t.getItems().size();
                columns = Math.max(1, t.getVisibleLeafColumns().size());
            } else if (n instanceof TreeTableView<?> t) {
                count = t.getExpandedItemCount();
                columns = Math.max(1, t.getVisibleLeafColumns().size());
            } else if (n instanceof TreeView<?> t) {
                count = t.getExpandedItemCount();
            } else if (n instanceof ListView<?> l) {
                count = l.getItems().size();
            }
            if (count > 0) {
                return new long[] {count, columns};
            }
        }
        return found;
    }

    private static void descendants(Parent parent, List<Node> into) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            into.add(n);
            if (n instanceof Parent p) {
                descendants(p, into);
            }
        }
    }

    private static boolean treeVisible(Node n, Node root) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p == root) {
                return true;
            }
        }
        return true;
    }

    /** The heap in use after a full collection, in MB. */
    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }

    /** The lane of the screens prepared ahead waits for work (its thread parked on its queue, not in a quiet pause). */
    private static boolean laneAheadIdle() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("console-ahead"))
                .allMatch(t -> t.getState() == Thread.State.WAITING);
    }

    /** The window's worker waits for work: the area asked for nothing more, or got it. */
    private static boolean workerIdle() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("console-worker"))
                .allMatch(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
    }

    private static void waitForIdle() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return workerIdle();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int dashboardTiles(Stage stage) {
        Node tiles = lookup(stage, "#dashboardTiles");
        return tiles instanceof Pane p ? p.getChildren().size() : 0;
    }

    @SuppressWarnings("unchecked")
    private static ListView<NavItem> navList(Stage stage) {
        return (ListView<NavItem>) lookup(stage, "#navList");
    }

    private static Node lookup(Stage stage, String selector) {
        Scene scene = stage.getScene();
        return scene == null ? null : scene.lookup(selector);
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static String row(String db, String step, long rows, long time, long base) {
        return String.format(Locale.ROOT, "%-9s %-34s %8s %8d %9s %7s", db, step, rows == 0 ? "" : Long.toString(rows),
                time, base < 0 ? "" : Long.toString(base), base <= 0 ? "" : String.format(Locale.ROOT, "%.1f",
                        (double) time / base));
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
