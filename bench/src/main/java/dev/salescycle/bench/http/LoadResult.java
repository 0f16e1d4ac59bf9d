package dev.salescycle.bench.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one measurement gave. Latencies are in milliseconds; in open loop they run from when a request was
 * due, not when it could be sent, so a stalled server shows in them (no coordinated omission).
 *
 * @param connections connections used
 * @param targetRate the requested rate (0 for saturation)
 * @param rate answered requests per second
 * @param requests requests answered within the measurement
 * @param errors failed requests and answers other than 200
 * @param p50 median latency
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param p999 99.9th percentile
 * @param max the slowest
 * @param answerBytes mean answer size
 */
public record LoadResult(int connections, double targetRate, double rate, long requests, long errors, double p50,
                  double p90, double p99, double p999, double max, double answerBytes) {

    public String json() {
        return String.format(java.util.Locale.ROOT, "{\"connections\":%d,\"targetRate\":%.1f,\"rate\":%.1f,"
                        + "\"requests\":%d,\"errors\":%d,\"p50\":%.3f,\"p90\":%.3f,\"p99\":%.3f,\"p999\":%.3f,"
                        + "\"max\":%.3f,\"answerBytes\":%.1f}", connections, targetRate, rate, requests, errors, p50,
                p90, p99, p999, max, answerBytes);
    }

    public static LoadResult parse(String json) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (String pair : json.replaceAll("[{}\"]", "").split(",")) {
            String[] kv = pair.split(":");
            v.put(kv[0], Double.parseDouble(kv[1]));
        }
        return new LoadResult(v.get("connections").intValue(), v.get("targetRate"), v.get("rate"),
                v.get("requests").longValue(), v.get("errors").longValue(), v.get("p50"), v.get("p90"), v.get("p99"),
                v.get("p999"), v.get("max"), v.get("answerBytes"));
    }
}
