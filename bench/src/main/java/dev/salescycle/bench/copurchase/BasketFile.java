package dev.salescycle.bench.copurchase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Reads a basket CSV (one basket a line, items comma-separated) into distinct, trimmed item names. */
final class BasketFile {

    private BasketFile() {
    }

    static List<List<String>> read(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(line -> Arrays.stream(line.split(",")).map(String::trim)
                            .filter(item -> !item.isEmpty()).distinct().toList())
                    .filter(basket -> !basket.isEmpty())
                    .toList();
        }
    }
}
