package org.dianmifeng.console.app;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.dianmifeng.console.account.ui.FirstAdminViewModel;
import org.dianmifeng.console.account.ui.LoginViewModel;
import org.dianmifeng.console.account.ui.RecoveryFormView;
import org.dianmifeng.console.account.ui.RecoveryFormViewModel;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.ui.Dialogs;
import org.dianmifeng.console.ui.FirstStartView;
import org.dianmifeng.console.ui.LoginView;
import org.dianmifeng.console.ui.TaskRunner;
import org.kordamp.ikonli.javafx.FontIcon;

/** The screens before the main window: first start (administrator, sample data) and login. */
final class Entry {
    private final Services services;
    private final LoginViewModel.SignIn signIn;
    private final RecoveryFormViewModel.Recover recover;
    private final Messages messages;
    private final TaskRunner runner;
    private final Consumer<Session> onLogin;
    private final Consumer<Parent> show;
    private final Function<Locale, Messages> language;

    /**
     * {@code services} null: the database is still locked, and only the sign-in can be shown. {@code language}
     * makes a language the console's (remembered) and gives its messages.
     */
    Entry(Services services, LoginViewModel.SignIn signIn, RecoveryFormViewModel.Recover recover, Messages messages,
          TaskRunner runner, Consumer<Session> onLogin, Consumer<Parent> show, Function<Locale, Messages> language) {
        this.language = language;
        this.services = services;
        this.signIn = signIn;
        this.recover = recover;
        this.messages = messages;
        this.runner = runner;
        this.onLogin = onLogin;
        this.show = show;
    }

    /** The sign-in screen; {@code demo} (read off the FX thread) shows the demo accounts. */
    Parent login(String username, boolean demo) {
        return login(username, "", demo);
    }

    private Parent login(String username, String password, boolean demo) {
        LoginViewModel vm = new LoginViewModel(messages, runner, signIn, onLogin);
        if (username != null) {
            vm.usernameProperty().set(username);
        }
        vm.passwordProperty().set(password);
        String hint = demo ? SampleData.demoHint(messages) : null;
        Parent[] root = new Parent[1];
        root[0] = new LoginView(vm, messages, hint, () -> recover(root[0], demo), locale -> {
            show.accept(in(locale).login(vm.usernameProperty().get(), vm.passwordProperty().get(), demo));
        }).build();
        return root[0];
    }

    /** The same screens in another language, made the console's. */
    private Entry in(Locale locale) {
        return new Entry(services, signIn, recover, language.apply(locale), runner, onLogin, show, language);
    }

    /**
     * The form that sets an administrator's new password with the recovery key; once saved, the sign-in again with
     * that name filled in and a notice that the password is set.
     */
    private void recover(Parent login, boolean demo) {
        RecoveryFormViewModel vm = new RecoveryFormViewModel(messages, runner, recover, saved -> show.accept(
                withNotice(login(saved.username(), demo), messages.text("recover.done", saved.username()))));
        Dialogs.form(login.getScene().getWindow(), messages, messages.text("recovery.title"),
                new RecoveryFormView(vm, messages).build(), vm::save, vm.busyProperty());
    }

    /**
     * A screen with a notice above it that the user closes, e.g. that the database was restored from a backup;
     * the screen alone when {@code notice} is null.
     */
    static Parent withNotice(Parent screen, String notice) {
        if (notice == null) {
            return screen;
        }
        Message message = new Message(null, notice, new FontIcon("fth-info"));
        message.setId("entryNotice");
        message.getStyleClass().add(Styles.SUCCESS);
        message.setMaxWidth(720);
        message.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        StackPane.setMargin(message, new Insets(16));
        StackPane stack = new StackPane(screen, message);
        message.setOnClose(e -> stack.getChildren().remove(message));
        return stack;
    }

    Parent firstStart() {
        return firstStart(null, null);
    }

    /** The first start with what was typed in {@code typed} (or nothing), at the sample step once {@code created}. */
    private Parent firstStart(FirstAdminViewModel typed, String created) {
        FirstStartView[] view = new FirstStartView[1];
        FirstAdminViewModel vm = new FirstAdminViewModel(messages, runner, services.accounts(),
                account -> view[0].adminCreated(account.username()));
        if (typed != null) {
            vm.usernameProperty().set(typed.usernameProperty().get());
            vm.displayNameProperty().set(typed.displayNameProperty().get());
            vm.passwordProperty().set(typed.passwordProperty().get());
            vm.repeatProperty().set(typed.repeatProperty().get());
        }
        view[0] = new FirstStartView(vm, messages, runner, progress -> {
            new SampleData(services, SampleData.DEFAULT_SEED).load(SampleData.DEFAULT_PEOPLE, false, progress);
            return null;
        }, username -> show.accept(login(username, false)),
                locale -> show.accept(in(locale).firstStart(vm, view[0].createdUsername())));
        Parent root = view[0].build();
        if (created != null) {
            view[0].adminCreated(created);
        }
        return root;
    }
}
