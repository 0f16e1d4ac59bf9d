package dev.salescycle.host;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;

/**
 * Fails the body of a request that arrives slower than a minimum rate, so a slow sender cannot hold a thread
 * for long. Each time the application waits for more of the body, the bytes this request has delivered since
 * its first wait are set against the time passed; below the rate (after a second of grace), the next read
 * fails as if the body had timed out. Jetty 12's own {@code MinimumDataRateHandler} compares with the bytes
 * of all requests the handler ever read, so after some traffic it no longer trips; this one counts per request.
 */
final class MinimumRequestRate extends Handler.Wrapper {

    private static final long GRACE_NANOS = 1_000_000_000L;

    private final long bytesPerSecond;

    MinimumRequestRate(long bytesPerSecond, Handler next) {
        super(next);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(bytesPerSecond > 0 ? new Measured(request) : request, response, callback);
    }

    private final class Measured extends Request.Wrapper {

        private long firstDemand;
        private long read;
        private volatile Content.Chunk failure;

        Measured(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            if (failure != null) {
                return failure;
            }
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                read += chunk.remaining();
            }
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            long now = NanoTime.now();
            if (firstDemand == 0) {
                firstDemand = now == 0 ? 1 : now;
            }
            long elapsed = NanoTime.elapsed(firstDemand, now);
            if (elapsed > GRACE_NANOS && read * 1_000_000_000L / elapsed < bytesPerSecond) {
                failure = Content.Chunk.from(new TimeoutException("request body slower than " + bytesPerSecond
                        + " bytes per second"));
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }
    }
}
