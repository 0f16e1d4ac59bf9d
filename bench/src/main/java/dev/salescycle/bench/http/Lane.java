package dev.salescycle.bench.http;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;

/**
 * One connection's worth of load, one request in flight at most. Closed loop: the next request goes as soon as
 * the answer is in. Open loop: requests fall due every {@code interval} nanoseconds whatever the server does;
 * one that falls due while the previous is still out goes when it is answered, and its latency counts from
 * when it was due.
 */
final class Lane implements Response.CompleteListener {

    private final Measurement measurement;
    private final long interval;
    private long due;
    private long sentAt;

    /** @param interval nanoseconds between requests, 0 for closed loop */
    Lane(Measurement measurement, long interval, long firstDue) {
        this.measurement = measurement;
        this.interval = interval;
        this.due = firstDue;
    }

    void start() {
        if (interval == 0) {
            fire();
        } else {
            scheduleNext();
        }
    }

    @Override
    public void onComplete(Result result) {
        long now = System.nanoTime();
        measurement.record(interval == 0 ? sentAt : due, now, result);
        if (interval == 0) {
            if (now >= measurement.stopAt) {
                measurement.laneDone();
            } else {
                fire();
            }
            return;
        }
        due += interval;
        scheduleNext();
    }

    private void scheduleNext() {
        if (due >= measurement.stopAt) {
            measurement.laneDone();
            return;
        }
        long wait = due - System.nanoTime();
        if (wait <= 0) {
            fire();
        } else {
            measurement.scheduler.schedule(this::fire, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void fire() {
        sentAt = System.nanoTime();
        measurement.send(this);
    }
}
