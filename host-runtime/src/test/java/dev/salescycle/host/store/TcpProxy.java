package dev.salescycle.host.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP forwarder to a local port that can be cut off and restored, to simulate a database outage. */
public final class TcpProxy implements AutoCloseable {

    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    public TcpProxy(int targetPort) {
        this.targetPort = targetPort;
    }

    /** Starts listening, on the same port as before if it ran already. */
    public synchronized TcpProxy start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        port = socket.getLocalPort();
        server = socket;
        daemon(() -> acceptLoop(socket));
        return this;
    }

    public int port() {
        return port;
    }

    /** Stops listening and cuts every forwarded connection. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket target = new Socket("127.0.0.1", targetPort);
                synchronized (this) {
                    // stop() may have run between accept and here: such a connection must not survive it.
                    if (socket.isClosed()) {
                        client.close();
                        target.close();
                        return;
                    }
                    open.add(client);
                    open.add(target);
                }
                daemon(() -> pump(client, target));
                daemon(() -> pump(target, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // A cut connection ends the pump; closing both sides tells the peers.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }
}
