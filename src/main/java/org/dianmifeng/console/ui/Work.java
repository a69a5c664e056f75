package org.dianmifeng.console.ui;

import org.dianmifeng.console.core.Progress;

/** Work for a background thread; it may report progress and should stop when progress says cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
