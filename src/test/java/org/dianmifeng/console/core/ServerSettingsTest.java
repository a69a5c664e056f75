package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    private static final String PASSWORD = "Bee-Server-密码-2026";

    @TempDir
    Path dir;

    private static ServerLogin login() {
        return new ServerLogin(ServerLogin.url("db.wuxi.example", 5432, "bee", true), "bee_console",
                PASSWORD.toCharArray());
    }

    @Test
    void theLoginComesBackAndThePasswordIsInNoFileInClear() throws Exception {
        assertFalse(ServerSettings.exists(dir));
        ServerSettings.save(dir, login());
        assertTrue(ServerSettings.exists(dir));
        ServerLogin back = ServerSettings.load(dir).orElseThrow();
        assertEquals(login(), back);
        assertEquals("jdbc:postgresql://db.wuxi.example:5432/bee?sslmode=verify-full&ApplicationName=bee-console",
                back.url(), "TLS on, the server's certificate checked");
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(new String(PASSWORD.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1)), f + " holds the password in clear");
                assertFalse(content.contains("Bee-Server"), f.toString());
                assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(f), f + " is for its owner only");
            }
        }
    }

    @Test
    void aSecondSaveKeepsTheKeyAndEncryptsAfresh() throws Exception {
        ServerSettings.save(dir, login());
        byte[] key = Files.readAllBytes(dir.resolve(ServerSettings.SECRET_NAME));
        String first = Files.readString(ServerSettings.fileIn(dir));
        ServerSettings.save(dir, login());
        assertArrayEquals(key, Files.readAllBytes(dir.resolve(ServerSettings.SECRET_NAME)));
        assertFalse(Files.readString(ServerSettings.fileIn(dir)).lines().filter(l -> l.startsWith("password="))
                .toList().equals(first.lines().filter(l -> l.startsWith("password=")).toList()), "a new IV each time");
        assertEquals(login(), ServerSettings.load(dir).orElseThrow());
    }

    @Test
    void theSettingsFileWithoutThisUsersKeyOrAlteredOpensNothing(@TempDir Path other) throws Exception {
        ServerSettings.save(dir, login());
        Files.copy(ServerSettings.fileIn(dir), ServerSettings.fileIn(other));
        assertEquals("error.server.settings", assertThrows(ConsoleException.class,
                () -> ServerSettings.load(other)).key());

        String text = Files.readString(ServerSettings.fileIn(dir));
        String sealed = text.lines().filter(l -> l.startsWith("password=")).findFirst().orElseThrow();
        // a character well inside the Base64 (the IV): all six of its bits are data. (Near the end, before "==",
        // some bits are padding that the decoder ignores, and the test passed or failed by chance.)
        int at = "password=".length() + 4;
        char was = sealed.charAt(at);
        Files.writeString(ServerSettings.fileIn(dir), text.replace(sealed,
                sealed.substring(0, at) + (was == 'A' ? 'B' : 'A') + sealed.substring(at + 1)));
        assertEquals("error.server.settings", assertThrows(ConsoleException.class,
                () -> ServerSettings.load(dir)).key());
    }

    @Test
    void forgettingGoesBackToTheEmbeddedDatabase() {
        ServerSettings.save(dir, login());
        ServerSettings.forget(dir);
        assertFalse(ServerSettings.exists(dir));
        assertFalse(Files.exists(dir.resolve(ServerSettings.SECRET_NAME)));
        assertTrue(ServerSettings.load(dir).isEmpty());
    }

    @Test
    void onlyAPostgresqlAddressIsTaken() {
        assertEquals("error.server.url", assertThrows(ConsoleException.class,
                () -> new ServerLogin("jdbc:h2:file:/tmp/x", "u", new char[0])).key());
        assertEquals("jdbc:postgresql://10.1.2.3:5433/bee?sslmode=disable&ApplicationName=bee-console",
                ServerLogin.url(" 10.1.2.3 ", 5433, "bee", false));
    }
}
