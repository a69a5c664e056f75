package org.dianmifeng.console.party.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** What the party area's views share: a command offered while a condition holds (the role and the row allow it). */
final class PartyViews {
    private PartyViews() {
    }

    /** Shown, taking room, only while {@code offered} holds. */
    static void offer(ObservableBooleanValue offered, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(offered);
            n.managedProperty().bind(offered);
        }
    }
}
