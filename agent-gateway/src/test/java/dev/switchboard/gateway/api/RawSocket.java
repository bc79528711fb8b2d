package dev.switchboard.gateway.api;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A WebSocket client that does only what a test tells it: it never answers a ping, and reads nothing until asked,
 * with a tiny receive window so the server's writes back up quickly. For idle and slow desks.
 * The output stream is written by one thread at a time: the handshake, then the pong timer.
 */
final class RawSocket implements AutoCloseable {

    /** How a socket was closed by the server. */
    record Closed(int code, String reason) {
    }

    private static final int OP_CLOSE = 0x8;

    private final Socket socket;
    private final DataInputStream in;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "raw-socket-pong");
        thread.setDaemon(true);
        return thread;
    });

    private RawSocket(Socket socket, DataInputStream in) {
        this.socket = socket;
        this.in = in;
    }

    static RawSocket connect(URI endpoint, String token) throws IOException {
        Socket socket = new Socket();
        // Set before connecting, so the window is small from the handshake on and never auto-tuned upwards.
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 5000);
        socket.setSoTimeout(20_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + endpoint.getPath() + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        String status = readLine(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("upgrade refused: " + status);
        }
        while (!readLine(in).isEmpty()) {
            // Response headers: nothing in them matters here.
        }
        return new RawSocket(socket, in);
    }

    /**
     * Sends an unsolicited pong every {@code interval} (a one-way heartbeat the protocol allows), so the socket is
     * not idle although it reads nothing.
     */
    void keepSendingPongs(Duration interval) {
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                // FIN + pong, masked with an empty payload, mask key 0.
                out.write(new byte[] { (byte) 0x8A, (byte) 0x80, 0, 0, 0, 0 });
                out.flush();
            } catch (IOException e) {
                heartbeat.shutdown();
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reads (and drops) every frame until the server's close frame, within {@code deadline}; fails if the
     * connection ends without one.
     */
    Closed awaitClose(Duration deadline) throws IOException {
        socket.setSoTimeout((int) deadline.toMillis());
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            if ((first & 0x0f) == OP_CLOSE) {
                int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                String reason = payload.length > 2
                        ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                return new Closed(code, reason);
            }
        }
    }

    @Override
    public void close() throws IOException {
        heartbeat.shutdownNow();
        socket.close();
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
