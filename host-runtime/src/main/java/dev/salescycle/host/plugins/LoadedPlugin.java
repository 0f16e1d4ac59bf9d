package dev.salescycle.host.plugins;

import dev.salescycle.sdk.SalesCycleHook;
import java.util.List;

/**
 * A started plugin and its hook instances, created once and shared by every shop that enables it.
 *
 * @param id the plugin id
 * @param version the plugin version
 * @param description the plugin's description
 * @param classLoader the plugin's class loader, set as context class loader around each hook call
 * @param hooks the plugin's extensions that implement a sales-cycle hook
 */
public record LoadedPlugin(String id, String version, String description, ClassLoader classLoader,
                           List<SalesCycleHook> hooks) {

    public LoadedPlugin {
        hooks = List.copyOf(hooks);
    }
}
