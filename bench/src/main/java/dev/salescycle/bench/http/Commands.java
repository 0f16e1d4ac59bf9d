package dev.salescycle.bench.http;

import dev.salescycle.bench.memory.MemorySample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The control channel of a server process started by a benchmark: its standard input takes {@code mem}
 * (answers a {@link MemorySample} as one JSON line) and {@code quit}; end of input also quits.
 */
final class Commands {

    private Commands() {
    }

    static void serve(Runnable stop) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            if (line.equals("mem")) {
                System.out.println("mem " + MemorySample.afterGc().json());
                System.out.flush();
            }
        }
        stop.run();
    }

    static int intArg(String[] args, String name, int fallback) {
        String value = arg(args, name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    static String arg(String[] args, String name) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}
