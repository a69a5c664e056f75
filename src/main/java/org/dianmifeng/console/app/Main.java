package org.dianmifeng.console.app;

public final class Main {
    public static void main(String[] args) {
    }
}
