package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dianmifeng.console.testing.OwnCluster;
import org.dianmifeng.console.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as the connection form sets it (on by default: {@code sslmode=verify-full}), for real: a cluster of this test's
 * own with {@code ssl=on} and a certificate for {@code localhost} signed by a root made here with openssl. With that
 * root the console connects over TLS; with another root, or by a name the certificate is not made out to
 * ({@code 127.0.0.1}), it is refused with {@code error.server.certificate} in the user's language, never a stack
 * trace. Runs in the PostgreSQL pass only ({@code -Dbee.test.db=postgres}).
 */
class ServerTlsTest {
    private static Path certs;
    private static OwnCluster cluster;
    @TempDir Path dir;

    @BeforeAll
    static void startWithTls() throws Exception {
        assumeTrue(TestServer.active(), "runs in the PostgreSQL pass");
        certs = Files.createTempDirectory("bee-tls");
        Files.setPosixFilePermissions(certs, PosixFilePermissions.fromString("rwxr-xr-x")); // the server reads it
        openssl("req", "-x509", "-new", "-nodes", "-newkey", "rsa:2048", "-days", "2", "-subj", "/CN=Bee Test Root",
                "-keyout", "ca.key", "-out", "ca.crt");
        openssl("req", "-x509", "-new", "-nodes", "-newkey", "rsa:2048", "-days", "2", "-subj", "/CN=Other Root",
                "-keyout", "other.key", "-out", "other.crt");
        openssl("req", "-new", "-nodes", "-newkey", "rsa:2048", "-subj", "/CN=localhost", "-keyout", "server.key",
                "-out", "server.csr");
        Files.writeString(certs.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.crt");
        Files.setPosixFilePermissions(certs.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        run(List.of("chown", "postgres", certs.resolve("server.key").toString(), certs.resolve("server.crt").toString()));
        cluster = OwnCluster.start("-c ssl=on -c ssl_cert_file=" + certs.resolve("server.crt")
                + " -c ssl_key_file=" + certs.resolve("server.key"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
        if (certs != null) {
            try (var files = Files.walk(certs)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The connection form's address with TLS on, and the root certificate the console trusts. */
    private ServerLogin login(String host, String root) {
        String url = ServerLogin.url(host, cluster.port(), "bee_test", true);
        assertTrue(url.contains("sslmode=" + ServerLogin.TLS_ON), url);
        return cluster.login(host, url.substring(url.indexOf('?')) + "&sslrootcert=" + certs.resolve(root));
    }

    @Test
    void withTheCompanysRootTheConsoleConnectsOverTls() {
        try (Database db = Database.onServer(dir, login("localhost", "ca.crt"), Database.MIGRATIONS)) {
            assertEquals(Boolean.TRUE, db.read(dsl -> dsl.fetchValue(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")), "the connection is encrypted");
        }
    }

    @Test
    void aCertificateOfAnotherRootIsRefusedInWords() {
        refused(login("localhost", "other.crt"));
    }

    @Test
    void aNameTheCertificateIsNotMadeOutToIsRefusedInWords() {
        refused(login("127.0.0.1", "ca.crt"));
    }

    private void refused(ServerLogin login) {
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> Database.onServer(dir, login, Database.MIGRATIONS).close());
        assertEquals("error.server.certificate", e.key());
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            String said = m.describe(e);
            assertEquals(m.text("error.server.certificate", login.url(), login.user()), said);
            assertFalse(said.contains("Exception") || said.contains("PKIX") || said.contains("hostnameverifier"), said);
        }
    }

    private static void openssl(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(certs.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
    }
}
