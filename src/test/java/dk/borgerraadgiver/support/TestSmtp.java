package dk.borgerraadgiver.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) on a fixed free port for the whole test JVM. Tests can stop it to
 * play "mail server down", or put a server there that accepts connections and never answers.
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server = start();
    private static ServerSocket silentServer;
    private static final List<Socket> heldConnections = new CopyOnWriteArrayList<>();

    private TestSmtp() {
    }

    public static int port() {
        return PORT;
    }

    /**
     * Starts GreenMail on the fixed port, trying again while the port is still held by the silent
     * server's closing connections (seen on a loaded machine). Polls in this thread: the first start
     * runs during class initialisation, which another thread would wait for.
     */
    private static synchronized GreenMail start() {
        var started = new GreenMail[1];
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(40)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                    var setup = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
                    setup.setServerStartupTimeout(10_000);
                    var greenMail = new GreenMail(setup);
                    try {
                        greenMail.start();
                    } catch (RuntimeException e) {
                        greenMail.stop();
                        throw e;
                    }
                    started[0] = greenMail;
                    return true;
                });
        return started[0];
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    /** Replaces the server by one that accepts connections and never says a word. */
    public static synchronized void becomeSilent() throws IOException {
        server.stop();
        silentServer = new ServerSocket();
        silentServer.setReuseAddress(true);
        silentServer.bind(new InetSocketAddress("127.0.0.1", PORT));
        var listening = silentServer;
        Thread.ofVirtual().start(() -> {
            try {
                while (!listening.isClosed()) {
                    heldConnections.add(listening.accept());
                }
            } catch (IOException closed) {
                // the test has made the server speak again
            }
        });
    }

    public static synchronized void speakAgain() throws IOException {
        silentServer.close();
        for (var connection : heldConnections) {
            connection.close();
        }
        heldConnections.clear();
        restart();
    }

    /** Every message received so far for this recipient. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
