package dev.salescycle.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Asks {@code GET /health} over a plain socket until it answers 200: cheap enough to ask every millisecond. */
final class HealthProbe {

    private static final byte[] REQUEST = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private HealthProbe() {
    }

    /** @return when the first 200 came, on {@link System#nanoTime()}'s scale */
    static long awaitOk(int port, long timeoutNanos) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeoutNanos;
        while (System.nanoTime() < until) {
            if (ok(port)) {
                return System.nanoTime();
            }
            Thread.sleep(1);
        }
        throw new IOException("no 200 on /health of port " + port + " in " + timeoutNanos / 1_000_000_000 + " s");
    }

    private static boolean ok(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(REQUEST);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }
}
