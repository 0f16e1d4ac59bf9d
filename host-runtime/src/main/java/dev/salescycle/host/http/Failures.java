package dev.salescycle.host.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salescycle.host.access.AccessException;
import dev.salescycle.host.domain.DomainException;
import dev.salescycle.host.domain.InvalidInputException;
import dev.salescycle.host.domain.NotFoundException;
import dev.salescycle.host.domain.StateConflictException;
import dev.salescycle.host.store.ConflictException;
import dev.salescycle.host.store.StoreUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where what went wrong becomes an HTTP answer: {@code {"error":{"code","message","field?"}}}
 * with the status its kind stands for, never a stack trace.
 */
final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** The status a domain refusal is answered with: 404, 409, 400, or 422 for a {@code RefusedException}. */
    static int status(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof StateConflictException) {
            return 409;
        }
        return e instanceof InvalidInputException ? 400 : 422;
    }

    static void write(HttpServletResponse response, Throwable t) throws IOException {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof RequestException e) {
            body(response, e.status(), e.code(), e.getMessage(), e.field());
        } else if (cause instanceof DomainException e) {
            body(response, status(e), e.code(), e.getMessage(), e.field());
        } else if (cause instanceof AccessException e) {
            e.headers().forEach(response::setHeader);
            body(response, e.status(), e.code(), e.getMessage(), null);
        } else if (cause instanceof StoreUnavailableException) {
            response.setHeader("Retry-After", "5");
            body(response, 503, "store_unavailable", "the database is not reachable; try again shortly", null);
        } else if (cause instanceof ConflictException) {
            LOG.warn("A write kept losing races with concurrent writes: {}", cause.getMessage());
            response.setHeader("Retry-After", "1");
            body(response, 503, "store_busy", "concurrent changes to the same data; try again", null);
        } else if (within(cause, EofException.class)) {
            LOG.info("The client went away before its request was read: {}", cause.toString());
        } else if (within(cause, java.util.concurrent.TimeoutException.class)) {
            LOG.info("A request body came too slowly: {}", cause.toString());
            response.setHeader("Connection", "close");
            body(response, 408, "request_timeout", "the request body came too slowly", "body");
        } else {
            LOG.error("Unexpected failure answering a request", cause);
            body(response, 500, "internal_error", "the host failed to answer; the failure is logged", null);
        }
    }

    /** Whether the failure is, or was caused by, one of that type (a body read that failed, wrapped on its way up). */
    private static boolean within(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static void body(HttpServletResponse response, int status, String code, String message, String field) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ObjectNode body = Views.object();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (field != null) {
            error.put("field", field);
        }
        Answers.bytes(response, status, Answers.JSON, Json.MAPPER.writeValueAsBytes(body));
    }
}
