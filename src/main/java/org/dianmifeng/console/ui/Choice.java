package org.dianmifeng.console.ui;

/** One entry of a chooser: a value and the label a person sees; a null value means "all". */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
