package io.safeguard.accesslog.ingest;

import static io.safeguard.accesslog.ingest.AtnaFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.accesslog.AccessEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SyslogListenerTests {
    private final CollectingSink sink = new CollectingSink();
    private final List<SyslogListener.Peer> peers = new CopyOnWriteArrayList<>();
    private SyslogListener listener;

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop();
        }
    }

    private InetSocketAddress start(SyslogListener.Tls tls) throws IOException {
        listener = new SyslogListener(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), tls,
                new AtnaMessageParser(ParserOptions.defaults()), peer -> {
                    peers.add(peer);
                    return sink;
                });
        return listener.start();
    }

    @Test
    void receivesBothFramingsOverPlainTcp() throws Exception {
        InetSocketAddress address = start(null);

        try (var socket = new Socket(address.getAddress(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(octetCounted(HEADER + patientRecordRead("true")));
            out.write(lineTerminated(HEADER + oneLine("u2")));
            out.write(lineTerminated(HEADER + patientRecordRead("false").replace("\n", " ")));
            out.write(octetCounted(HEADER + oneLine("u3")));
            out.flush();
            await(() -> sink.events().size() == 3 && sink.rejections().size() == 1);
        }

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u123", "u2", "u3");
        assertThat(sink.rejections()).containsExactly(new Rejection(3, "no ActiveParticipant has UserIsRequestor=\"true\""));
        assertThat(peers).singleElement().satisfies(peer -> assertThat(peer.certificateSubject()).isNull());
    }

    @Test
    void closesAConnectionThatSendsAnOversizeFrame() throws Exception {
        InetSocketAddress address = start(null);

        try (var socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(octetCounted(HEADER + oneLine("u1")));
            out.write(("999999 " + "x".repeat(1000)).getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(readUntilClosed(socket.getInputStream())).as("the listener closed the connection").isTrue();
        }
        await(() -> sink.rejections().size() == 1);
        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u1");
        assertThat(sink.rejections()).containsExactly(new Rejection(2, "the message is longer than 65536 bytes"));
    }

    @Test
    void receivesOverMutualTlsAndNamesTheClientCertificate() throws Exception {
        KeyStore server = TestCertificates.selfSigned("arr.safeguard.test");
        KeyStore client = TestCertificates.selfSigned("ehr-client");
        InetSocketAddress address = start(SyslogListener.Tls.of(server, TestCertificates.PASSWORD, TestCertificates.trusting(client)));
        SSLContext clientContext = TestCertificates.client(client, TestCertificates.trusting(server));

        try (var socket = (SSLSocket) clientContext.getSocketFactory().createSocket(address.getAddress(), address.getPort())) {
            socket.startHandshake();
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
            socket.getOutputStream().write(octetCounted(HEADER + oneLine("u-tls")));
            socket.getOutputStream().flush();
            await(() -> sink.events().size() == 1);
        }

        assertThat(sink.events()).extracting(AccessEvent::userId).containsExactly("u-tls");
        assertThat(peers).singleElement().satisfies(peer -> assertThat(peer.certificateSubject()).isEqualTo("CN=ehr-client"));
    }

    @Test
    void refusesATlsClientWithoutATrustedCertificate() throws Exception {
        KeyStore server = TestCertificates.selfSigned("arr.safeguard.test");
        KeyStore stranger = TestCertificates.selfSigned("stranger");
        InetSocketAddress address = start(SyslogListener.Tls.of(server, TestCertificates.PASSWORD,
                TestCertificates.trusting(TestCertificates.selfSigned("ehr-client"))));

        for (KeyStore key : new KeyStore[] {null, stranger}) {
            SSLContext context = TestCertificates.client(key, TestCertificates.trusting(server));
            try (var socket = (SSLSocket) context.getSocketFactory().createSocket(address.getAddress(), address.getPort())) {
                socket.setSoTimeout(5_000);
                assertThatThrownBy(() -> {
                    socket.startHandshake();
                    socket.getOutputStream().write(octetCounted(HEADER + oneLine("intruder")));
                    socket.getOutputStream().flush();
                    if (socket.getInputStream().read() < 0) {
                        throw new IOException("closed by the listener");
                    }
                }).isInstanceOf(IOException.class);
            }
        }
        assertThat(peers).isEmpty();
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void stopClosesOpenConnections() throws Exception {
        InetSocketAddress address = start(null);

        try (var socket = new Socket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(octetCounted(HEADER + oneLine("u1")));
            await(() -> sink.events().size() == 1);

            listener.stop();

            assertThat(readUntilClosed(socket.getInputStream())).isTrue();
        }
        assertThatThrownBy(() -> new Socket(address.getAddress(), address.getPort()).close()).isInstanceOf(IOException.class);
    }

    /** Reads until the peer closes (true) or the read times out (false). */
    private static boolean readUntilClosed(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the listener sends nothing; keep reading until it closes
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the peer: closed as well
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
