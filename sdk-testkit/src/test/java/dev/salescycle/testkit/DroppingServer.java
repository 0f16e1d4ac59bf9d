package dev.salescycle.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that reads each request and closes the first {@code drops} connections without a
 * byte of answer, as a server does with a kept-alive connection it closed while idle just as the client reused it;
 * after that it answers {@code 200 {}}.
 */
final class DroppingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();
    private final AtomicInteger drops;
    private final AtomicInteger requests = new AtomicInteger();

    DroppingServer(int drops) throws IOException {
        this.drops = new AtomicInteger(drops);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor.submit(this::serve);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }

    /** How many requests arrived, dropped ones included. */
    int requests() {
        return requests.get();
    }

    private Void serve() throws IOException {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                readRequest(connection.getInputStream());
                requests.incrementAndGet();
                if (drops.getAndDecrement() > 0) {
                    continue;
                }
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
        }
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(Integer.parseInt(line.substring(15).trim()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.shutdownNow();
    }
}
