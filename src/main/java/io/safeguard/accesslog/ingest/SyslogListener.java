package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Receives ATNA audit messages over TCP syslog (ITI-20): plain TCP, or TLS per RFC 5425 when a {@link Tls} is given
 * (TLS 1.2 or 1.3; mutual TLS, ATNA node authentication, when it has trusted client certificates). Each connection
 * runs on its own virtual thread and gets its own sink ({@code sinks} is given the peer: its address and, under
 * mutual TLS, its certificate subject); a sink shared between connections must be thread-safe. Messages are framed
 * per {@link SyslogFraming}; a message that does not parse is rejected and the connection goes on, but an oversize or
 * malformed frame is rejected and the connection closed, since the stream can no longer be trusted. A TLS handshake
 * must finish within {@link #HANDSHAKE_TIMEOUT}; idle connections are closed after {@link #IDLE_TIMEOUT}; at most
 * {@link #MAX_CONNECTIONS} are served at once, further ones are closed on arrival.
 */
public final class SyslogListener implements AutoCloseable {
    public static final int MAX_CONNECTIONS = 256;
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** Who is sending: the remote address and, under mutual TLS, the subject of the client certificate. */
    public record Peer(InetSocketAddress address, @Nullable String certificateSubject) {}

    /** TLS for the listener; {@code requireClientCertificate} makes it mutual TLS. */
    public record Tls(SSLContext context, boolean requireClientCertificate) {
        /**
         * TLS with the server key from {@code keys}; mutual TLS when {@code trustedClients} is given (the clients'
         * certificates or the CA that issues them).
         */
        public static Tls of(KeyStore keys, char[] password, @Nullable KeyStore trustedClients) throws GeneralSecurityException {
            var keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, password);
            var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trustedClients);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trustedClients == null ? null : trustManagers.getTrustManagers(), null);
            return new Tls(context, trustedClients != null);
        }
    }

    private final InetSocketAddress bind;
    private final @Nullable Tls tls;
    private final AtnaMessageParser atna;
    private final Function<Peer, RecordSink> sinks;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private @Nullable ServerSocket server;
    private @Nullable Thread acceptor;

    public SyslogListener(InetSocketAddress bind, @Nullable Tls tls, AtnaMessageParser atna, Function<Peer, RecordSink> sinks) {
        this.bind = bind;
        this.tls = tls;
        this.atna = atna;
        this.sinks = sinks;
    }

    /** Binds and starts accepting; returns the bound address (port 0 in {@code bind} picks a free port). */
    public synchronized InetSocketAddress start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("the syslog listener is already running");
        }
        ServerSocket socket = tls == null ? new ServerSocket() : tls.context().getServerSocketFactory().createServerSocket();
        try {
            if (socket instanceof SSLServerSocket ssl) {
                ssl.setEnabledProtocols(Arrays.stream(PROTOCOLS).filter(Arrays.asList(ssl.getSupportedProtocols())::contains)
                        .toArray(String[]::new));
                ssl.setNeedClientAuth(tls.requireClientCertificate());
            }
            socket.bind(bind);
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
        server = socket;
        acceptor = Thread.ofVirtual().name("syslog-accept").start(() -> accept(socket));
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Stops accepting, closes every open connection and waits briefly for the accept thread. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        closeQuietly(server);
        open.forEach(SyslogListener::closeQuietly);
        try {
            acceptor.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        acceptor = null;
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                return; // closed by stop()
            }
            if (!slots.tryAcquire()) {
                closeQuietly(connection);
                continue;
            }
            open.add(connection);
            Thread.ofVirtual().name("syslog-" + connection.getRemoteSocketAddress()).start(() -> serve(connection));
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            String subject = null;
            if (connection instanceof SSLSocket ssl) {
                connection.setSoTimeout((int) HANDSHAKE_TIMEOUT.toMillis());
                ssl.startHandshake();
                subject = clientSubject(ssl);
            }
            connection.setSoTimeout((int) IDLE_TIMEOUT.toMillis());
            RecordSink sink = sinks.apply(new Peer((InetSocketAddress) connection.getRemoteSocketAddress(), subject));
            var framing = new SyslogFraming(connection.getInputStream(), IngestLimits.MAX_SYSLOG_MESSAGE_BYTES);
            for (SyslogFraming.Frame frame = framing.next(); frame != null; frame = framing.next()) {
                if (!SyslogEventParser.deliver(frame, atna, sink)) {
                    return; // oversize or malformed frame: close the connection
                }
            }
        } catch (IOException e) {
            // the peer went away, timed out or failed the TLS handshake: nothing more to read from it
        } finally {
            open.remove(connection);
            slots.release();
        }
    }

    private static @Nullable String clientSubject(SSLSocket ssl) {
        try {
            var certificates = ssl.getSession().getPeerCertificates();
            return certificates.length > 0 && certificates[0] instanceof X509Certificate x509
                    ? x509.getSubjectX500Principal().getName() : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing during shutdown: nothing to do
        }
    }
}
