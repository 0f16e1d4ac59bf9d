package dev.salescycle.bench.http;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * wrk, where installed, as a second opinion at saturation: a client in C that needs far less CPU than
 * a JVM one, so on two cores it leaves more of the machine to the server. One wrk thread, keep-alive.
 */
final class Wrk {

    private Wrk() {
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs wrk at saturation: an unrecorded warm-up, then the measurement. */
    static LoadResult saturate(URI url, Path bodies, int connections, int warmupSeconds, int seconds) throws IOException,
            InterruptedException {
        Path script = Files.createTempFile("wrk-post", ".lua");
        String[] split = Seeder.urlAndOrigin(url);
        url = URI.create(split[0]);
        Files.writeString(script, script(bodies, split[1]), StandardCharsets.UTF_8);
        try {
            if (warmupSeconds > 0) {
                run(script, url, connections, warmupSeconds);
            }
            Map<String, Double> v = run(script, url, connections, seconds);
            double rate = (v.get("requests") - v.get("errors")) / (v.get("duration") / 1e6);
            return new LoadResult(connections, 0, rate, v.get("requests").longValue(), v.get("errors").longValue(),
                    v.get("p50"), v.get("p90"), v.get("p99"), v.get("p999"), v.get("max"),
                    v.get("bytes") / v.get("requests"));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static Map<String, Double> run(Path script, URI url, int connections, int seconds) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "-s", script.toString(), url.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        int at = output.indexOf("wrk-json ");
        if (at < 0) {
            throw new IOException("wrk gave no summary: " + output);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        String json = output.substring(at + 9, output.indexOf('}', at) + 1);
        for (String pair : json.replaceAll("[{}\"]", "").split(",")) {
            String[] kv = pair.split(":");
            values.put(kv[0], Double.parseDouble(kv[1]));
        }
        return values;
    }

    private static String script(Path bodies, String origin) {
        return String.format(Locale.ROOT, """
                local bodies = {}
                for line in io.lines("%s") do
                  if #line > 0 then bodies[#bodies + 1] = line end
                end
                local i = 0
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                %s
                request = function()
                  i = i %% #bodies + 1
                  return wrk.format(nil, nil, nil, bodies[i])
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("wrk-json {\\"requests\\":%%d,\\"errors\\":%%d,\\"duration\\":%%d,"
                    .. "\\"p50\\":%%.3f,\\"p90\\":%%.3f,\\"p99\\":%%.3f,\\"p999\\":%%.3f,\\"max\\":%%.3f,\\"bytes\\":%%d}\\n",
                    summary.requests, e.connect + e.read + e.write + e.status + e.timeout, summary.duration,
                    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
                    latency:percentile(99.9) / 1000, latency.max / 1000, summary.bytes))
                end
                """, bodies.toAbsolutePath(), origin == null ? "" : "wrk.headers[\"Origin\"] = \"" + origin + "\"");
    }
}
