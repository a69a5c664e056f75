package org.dianmifeng.console.app;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.aidcase.ui.DueFollowUpsViewModel;
import org.dianmifeng.console.account.ui.DatabaseChoiceView;
import org.dianmifeng.console.account.ui.DatabaseChoiceViewModel;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.BackupService;
import org.dianmifeng.console.core.DamagedDatabaseException;
import org.dianmifeng.console.core.DataKey;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.ServerSettings;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.summary.AnnualSummary;
import org.dianmifeng.console.ui.AboutView;
import org.dianmifeng.console.ui.ControlsWarmUp;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.WindowPrefs;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the window at once, opens the database in the background, then
 * leads to the first start (administrator account, sample data), the login, and the main window.
 * A damaged database is offered its newest checked backup; the first sign-in of each day makes the
 * day's backup; a restore from the backups screen builds the services again and signs everyone out.
 */
public final class App extends Application {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /**
     * The system property that, set to {@code false}, keeps the main window from preparing screens ahead
     * ({@link MainWindow#preparingAhead}): the suite's screen tests set it, so that no hidden screen is in the window
     * they look up nodes in.
     */
    static final String PREPARE_AHEAD = "bee.prepareAhead";
    private static DataFolder folder = DataFolder.defaultFolder();
    private final TaskRunner runner = TaskRunner.fx();
    /** The day's backup at sign-in: running, and its failure (null while none), shown in the header. */
    private final BooleanProperty dailyBackupRunning = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> dailyBackupFailure = new SimpleObjectProperty<>();
    private boolean reportsWarm;
    private boolean signInWarm;
    private boolean controlsWarm;
    private Logger log;
    private Stage stage;
    private WindowPrefs prefs;
    private Messages messages;
    /** Null while the database is locked (before the first sign-in of the run); set on the window's worker. */
    private volatile Services services;
    /** What opening the database at the sign-in had to say (an interrupted upgrade rolled back), or null. */
    private volatile String openNotice;
    private Session session;
    private MainWindow main;

    static void launchOn(DataFolder dataFolder) {
        useFolder(dataFolder);
        Application.launch(App.class);
    }

    /** The data folder the next start of the application opens. */
    static void useFolder(DataFolder dataFolder) {
        folder = dataFolder;
    }

    /** The window's runner: whether its work is done ({@link TaskRunner#idle}), for the navigation benchmark. */
    TaskRunner runner() {
        return runner;
    }

    /** The main window shown, or null before the first sign-in: for the navigation benchmark. */
    MainWindow mainWindow() {
        return main;
    }

    @Override
    public void start(Stage primaryStage) {
        log = LoggerFactory.getLogger(App.class);
        stage = primaryStage;
        prefs = WindowPrefs.load(folder.preferences());
        messages = Messages.of(prefs.locale());
        // JavaFX's own texts (an empty table's placeholder, date pickers) in the language chosen at the start
        Locale.setDefault(prefs.locale());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            log.error("Uncaught error on {}", t.getName(), e);
            Platform.runLater(() -> Dialogs.error(stage, messages, messages.describe(e)));
        });
        stage.getIcons().add(new Image(Objects.requireNonNull(App.class.getResourceAsStream("/icons/bee-console.png"))));
        stage.setTitle(messages.text("app.title"));
        prefs.applyTo(stage);
        show(splash());
        stage.show();
        if (ServerSettings.exists(folder.path())) {
            // the company's server (issue 15): connected before the sign-in, as the accounts are there
            runner.run(p -> new Services(Database.onServer(folder.path(), ServerSettings.load(folder.path())
                    .orElseThrow(), Database.MIGRATIONS), Clock.systemDefaultZone()), this::opened, this::openFailed);
            return;
        }
        runner.run(p -> Vault.state(folder.path()), state -> {
            if (state == Vault.State.LOCKED) {
                showEntry(null);
            } else if (state == Vault.State.NEW) {
                chooseDatabase();
            } else {
                if (state == Vault.State.PLAIN) {
                    show(splash(messages.text("app.encrypting", folder.path())));
                }
                runner.run(p -> new Services(state == Vault.State.NEW ? Vault.create(folder.path(), Clock.systemDefaultZone())
                        : Database.encryptPlain(folder.path(), Clock.systemDefaultZone()), Clock.systemDefaultZone()),
                        this::opened, this::openFailed);
            }
        }, this::openFailed);
    }

    /**
     * The first start's first step (issue 15): this PC's database, made now, or the company's server, kept in the
     * data folder once it answered; then the first start or the sign-in, as the server's accounts decide.
     */
    private void chooseDatabase() {
        DatabaseChoiceViewModel<Services> choice = new DatabaseChoiceViewModel<>(messages, runner, login -> {
            Database db = Database.onServer(folder.path(), login, Database.MIGRATIONS);
            ServerSettings.save(folder.path(), login);
            return new Services(db, Clock.systemDefaultZone());
        }, () -> runner.run(p -> new Services(Vault.create(folder.path(), Clock.systemDefaultZone()),
                Clock.systemDefaultZone()), this::opened, this::openFailed), this::opened);
        show(new DatabaseChoiceView(choice, messages, locale -> {
            useLanguage(locale);
            chooseDatabase();
        }).build());
    }

    /** The database is open: on to the first start or the sign-in, with what opening had to say. */
    private void opened(Services opened) {
        services = opened;
        showEntry(openedNotice(opened.database()));
    }

    /**
     * What the user should hear of once the database is open: the version of the console that opened this folder
     * before, if another one (an upgrade, recorded here), and what opening the database did (a schema upgrade with
     * the backup from before it, an interrupted upgrade rolled back); null if nothing.
     */
    private String openedNotice(Database db) {
        String current = ConsoleVersion.current();
        String upgraded = ConsoleVersion.recordOpenedBy(folder.path(), current)
                .map(before -> messages.text("app.upgradedFrom", before, current)).orElse(null);
        String opening = db.notice().map(n -> n.localized(messages)).orElse(null);
        return upgraded == null ? opening : opening == null ? upgraded : upgraded + "\n" + opening;
    }

    /**
     * The sign-in, on the window's worker: while the database is locked, the password first unwraps its key and
     * opens it (a damaged one is then offered its newest checked backup), and the accounts decide without deriving
     * the slot again ({@link org.dianmifeng.console.account.AccountService#loginAfterUnwrap}).
     */
    private Session signIn(String username, char[] password) {
        if (services != null) {
            return services.accounts().login(username, password);
        }
        DataKey key = Vault.key(folder.path(), username, password);
        Database db;
        try {
            db = Vault.openExisting(folder.path(), key);
        } catch (DamagedDatabaseException e) {
            Platform.runLater(() -> damaged(e, key, username));
            throw e;
        }
        Services opened = new Services(db, Clock.systemDefaultZone());
        services = opened;
        openNotice = openedNotice(db);
        return opened.accounts().loginAfterUnwrap(username, password);
    }

    private Parent splash() {
        return splash(messages.text("app.opening", folder.path()));
    }

    private static Parent splash(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(640);
        VBox box = new VBox(16, new ProgressIndicator(), label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /**
     * An administrator's new password with the recovery key, on the window's worker: while the database is locked,
     * the recovery key opens it first (a mistyped one is refused, naming the format or saying it is not this
     * database's).
     */
    private Account recover(String recoveryKey, String username, char[] password, char[] repeat) {
        AccountService.recoveryChecks(recoveryKey, username, password, repeat).throwIfAny();
        if (services == null) {
            Database db = Vault.openExisting(folder.path(), Vault.recoveryKey(recoveryKey));
            services = new Services(db, Clock.systemDefaultZone());
        }
        return services.accounts().resetWithRecoveryKey(recoveryKey, username, password, repeat);
    }

    /**
     * The data folder could not be looked at, made or encrypted before the sign-in (in use, not writable, a failed
     * upgrade): the message, and the console ends. A damaged database is found at the sign-in ({@link #damaged}).
     */
    private void openFailed(Throwable e) {
        Dialogs.error(stage, messages, messages.describe(e));
        Platform.exit();
    }

    /**
     * The password opened the key but the database file is damaged: with a checked backup, the user may restore it
     * (the damaged file is kept, renamed) or leave; without one, the message, and the console ends.
     */
    private void damaged(DamagedDatabaseException e, DataKey key, String username) {
        if (e.newestVerified().isPresent() && askToRestore(messages.describe(e))) {
            restoreDamaged(e.newestVerified().get(), key, username);
            return;
        }
        if (e.newestVerified().isEmpty()) {
            Dialogs.error(stage, messages, messages.describe(e));
        }
        Platform.exit();
    }

    /** Shows why the database cannot be opened; true if the user chose to restore the backup it names. */
    private boolean askToRestore(String message) {
        ButtonType restore = new ButtonType(messages.text("startup.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType exit = new ButtonType(messages.text("startup.damaged.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, restore, exit);
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.getDialogPane().setId("damagedDatabaseDialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(560);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }

    /** Puts the backup in place of the damaged database in the background, then goes on to the sign-in. */
    private void restoreDamaged(BackupInfo backup, DataKey key, String username) {
        show(splash(messages.text("startup.restoring", TIME.format(backup.takenAt()), backup.fileName())));
        runner.run(p -> new Services(BackupService.restoreDamaged(folder.path(), key, Session.keyHolder(username),
                backup, Clock.systemDefaultZone()), Clock.systemDefaultZone()), opened -> {
            services = opened;
            String notice = messages.text("startup.restoredDamaged", TIME.format(backup.takenAt()), backup.fileName(),
                    Database.fileIn(folder.path()).getParent().toString());
            showEntry(opened.database().notice().map(n -> notice + "\n" + n.localized(messages)).orElse(notice));
        }, e -> {
            Dialogs.error(stage, messages, messages.describe(e));
            Platform.exit();
        });
    }

    /** First start or login, depending on whether any account exists; {@code notice} (or null) shown above it. */
    private void showEntry(String notice) {
        Entry entry = new Entry(services, this::signIn, this::recover, messages, runner, this::signedIn, this::show,
                this::useLanguage);
        Services on = services;
        // null: no account yet, so the first start; otherwise whether this is a demo database
        runner.run(p -> on != null && !on.accounts().hasAnyAccount() ? null : KeySlots.of(folder.path()).demo(),
                demo -> {
                    show(Entry.withNotice(demo == null ? entry.firstStart() : entry.login(null, demo), notice));
                    warmUpSignIn();
                    warmUpControls();
                    StartupMark.entryShown(stage.getScene());
                },
                e -> {
                    if (on != null && Database.isLostConnection(e)) {
                        // signed out while the server is away: its accounts exist, so the sign-in, saying why
                        show(Entry.withNotice(entry.login(null, false), messages.describe(e)));
                    } else {
                        Dialogs.error(stage, messages, messages.describe(e));
                    }
                });
    }

    /**
     * While the sign-in screen waits for a password to open the locked database: what opening it and its first
     * queries use is loaded on the background lane ({@link Database#warmUp}), once per run.
     */
    private void warmUpSignIn() {
        if (services != null || signInWarm) {
            return;
        }
        signInWarm = true;
        runner.runWhenIdle(p -> {
            Database.warmUp();
            return null;
        }, done -> { }, e -> log.debug("The sign-in warm-up failed; the sign-in will load its classes", e));
    }

    /**
     * While the sign-in screen waits for a password: the kinds of control the screens use are built once each
     * ({@link ControlsWarmUp}), until the sign-in; once per run.
     */
    private void warmUpControls() {
        if (controlsWarm) {
            return;
        }
        controlsWarm = true;
        new ControlsWarmUp(stage.getScene(), () -> session == null).start();
    }

    private void signedIn(Session who) {
        session = who;
        runner.connectionBack(); // the server answered the sign-in
        dailyBackupFailure.set(null);
        showMain();
        warmUpReports();
        backUpDaily();
        if (who.can(Permission.ACCOUNT_MANAGE)) {
            Services on = services;
            runner.run(p -> on.database().keyring().recoveryKeyToShow(), key -> key.ifPresent(k -> {
                Dialogs.recoveryKey(stage, messages, k);
                runner.run(p -> {
                    on.database().keyring().recoveryKeyKept();
                    return null;
                }, done -> { }, e -> Dialogs.error(stage, messages, messages.describe(e)));
            }), e -> Dialogs.error(stage, messages, messages.describe(e)));
        }
        String notice = openNotice;
        if (notice != null) {
            openNotice = null;
            Platform.runLater(() -> Dialogs.info(stage, messages, notice));
        }
    }

    /**
     * The day's backup, at the first sign-in of each day whoever signs in. It waits until the window's worker has
     * been idle a moment ({@link TaskRunner#runWhenIdle}: the first screen's rows come first) and runs beside it, never
     * in front of what the user asks for (a restore waits for it to end); a success is only logged, a failure shows in
     * the header until the next sign-in.
     */
    private void backUpDaily() {
        Services on = services;
        Session who = session;
        runner.runWhenIdle(p -> {
            Platform.runLater(() -> dailyBackupRunning.set(services == on && session == who));
            return on.backups().dailyIfDue(who, p);
        }, made -> {
            dailyBackupRunning.set(false);
            made.ifPresentOrElse(b -> log.info("Daily backup {} made and checked: {} rows", b.file(), b.rows()),
                    () -> log.info("Daily backup: today's backup was already made"));
        }, e -> {
            dailyBackupRunning.set(false);
            log.warn("Daily backup failed", e);
            if (services == on && session == who) {
                dailyBackupFailure.set(e);
            }
        });
    }

    /**
     * After the administrator restored a backup: the old services' database is closed; build them again on the
     * database now open, and sign everyone out with the notice of what was restored.
     */
    private void restored(Database reopened, String notice) {
        services = new Services(reopened, Clock.systemDefaultZone());
        session = null;
        dailyBackupFailure.set(null);
        log.info("Restored a backup; signed out for a new sign-in");
        showEntry(reopened.notice().map(n -> notice + "\n" + n.localized(messages)).orElse(notice));
    }

    /**
     * Loads the report classes once per run, on the background lane once the window's worker is idle (the first
     * screen's rows come first), so that the first report a person makes takes as long as the next ones. A failure
     * only means the first report loads them itself.
     */
    private void warmUpReports() {
        if (reportsWarm) {
            return;
        }
        reportsWarm = true;
        Messages m = messages;
        runner.runWhenIdle(p -> {
            AnnualSummary.warmUp(m);
            return null;
        }, done -> { }, e -> log.debug("The report warm-up failed; the first report will load its classes", e));
    }

    private void showMain() {
        showMain(null);
    }

    /** The main window, opening the navigation entry {@code area} (or the first when null or not this user's). */
    private void showMain(String area) {
        UiContext ctx = new UiContext(session, messages, runner);
        MainWindow main = new MainWindow(ctx, Navigation.items(services, this::restored), this::switchLanguage,
                this::logout, Navigation.savedChanges(services.database())).startingAt(area);
        if (!"false".equals(System.getProperty(PREPARE_AHEAD))) {
            main.preparingAhead();
        }
        if (services.database().onServer()) {
            Database db = services.database();
            main.onServer(p -> {
                db.checkConnection();
                return null;
            });
        }
        this.main = main;
        show(main.build());
        main.addAlert(dailyBackupAlert(ctx, main));
        main.addAlert(aboutLink(ctx));
        if (session.can(Permission.CASE_EDIT)) {
            main.addAlert(followUpAlert(ctx, main));
        }
    }

    /**
     * The day's backup in the header: a quiet note while it runs, and if it failed a red link whose tooltip says
     * why; the administrator's click opens the backups screen, anyone else's shows the message.
     */
    private Node dailyBackupAlert(UiContext ctx, MainWindow main) {
        Messages m = ctx.messages();
        boolean admin = ctx.session().can(Permission.BACKUP_MANAGE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        Label running = new Label(m.text("backupDaily.running"), spinner);
        running.setId("dailyBackupRunning");
        running.getStyleClass().add(Styles.TEXT_MUTED);
        running.visibleProperty().bind(dailyBackupRunning);
        running.managedProperty().bind(running.visibleProperty());

        Hyperlink failed = new Hyperlink(m.text("backupDaily.failed"));
        failed.setId("dailyBackupAlert");
        failed.getStyleClass().add("follow-up-alert");
        failed.setGraphic(new FontIcon("fth-alert-triangle"));
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.textProperty().bind(Bindings.createStringBinding(() -> dailyBackupFailure.get() == null ? ""
                : m.describe(dailyBackupFailure.get()) + (admin ? "\n\n" + m.text("backupDaily.open") : ""),
                dailyBackupFailure));
        failed.setTooltip(tip);
        failed.accessibleTextProperty().bind(tip.textProperty());
        failed.visibleProperty().bind(dailyBackupFailure.isNotNull());
        failed.managedProperty().bind(failed.visibleProperty());
        failed.setOnAction(e -> {
            if (admin) {
                main.open("backups");
            } else if (dailyBackupFailure.get() != null) {
                Dialogs.error(stage, m, m.describe(dailyBackupFailure.get()));
            }
        });
        HBox box = new HBox(8, running, failed);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** 关于 in the header: the version, the database's schema version (read off the FX thread) and the data folder. */
    private Node aboutLink(UiContext ctx) {
        Messages m = ctx.messages();
        Hyperlink link = new Hyperlink(m.text("about.open"), new FontIcon("fth-info"));
        link.setId("aboutLink");
        Services on = services;
        link.setOnAction(e -> runner.run(p -> on.database().schemaVersion(), schema -> new AboutView(
                new AboutView.About(ConsoleVersion.current(), schema, folder.path().toAbsolutePath().toString(),
                        System.getProperty("java.version") + " · " + System.getProperty("java.home")), m).show(stage),
                failure -> Dialogs.error(stage, m, m.describe(failure))));
        return link;
    }

    /** Overdue and due-this-week follow-ups of the aid cases, in the header; a click opens the cases. */
    private Node followUpAlert(UiContext ctx, MainWindow main) {
        DueFollowUpsViewModel due = new DueFollowUpsViewModel(ctx, services.caseWork());
        Hyperlink link = new Hyperlink();
        link.setId("followUpAlert");
        link.getStyleClass().add("follow-up-alert");
        link.setGraphic(new FontIcon("fth-bell"));
        link.textProperty().bind(due.badgeProperty());
        link.visibleProperty().bind(due.countProperty().greaterThan(0));
        link.managedProperty().bind(link.visibleProperty());
        link.setOnAction(e -> main.open("cases"));
        link.getProperties().put(DueFollowUpsViewModel.class, due); // the window's changes hold it weakly
        due.load();
        return link;
    }

    /** The main window again in the chosen language, on the screen it showed. */
    private void switchLanguage(Locale locale) {
        String area = main == null ? null : main.current();
        useLanguage(locale);
        Platform.runLater(() -> showMain(area));
    }

    /**
     * Makes {@code locale} the console's language, remembered at once in the window settings (the command line
     * follows them too), JavaFX's own texts included; returns its messages.
     */
    private Messages useLanguage(Locale locale) {
        prefs.setLocale(locale);
        prefs.save();
        messages = Messages.of(locale);
        Locale.setDefault(messages.locale());
        stage.setTitle(messages.text("app.title"));
        return messages;
    }

    private void logout() {
        session = null;
        showEntry(null);
    }

    private void show(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root);
            scene.getStylesheets().add(Objects.requireNonNull(
                    MainWindow.class.getResource("console.css")).toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }

    @Override
    public void stop() {
        if (stage != null) {
            prefs.rememberFrom(stage);
            prefs.save();
        }
        runner.close();
        if (services != null) {
            services.database().close();
        }
    }
}
