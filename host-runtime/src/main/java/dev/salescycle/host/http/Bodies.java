package dev.salescycle.host.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.salescycle.host.service.RequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies within a size limit. */
final class Bodies {

    private Bodies() {
    }

    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        // readNBytes starts with a buffer of min(max, 8 KiB): bounded by the declared length, a cart of a few
        // hundred bytes costs a buffer of its size. Jetty never delivers more than the declared length.
        long max = declared >= 0 ? declared : limit + 1;
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
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
