package org.dianmifeng.console.ui;

import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;

/** What every screen of one signed-in window shares, among it the news of changed data ({@link DataChanges}). */
public record UiContext(Session session, Messages messages, TaskRunner runner, DataChanges changes) {
    /** A window's context with changes of its own. */
    public UiContext(Session session, Messages messages, TaskRunner runner) {
        this(session, messages, runner, new DataChanges());
    }
}
