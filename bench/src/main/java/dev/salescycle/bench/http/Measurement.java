package dev.salescycle.bench.http;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/** The shared state of one measurement: what to send, when the recorded window is, and what came back. */
final class Measurement {

    final ScheduledExecutorService scheduler;
    final long measureFrom;
    final long stopAt;
    private final HttpClient client;
    private final String target;
    private final String origin;
    private final List<byte[]> bodies;
    private final AtomicInteger nextBody = new AtomicInteger();
    private final Recorder latencyMicros = new Recorder(3);
    private final LongAdder answered = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder answerBytes = new LongAdder();
    private final LongAccumulator lastAnswer = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private final CountDownLatch lanes;

    Measurement(HttpClient client, URI url, List<byte[]> bodies, ScheduledExecutorService scheduler, long measureFrom,
                long stopAt, int lanes) {
        this.client = client;
        String[] split = Seeder.urlAndOrigin(url);
        this.target = split[0];
        this.origin = split[1];
        this.bodies = bodies;
        this.scheduler = scheduler;
        this.measureFrom = measureFrom;
        this.stopAt = stopAt;
        this.lanes = new CountDownLatch(lanes);
    }

    void send(Response.CompleteListener listener) {
        byte[] body = bodies.get(Math.floorMod(nextBody.getAndIncrement(), bodies.size()));
        var request = client.newRequest(target).method(HttpMethod.POST).timeout(10, TimeUnit.SECONDS)
                .body(new BytesRequestContent("application/json", body));
        if (origin != null) {
            request.headers(h -> h.put("Origin", origin));
        }
        request.send(listener);
    }

    /** Counts a request that started (or was due) at {@code start} if that was inside the window. */
    void record(long start, long end, Result result) {
        if (start < measureFrom || start >= stopAt) {
            return;
        }
        latencyMicros.recordValue(Math.max(1, (end - start) / 1000));
        lastAnswer.accumulate(end);
        if (result.isSucceeded() && result.getResponse().getStatus() == 200) {
            answered.increment();
            answerBytes.add(result.getResponse().getHeaders().getLongField(HttpHeader.CONTENT_LENGTH));
        } else {
            errors.increment();
        }
    }

    void laneDone() {
        lanes.countDown();
    }

    boolean awaitLanes(long timeoutSeconds) throws InterruptedException {
        return lanes.await(timeoutSeconds, TimeUnit.SECONDS);
    }

    LoadResult result(int connections, double targetRate) {
        Histogram h = latencyMicros.getIntervalHistogram();
        // Answered per second: when the server falls behind an open-loop rate, the answers due in the window
        // arrive after it, and the window stretches to the last of them.
        double seconds = (Math.max(stopAt, lastAnswer.get()) - measureFrom) / 1e9;
        long ok = answered.sum();
        return new LoadResult(connections, targetRate, ok / seconds, ok, errors.sum(), ms(h, 50), ms(h, 90), ms(h, 99),
                ms(h, 99.9), h.getMaxValue() / 1000.0, ok == 0 ? 0 : (double) answerBytes.sum() / ok);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }
}
