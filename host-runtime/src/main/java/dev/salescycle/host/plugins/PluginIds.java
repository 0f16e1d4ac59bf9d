package dev.salescycle.host.plugins;

import java.util.regex.Pattern;

/** The ids the host accepts for plugins (and shops): the one rule the config, the loader and the smoke checks use. */
public final class PluginIds {

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 long. */
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private PluginIds() {
    }
}
