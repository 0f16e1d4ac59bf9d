package com.example.plugin;

/** A class a plugin library might hold. */
public final class Helper {

    private Helper() {
    }
}
