package org.dianmifeng.console.party.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewModel;
import org.dianmifeng.console.ui.Work;

/**
 * Base of the party area's list ViewModels: one way to run a command the user gave, so that it is never
 * silent. The last notice goes at once; on success the notice of {@code done} shows and the screen reads
 * its data again; on refusal the data is read again too (a refusal may come from a change made elsewhere)
 * and the reason stays in the status line, which the views keep under the buttons. Every background read
 * clears the error, so the reason is set once the reload has shown its rows (and started what they start).
 */
abstract class PartyViewModel extends ViewModel {
    PartyViewModel(UiContext ctx) {
        super(ctx);
    }

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
}
