package dev.salescycle.host.plugins;

import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/** PF4J's manager for exactly one plugin file, saying why a file could not be loaded instead of only logging it. */
final class HostPluginManager extends DefaultPluginManager {

    HostPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
    }

    /** Loads the file (a zip is expanded next to it) and resolves it. */
    PluginWrapper loadPluginOrExplain(Path file) {
        PluginWrapper wrapper = loadPluginFromPath(file);
        resolvePlugins();
        if (wrapper == null) {
            throw new PluginRuntimeException("no plugin found in " + file.getFileName());
        }
        return wrapper;
    }

    boolean requirementMet(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        return requires == null || requires.isBlank() || "*".equals(requires)
                || getVersionManager().checkVersionConstraint(getSystemVersion(), requires);
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + ": " + message;
    }
}
