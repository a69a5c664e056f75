package org.dianmifeng.console.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where the company's PostgreSQL server is and who signs in to it (the server's role, not a console account). The
 * password is kept as characters so that it can be wiped, and never appears in {@link #toString} (which the log
 * uses).
 *
 * @param url      a JDBC address, {@code jdbc:postgresql://host:port/database?...}
 * @param user     the server role the consoles sign in as
 * @param password that role's password
 */
public record ServerLogin(String url, String user, char[] password) {
    /** The TLS setting when TLS is on: encrypted, and the server's certificate checked against the trusted root. */
    public static final String TLS_ON = "verify-full";
    public static final int DEFAULT_PORT = 5432;

    public ServerLogin {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new ConsoleException("error.server.url", url);
        }
        user = Objects.requireNonNull(user, "user").strip();
        password = password == null ? new char[0] : password.clone();
    }

    /** The JDBC address of a server from the parts the first-start screen asks for. */
    public static String url(String host, int port, String database, boolean tls) {
        return "jdbc:postgresql://" + host.strip() + ":" + port + "/"
                + URLEncoder.encode(database.strip(), StandardCharsets.UTF_8)
                + "?sslmode=" + (tls ? TLS_ON : "disable") + "&ApplicationName=bee-console";
    }

    /** Wipes the password from memory once the pool has it. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerLogin s && s.url.equals(url) && s.user.equals(user)
                && Arrays.equals(s.password, password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user);
    }

    @Override
    public String toString() {
        return user + "@" + url;
    }
}
