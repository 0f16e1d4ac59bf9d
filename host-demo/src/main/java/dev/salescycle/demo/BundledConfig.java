package dev.salescycle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample config bundled with the demo. It is written into the data folder on each start, so
 * the operator can read it there and start their own copy with {@code --config}.
 */
final class BundledConfig {

    static final String RESOURCE = "demo-config.yaml";

    private BundledConfig() {
    }

    /** @return the path of the fresh copy in {@code dataDir} */
    static Path writeTo(Path dataDir) throws DemoStartupException {
        Path target = dataDir.resolve(RESOURCE);
        try (InputStream in = BundledConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DemoStartupException("The bundled sample config " + RESOURCE + " is missing from the jar");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new DemoStartupException("Cannot write the sample config to " + target + ": " + e.getMessage());
        }
    }
}
