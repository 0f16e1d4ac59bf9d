package dev.salescycle.host.http;

import dev.salescycle.host.dispatch.Pending;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes answers: whole bodies with their length, and the answers of hook runs from whichever thread ends them. */
final class Answers {

    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);
    static final String JSON = "application/json;charset=utf-8";

    private Answers() {
    }

    static void json(HttpServletResponse response, int status, Object body) throws IOException {
        bytes(response, status, JSON, Json.MAPPER.writeValueAsBytes(body));
    }

    static void raw(HttpServletResponse response, int status, String json) throws IOException {
        bytes(response, status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a whole answer with its length and closes the stream. Closing matters: when a plugin overran
     * its budget the answer is written from a rescue thread while the request thread is still stuck in the
     * plugin, and the client must get the whole answer now, not when the stuck call returns.
     */
    static void bytes(HttpServletResponse response, int status, String contentType, byte[] bytes) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        var out = response.getOutputStream();
        out.write(bytes);
        out.close();
    }

    /**
     * Starts the pending hook run and answers when it completes, from whichever thread completes it. The
     * request goes async and the answer is attached before the run starts, so that a rescue thread can answer
     * while the request thread is still stuck in a plugin.
     */
    static <T> void async(HttpServletRequest request, HttpServletResponse response, Pending<T> pending, Answer<T> answer) {
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        Thread requestThread = Thread.currentThread();
        pending.result().whenComplete((value, error) -> {
            try {
                if (Thread.currentThread() != requestThread) {
                    // The request thread may still be stuck in a plugin, holding this connection: don't let the client reuse it.
                    response.setHeader("Connection", "close");
                }
                if (error != null) {
                    Failures.write(response, error);
                } else {
                    answer.write(value);
                }
            } catch (Throwable t) {
                LOG.warn("Could not write an answer: {}", t.toString());
            } finally {
                async.complete();
            }
        });
        pending.start();
    }

    /** Writes a value as the answer. */
    @FunctionalInterface
    interface Answer<T> {
        void write(T value) throws IOException;
    }
}
