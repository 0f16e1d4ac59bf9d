package dev.salescycle.host.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.salescycle.host.store.ConflictException;
import dev.salescycle.host.store.StoreUnavailableException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How failures that escape a route are answered: JSON with a code, never a stack trace. */
@Timeout(120)
class FailureAnswersTest {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private HttpServletResponse response() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        return response;
    }

    @Test
    void aWriteThatKeepsLosingRacesIsA503WithRetryAfter() throws Exception {
        HttpServletResponse response = response();
        Failures.write(response, new CompletionException(new ConflictException("place order failed", null)));
        verify(response).setStatus(503);
        verify(response).setHeader("Retry-After", "1");
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"code\":\"store_busy\"").doesNotContain("place order");
    }

    @Test
    void anUnreachableStoreIsA503() throws Exception {
        HttpServletResponse response = response();
        Failures.write(response, new StoreUnavailableException("down", null));
        verify(response).setStatus(503);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"code\":\"store_unavailable\"");
    }

    @Test
    void anythingElseIsA500ThatShowsNoInternals() throws Exception {
        HttpServletResponse response = response();
        Failures.write(response, new IllegalStateException("secret detail"));
        verify(response).setStatus(500);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains("\"code\":\"internal_error\"").doesNotContain("secret");
    }
}
