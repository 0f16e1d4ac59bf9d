package dev.salescycle.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server that accepts connections and never says a word: a mail server that hangs. */
final class Blackhole implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    Blackhole(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        Thread thread = new Thread(this::acceptLoop, "blackhole");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many connections were accepted and are still open on the client's side as far as we know. */
    int openConnections() {
        return (int) accepted.stream().filter(s -> !s.isClosed() && !peerClosed(s)).count();
    }

    int acceptedConnections() {
        return accepted.size();
    }

    private static boolean peerClosed(Socket socket) {
        try {
            socket.setSoTimeout(1);
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                accepted.add(server.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }
}
