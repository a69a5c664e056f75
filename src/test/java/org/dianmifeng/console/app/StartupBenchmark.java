package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Launch of the installed console to its sign-in window, against a bare JavaFX window started the same way, in one
 * run: both are jpackage launchers on the same jlinked runtime with the same JavaFX jars on the class path, started
 * as a person starts them (a new process), and both write the time of their first laid-out screen with
 * {@link StartupMark} and end. Timed from just before the process is started to that mark; alternated, median of
 * {@code startup.runs} (default 7).
 * <p>
 * Three columns: the bare window (the runtime's own class-data sharing archive, no archive of its classes); the
 * console as packaged (with the archive of its start-up classes, {@code lib/app/bee-console.jsa}); the console with
 * that archive moved aside. Not part of the suite (surefire excludes *Benchmark*); needs the image made by
 * {@code installer/build.sh} (or {@code -Dstartup.image=DIR}, e.g. an unpacked .deb's {@code opt/bee-console}) and
 * a display (Xvfb will do): {@code DISPLAY=:93 mvn -o test -Dtest=StartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Uses the demo database {@code demo} makes (2,000 people) in {@code target/startup-benchmark/}.
 */
class StartupBenchmark {
    private static final Path HOME = Path.of("target", "startup-benchmark").toAbsolutePath();

    @Test
    void launcherToSignInAgainstABareWindow() throws Exception {
        assertTrue(System.getenv("DISPLAY") != null, "a display is needed: DISPLAY=:93 with Xvfb running");
        Path image = Path.of(System.getProperty("startup.image", "target/installer/image/bee-console")).toAbsolutePath();
        Path launcher = image.resolve("bin/bee-console");
        assertTrue(Files.isExecutable(launcher), "no image at " + image + ": run installer/build.sh first");
        int runs = Integer.getInteger("startup.runs", 7);
        Path demo = HOME.resolve("demo");
        if (!Files.exists(demo)) {
            assertEquals(0, run(List.of(launcher.toString(), "demo", "--data", demo.toString()), null), "demo");
        }
        Path bare = bareImage(image);
        Path archive = image.resolve("lib/app/bee-console.jsa");
        Path aside = HOME.resolve("bee-console.jsa.aside");
        boolean hasArchive = Files.exists(archive);
        List<Long> bareMs = new ArrayList<>();
        List<Long> consoleMs = new ArrayList<>();
        List<Long> plainMs = new ArrayList<>();
        List<String> console = List.of(launcher.toString(), "--data", demo.toString());
        for (int i = 0; i <= runs; i++) {
            long b = timeToMark(List.of(bare.resolve("bin/bare-window").toString()));
            long c = timeToMark(console);
            long p;
            if (hasArchive) {
                Files.move(archive, aside);
                try {
                    p = timeToMark(console);
                } finally {
                    Files.move(aside, archive);
                }
            } else {
                p = c;
            }
            if (i > 0) { // the first round warms the disk cache
                bareMs.add(b);
                consoleMs.add(c);
                plainMs.add(p);
            }
        }
        long bm = median(bareMs);
        long cm = median(consoleMs);
        long pm = median(plainMs);
        System.out.println();
        System.out.printf(Locale.ROOT, "Start-up benchmark: launcher to first screen, ms, median of %d (%d cores, Java %s)%n",
                runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "  bare JavaFX window               %6d   %s%n", bm, bareMs);
        System.out.printf(Locale.ROOT, "  console sign-in, start-up archive %5d   %s   %.2fx the bare window%s%n", cm,
                consoleMs, (double) cm / bm, hasArchive ? "" : " (the image has no archive)");
        System.out.printf(Locale.ROOT, "  console sign-in, without archive %6d   %s   %.2fx%n", pm, plainMs, (double) pm / bm);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Starts {@code command} with the start-up probe and returns the ms from just before the start to its mark. */
    private static long timeToMark(List<String> command) throws Exception {
        Path mark = HOME.resolve("shown");
        Files.deleteIfExists(mark);
        long start = System.currentTimeMillis();
        assertEquals(0, run(command, "-D" + StartupMark.PROPERTY + "=" + mark), "exit of " + command);
        assertTrue(Files.exists(mark), "no mark from " + command);
        return Long.parseLong(Files.readString(mark).strip()) - start;
    }

    private static int run(List<String> command, String toolOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(HOME.resolve("last-run.log").toFile());
        Files.createDirectories(HOME);
        if (toolOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        Process process = pb.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no exit within 180 s: " + command);
        }
        return process.exitValue();
    }

    /**
     * The bare window as a jpackage image on the console's runtime with the console's JavaFX jars: {@link BareWindow}
     * and {@link StartupMark} in a jar of their own. Made once per run (a few seconds).
     */
    private static Path bareImage(Path image) throws Exception {
        Path input = HOME.resolve("bare-input");
        Path dest = HOME.resolve("bare-image");
        for (Path p : List.of(input, dest)) {
            if (Files.exists(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        Files.createDirectories(input);
        try (Stream<Path> jars = Files.list(image.resolve("lib/app/lib"))) {
            for (Path jar : jars.filter(j -> j.getFileName().toString().startsWith("javafx-")).toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()));
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(input.resolve("bare.jar")), manifest)) {
            Path classes = Path.of("target", "test-classes");
            Path main = Path.of("target", "classes");
            for (String name : List.of(BareWindow.class.getName(), BareWindow.Window.class.getName())) {
                add(jar, classes, name);
            }
            add(jar, main, StartupMark.class.getName());
        }
        Process p = new ProcessBuilder("jpackage", "--type", "app-image", "--name", "bare-window",
                "--runtime-image", image.resolve("lib/runtime").toString(), "--input", input.toString(),
                "--main-jar", "bare.jar", "--main-class", BareWindow.class.getName(), "--dest", dest.toString())
                .inheritIO().start();
        assertEquals(0, p.waitFor(), "jpackage of the bare window");
        return dest.resolve("bare-window");
    }

    private static void add(JarOutputStream jar, Path root, String className) throws IOException {
        String entry = className.replace('.', '/') + ".class";
        jar.putNextEntry(new JarEntry(entry));
        Files.copy(root.resolve(entry), jar);
        jar.closeEntry();
    }
}
