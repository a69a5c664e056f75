package org.dianmifeng.console.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dianmifeng.console.core.ServerLogin;

/**
 * A PostgreSQL cluster of a test's own ({@code .ci/postgres start}), for what cannot be done to the shared test server:
 * stop it under a console and start it again ({@link #halt}, {@link #resume}), or start it with other settings (TLS).
 * Closing it stops it and deletes its folder.
 */
public final class OwnCluster implements AutoCloseable {
    private static final Pattern EXPORT = Pattern.compile("export (\\w+)='([^']*)'");
    private final Map<String, String> settings;

    private OwnCluster(Map<String, String> settings) {
        this.settings = settings;
    }

    /** Starts a cluster; {@code serverOptions} are added to the server's settings, e.g. {@code -c ssl=on}. */
    public static OwnCluster start(String serverOptions) {
        String out = run(Map.of("BEE_PG_OPTIONS", serverOptions), "start");
        Map<String, String> settings = new HashMap<>();
        Matcher m = EXPORT.matcher(out);
        while (m.find()) {
            settings.put(m.group(1), m.group(2));
        }
        return new OwnCluster(settings);
    }

    /** The cluster's folder. */
    public Path dir() {
        return Path.of(settings.get("BEE_TEST_PG_DIR"));
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        String url = settings.get("BEE_TEST_PG_URL");
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
    }

    /** The login to its database {@code bee_test} (the role may create the schema) with these JDBC parameters. */
    public ServerLogin login(String host, String parameters) {
        return new ServerLogin("jdbc:postgresql://" + host + ":" + port() + "/bee_test" + parameters,
                settings.get("BEE_TEST_PG_USER"), settings.get("BEE_TEST_PG_PASSWORD").toCharArray());
    }

    /** Stops the server (pg_ctl stop -m fast: the sessions are ended), keeping its data. */
    public void halt() {
        run(Map.of(), "halt", dir().toString());
    }

    /** Starts the server again, on the same port with the same settings. */
    public void resume() {
        run(Map.of(), "resume", dir().toString());
    }

    @Override
    public void close() {
        run(Map.of(), "stop", dir().toString());
    }

    private static String run(Map<String, String> env, String... args) {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("bash", ".ci/postgres")));
        pb.command().addAll(List.of(args));
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(".ci/postgres " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(".ci/postgres " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(".ci/postgres " + String.join(" ", args), e);
        }
    }
}
