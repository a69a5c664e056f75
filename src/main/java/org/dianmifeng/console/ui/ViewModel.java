package org.dianmifeng.console.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.StaleDataException;

/**
 * Base of every ViewModel: the signed-in session, the language, a busy flag while background work
 * runs and the message of the last failure, worded for the user. Never touches a Node.
 */
public abstract class ViewModel {
    protected final UiContext ctx;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    /** What {@link #onChange} listens with, held here: the window's {@link DataChanges} holds them weakly. */
    private final List<ChangeListener<Number>> listening = new ArrayList<>();

    protected ViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    protected Session session() {
        return ctx.session();
    }

    protected Messages messages() {
        return ctx.messages();
    }

    /** Runs work in the background; on failure the error property holds the user's message. */
    protected <T> Job background(Work<T> work, Consumer<T> onSuccess) {
        return background(work, onSuccess, e -> { });
    }

    protected <T> Job background(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        error.set(null);
        return ctx.runner().run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            busy.set(false);
            notice.set(null); // a refusal replaces the last success message, which would mislead once it clears
            error.set(messages().describe(e));
            onFailure.accept(e);
        });
    }

    /**
     * {@link #background}, with its job kept in {@code job} while it runs: for a progress bar and a cancel button
     * (a backup, an import).
     */
    protected <T> Job tracked(javafx.beans.property.ObjectProperty<Job> job, Work<T> work, Consumer<T> onSuccess,
                              Consumer<Throwable> onFailure) {
        Job started = background(work, result -> {
            job.set(null);
            onSuccess.accept(result);
        }, e -> {
            job.set(null);
            onFailure.accept(e);
        });
        if (started.runningProperty().get()) {
            job.set(started);
        }
        return started;
    }

    /**
     * A form's Save: runs {@code work} in the background; on success hands what was saved to
     * {@code onSaved} and closes the dialog ({@code done}); on failure the form keeps what was typed and
     * {@code errors} shows what is wrong.
     */
    protected <T> Job saveForm(FieldErrors errors, Work<T> work, Consumer<? super T> onSaved, Runnable done) {
        return background(work, saved -> {
            onSaved.accept(saved);
            done.run();
        }, e -> refused(errors, e));
    }

    /**
     * A form's Save was refused: each problem shows beside its field ({@link FieldErrors#show}) and the status line
     * lists them in the form's reading order ({@link FieldErrors#describe}). Returns whether it was a validation
     * failure.
     */
    protected final boolean refused(FieldErrors errors, Throwable failure) {
        boolean problems = errors.show(failure);
        if (problems) {
            String[] told = {errors.describe(failure)};
            error.set(told[0]);
            // a field the person changes takes its line out of the list, while the list is what the status shows
            errors.whenCleared(() -> {
                if (java.util.Objects.equals(error.get(), told[0])) {
                    told[0] = errors.describeShown();
                    error.set(told[0]);
                }
            });
        }
        return problems;
    }

    /**
     * A command the user gave, never silent: the last notice goes at once; on success the notice of {@code done}
     * shows and the screen reads its data again; on refusal the data is read again too (a refusal may come from a
     * change made elsewhere) and the reason stays in the status line. Every background read clears the error, so
     * the reason is set once the reload has shown its rows.
     */
    protected final <T> void act(Work<T> work, Function<T, String> done, Runnable reload) {
        act(work, done, then -> {
            reload.run();
            then.run();
        });
    }

    /** As above, for a reload that runs {@code then} when its rows are shown: {@code reload.accept(then)}. */
    protected final <T> void act(Work<T> work, Function<T, String> done, Consumer<Runnable> reload) {
        setNotice(null);
        background(work, result -> {
            setNotice(done.apply(result));
            reload.accept(() -> { });
        }, refusal -> {
            String why = messages().describe(refusal);
            reload.accept(() -> setError(why));
        });
    }

    /**
     * The work of an edit form's Save: {@code create} a new record or {@code update} one read earlier. If
     * someone else saved it meanwhile, {@code reread} takes the version now stored, so that saving again
     * overwrites theirs, and the conflict is reported.
     */
    protected static <T> T createOrUpdate(boolean isNew, Supplier<T> create, Supplier<T> update, Runnable reread) {
        if (isNew) {
            return create.get();
        }
        try {
            return update.get();
        } catch (StaleDataException e) {
            reread.run();
            throw e;
        }
    }

    /**
     * Runs {@code reload} whenever {@code area}'s data changes in this window ({@link #changed}), for as long as this
     * ViewModel is in use: a screen that is gone stops listening.
     */
    protected void onChange(String area, Runnable reload) {
        ChangeListener<Number> listener = (o, a, b) -> reload.run();
        listening.add(listener);
        ctx.changes().of(area).addListener(new WeakChangeListener<>(listener));
    }

    /** Tells this window that {@code area}'s data changed: every list, count and reminder of it reloads. */
    protected void changed(String area) {
        ctx.changes().publish(area);
    }

    protected void setNotice(String text) {
        notice.set(text);
    }

    /**
     * Forgets the last error and notice: the person left the part of the screen they came from (another tab, another
     * command, another screen), where a refusal would no longer say what it is about.
     */
    public void clearStatus() {
        error.set(null);
        notice.set(null);
    }

    protected void setError(String text) {
        error.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A short success message for the status line, e.g. "saved". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
