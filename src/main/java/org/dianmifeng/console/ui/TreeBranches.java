package org.dianmifeng.console.ui;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * What a tree read again keeps of the tree it replaces: its open branches and its selected node, found again in the
 * new tree by a key of their values (a unit's id; a community's, grid's or member's kind and id), whatever else
 * changed; and the views' binding of a tree's selection to its ViewModel's. For the tree screens (the unit tree, the
 * community-work tree).
 */
public final class TreeBranches {
    private TreeBranches() {
    }

    /**
     * Opens in {@code after} the branches whose key was open in {@code before}, and closes those whose key was closed
     * or not there: the tree as the person left it, with the data now stored.
     */
    public static <T> void keepOpen(TreeItem<T> before, TreeItem<T> after, Function<T, ?> key) {
        Set<Object> open = new HashSet<>();
        collectOpen(before, key, open);
        reopen(after, key, open);
    }

    /** The node under {@code root} whose value has the key {@code wanted}, or null (also for a null key). */
    public static <T> TreeItem<T> find(TreeItem<T> root, Function<T, ?> key, Object wanted) {
        if (wanted == null) {
            return null;
        }
        for (TreeItem<T> child : root.getChildren()) {
            if (Objects.equals(key.apply(child.getValue()), wanted)) {
                return child;
            }
            TreeItem<T> below = find(child, key, wanted);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /**
     * Keeps the tree's selected node and the ViewModel's selected value the same, both ways: a tree read again (new
     * nodes, the old selection gone with them) selects again the value its ViewModel kept.
     */
    public static <T> void bindSelection(TreeView<T> tree, ObjectProperty<T> selected) {
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == null && a != null && top(a) != tree.getRoot()) {
                return; // the tree was replaced: its ViewModel selects again what it keeps
            }
            selected.set(b == null ? null : b.getValue());
        });
        Runnable reselect = () -> {
            T value = selected.get();
            TreeItem<T> shown = tree.getSelectionModel().getSelectedItem();
            boolean elsewhere = shown == null || !Objects.equals(shown.getValue(), value);
            if (value != null && elsewhere && tree.getRoot() != null) {
                TreeItem<T> item = find(tree.getRoot(), Function.identity(), value);
                if (item != null) {
                    tree.getSelectionModel().select(item);
                }
            }
        };
        selected.addListener((o, a, b) -> reselect.run());
        tree.rootProperty().addListener((o, a, b) -> reselect.run());
    }

    private static <T> TreeItem<T> top(TreeItem<T> item) {
        TreeItem<T> top = item;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top;
    }

    private static <T> void collectOpen(TreeItem<T> item, Function<T, ?> key, Set<Object> out) {
        for (TreeItem<T> child : item.getChildren()) {
            if (child.isExpanded()) {
                out.add(key.apply(child.getValue()));
            }
            collectOpen(child, key, out);
        }
    }

    private static <T> void reopen(TreeItem<T> item, Function<T, ?> key, Set<Object> open) {
        for (TreeItem<T> child : item.getChildren()) {
            child.setExpanded(open.contains(key.apply(child.getValue())));
            reopen(child, key, open);
        }
    }
}
