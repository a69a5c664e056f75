package org.dianmifeng.console.account.ui;

import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.account.AccountService;
import org.dianmifeng.console.ui.FieldErrors;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;

/**
 * A new password typed twice: either the administrator resetting another account's password, or
 * the signed-in user changing their own, which also asks for the current password.
 */
public final class PasswordFormViewModel extends ViewModel {
    private final AccountService service;
    private final Account account;
    private final Consumer<Account> onSaved;
    private final FieldErrors errors;
    private final StringProperty oldPassword = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");

    private PasswordFormViewModel(UiContext ctx, AccountService service, Account account, Consumer<Account> onSaved) {
        super(ctx);
        this.service = service;
        this.account = account;
        this.onSaved = onSaved;
        this.errors = new FieldErrors(ctx.messages());
    }

    /** The administrator sets a new password for {@code account} (and so ends any lock). */
    public static PasswordFormViewModel forReset(UiContext ctx, AccountService service, Account account,
                                                 Consumer<Account> onSaved) {
        return new PasswordFormViewModel(ctx, service, account, onSaved);
    }

    /** The signed-in user changes their own password. */
    public static PasswordFormViewModel forOwn(UiContext ctx, AccountService service, Consumer<Account> onSaved) {
        return new PasswordFormViewModel(ctx, service, null, onSaved);
    }

    /** Whether the current password is asked for (own password) or not (reset by the administrator). */
    public boolean needsOldPassword() {
        return account == null;
    }

    /** The account whose password is reset; null when the user changes their own. */
    public Account account() {
        return account;
    }

    public void save(Runnable done) {
        errors.clear();
        char[] old = oldPassword.get().toCharArray();
        char[] pw = password.get().toCharArray();
        char[] again = repeat.get().toCharArray();
        saveForm(errors, p -> account == null
                ? service.changeOwnPassword(session(), old, pw, again)
                : service.resetPassword(session(), account, pw, again), saved -> {
            oldPassword.set("");
            password.set("");
            repeat.set("");
            onSaved.accept(saved);
        }, done);
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty oldPasswordProperty() {
        return oldPassword;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }
}
