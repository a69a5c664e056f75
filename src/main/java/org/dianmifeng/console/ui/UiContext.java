package org.dianmifeng.console.ui;

import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;

/** What every screen of one signed-in window shares. */
public record UiContext(Session session, Messages messages, TaskRunner runner) {
}
