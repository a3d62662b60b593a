package org.perfgrade.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the database server, so that a test can make the database go away in the middle of a job
 * ({@link #cut()}: every connection dropped, new ones refused) and come back ({@link #resume()}, same port).
 */
final class TcpProxy implements AutoCloseable {

    private final String host;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private int port;

    TcpProxy(String host, int targetPort) {
        this.host = host;
        this.targetPort = targetPort;
        resume();
    }

    int port() {
        return port;
    }

    /** Accepts connections again on the same port. */
    synchronized void resume() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            port = socket.getLocalPort();
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The database goes away: open connections are reset and new ones refused. */
    synchronized void cut() {
        closeQuietly(server);
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0);
            }
            catch (IOException ignored) {
                // already closed
            }
            closeQuietly(socket);
        }
        sockets.clear();
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            }
            catch (IOException ex) {
                // closed by cut()
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[1 << 14];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
            catch (IOException ex) {
                // a side went away
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        }
        catch (Exception ignored) {
            // closing anyway
        }
    }
}
