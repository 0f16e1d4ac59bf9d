package dev.salescycle.bench.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces the generated part of a Markdown file, between its begin and end markers, leaving the prose alone. */
final class DocSection {

    static final String BEGIN = "<!-- simulation:begin (written by ExperimentSimulation; edits here are overwritten) -->";
    static final String END = "<!-- simulation:end -->";

    private DocSection() {
    }

    static void replace(Path file, String content) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(file + " has no section between '" + BEGIN + "' and '" + END + "'");
        }
        String updated = text.substring(0, begin + BEGIN.length()) + "\n" + content + text.substring(end);
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
