package dev.salescycle.host.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginWrapper;

/** PF4J's manager, remembering why a plugin file could not be loaded instead of only logging it. */
final class HostPluginManager extends DefaultPluginManager {

    private final List<PluginProblem> loadProblems = new ArrayList<>();

    HostPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
    }

    @Override
    protected PluginWrapper loadPluginFromPath(Path pluginPath) {
        try {
            return super.loadPluginFromPath(pluginPath);
        } catch (RuntimeException e) {
            loadProblems.add(new PluginProblem(pluginPath.getFileName().toString(), rootMessage(e)));
            throw e;
        }
    }

    List<PluginProblem> loadProblems() {
        return List.copyOf(loadProblems);
    }

    boolean requirementMet(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        return requires == null || requires.isBlank() || "*".equals(requires)
                || getVersionManager().checkVersionConstraint(getSystemVersion(), requires);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + ": " + message;
    }
}
