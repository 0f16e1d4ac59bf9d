package dev.salescycle.host.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies within a size limit. */
final class Bodies {

    private Bodies() {
    }

    /**
     * How much of a body over the limit is read and dropped before the 413 is sent. A client still sending
     * would otherwise meet a closed connection and never read the answer; beyond this it does.
     */
    private static final long DRAIN_MAX = 16L * 1024 * 1024;

    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            if (declared <= DRAIN_MAX) {
                drain(request.getInputStream(), declared);
            }
            throw tooLarge(limit);
        }
        // readNBytes starts with a buffer of min(max, 8 KiB): bounded by the declared length, a cart of a few
        // hundred bytes costs a buffer of its size. Jetty never delivers more than the declared length.
        long max = declared >= 0 ? declared : limit + 1;
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                drain(in, DRAIN_MAX);
                throw tooLarge(limit);
            }
            return body;
        }
    }

    /** Reads and drops what is left of a refused body, up to a bound, so that the client reads the answer. */
    static void dropRest(InputStream in) throws IOException {
        drain(in, DRAIN_MAX);
    }

    private static void drain(InputStream in, long max) throws IOException {
        byte[] scratch = new byte[8192];
        long left = max;
        for (int n; left > 0 && (n = in.read(scratch, 0, (int) Math.min(scratch.length, left))) > 0; ) {
            left -= n;
        }
    }

    static JsonNode json(byte[] body) {
        if (body.length == 0) {
            throw new RequestException(400, "malformed_json", "the request body is empty; expected JSON", "body");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new RequestException(400, "malformed_json", "the request body is not valid JSON" + where, "body");
        } catch (IOException e) {
            throw new RequestException(400, "malformed_json", "the request body could not be read", "body");
        }
    }

    static RequestException tooLarge(long limit) {
        return new RequestException(413, "body_too_large", "the request body is larger than " + limit + " bytes", "body");
    }
}
