package org.dianmifeng.console.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.Database;

/** The key tests encrypt their databases with: the same in every JVM, so that a child process opens them too. */
public final class TestKeys {
    public static final String RECOVERY_KEY = "ABCD-1234-EFGH-5678-JKMN-9012-PQRS-3456";
    /** The password H2 takes for a file encrypted with {@link #KEY}: file password, space, empty user password. */
    public static final String H2_PASSWORD = RECOVERY_KEY.replace("-", "") + " ";
    public static final DataKey KEY = DataKey.fromRecoveryKey(RECOVERY_KEY).orElseThrow();

    private TestKeys() {
    }

    /** A plain JDBC connection to the (closed) encrypted database of a data folder, as H2's own tools would open it. */
    public static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(url(dataDir), "sa", H2_PASSWORD);
    }

    /** The JDBC address of the encrypted database of a data folder; its password is {@link #H2_PASSWORD}. */
    public static String url(Path dataDir) {
        return "jdbc:h2:file:" + Database.fileIn(dataDir).toAbsolutePath() + ";CIPHER=AES";
    }

    /** Opens (creating if needed) the database of a data folder with the test key. */
    public static Database open(Path dataDir) {
        return Database.open(dataDir, KEY);
    }
}
