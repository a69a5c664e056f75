package org.dianmifeng.console.app;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.ui.DueFollowUpsViewModel;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Permission;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Settings;
import org.dianmifeng.console.summary.AnnualSummary;
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
 */
public final class App extends Application {
    private static DataFolder folder = DataFolder.defaultFolder();
    private final TaskRunner runner = TaskRunner.fx();
    private boolean reportsWarm;
    private Logger log;
    private Stage stage;
    private WindowPrefs prefs;
    private Messages messages;
    private Services services;
    private Session session;

    static void launchOn(DataFolder dataFolder) {
        useFolder(dataFolder);
        Application.launch(App.class);
    }

    /** The data folder the next start of the application opens. */
    static void useFolder(DataFolder dataFolder) {
        folder = dataFolder;
    }

    @Override
    public void start(Stage primaryStage) {
        log = LoggerFactory.getLogger(App.class);
        stage = primaryStage;
        prefs = WindowPrefs.load(folder.preferences());
        messages = Messages.of(prefs.locale());
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
        runner.run(p -> new Services(Database.open(folder.path()), Clock.systemDefaultZone()), opened -> {
            services = opened;
            showEntry();
        }, e -> {
            Dialogs.error(stage, messages, messages.describe(e));
            Platform.exit();
        });
    }

    private Parent splash() {
        VBox box = new VBox(16, new ProgressIndicator(), new Label(messages.text("app.opening", folder.path())));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** First start or login, depending on whether any account exists. */
    private void showEntry() {
        Entry entry = new Entry(services, messages, runner, this::signedIn, this::show);
        // null: no account yet, so the first start; otherwise whether this is a demo database
        runner.run(p -> !services.accounts().hasAnyAccount() ? null
                        : new Settings(services.database()).flag(Settings.DEMO),
                demo -> show(demo == null ? entry.firstStart() : entry.login(null, demo)),
                e -> Dialogs.error(stage, messages, messages.describe(e)));
    }

    private void signedIn(Session who) {
        session = who;
        showMain();
        warmUpReports();
    }

    /**
     * Loads the report classes once per run, on a low-priority thread of its own (the window's worker stays
     * free), so that the first report a person makes takes as long as the next ones. A failure only means
     * the first report loads them itself.
     */
    private void warmUpReports() {
        if (reportsWarm) {
            return;
        }
        reportsWarm = true;
        Thread t = new Thread(() -> {
            try {
                AnnualSummary.warmUp(messages);
            } catch (RuntimeException | LinkageError e) {
                log.debug("The report warm-up failed; the first report will load its classes", e);
            }
        }, "report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void showMain() {
        UiContext ctx = new UiContext(session, messages, runner);
        MainWindow main = new MainWindow(ctx, Navigation.items(services), this::switchLanguage, this::logout);
        show(main.build());
        if (session.can(Permission.CASE_EDIT)) {
            main.addAlert(followUpAlert(ctx, main));
        }
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
        due.load();
        return link;
    }

    private void switchLanguage(Locale locale) {
        prefs.setLocale(locale);
        messages = Messages.of(locale);
        stage.setTitle(messages.text("app.title"));
        Platform.runLater(this::showMain);
    }

    private void logout() {
        session = null;
        showEntry();
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
