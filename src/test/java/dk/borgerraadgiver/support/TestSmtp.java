package dk.borgerraadgiver.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a fixed free port for the whole test JVM. Tests can stop it to
 * play "mail server down", or put a server there that accepts connections and never answers.
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server = start();
    private static ServerSocket silentServer;

    private TestSmtp() {
    }

    public static int port() {
        return PORT;
    }

    private static synchronized GreenMail start() {
        var greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
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
        silentServer = new ServerSocket(PORT, 50, java.net.InetAddress.getByName("127.0.0.1"));
        Thread.ofVirtual().start(() -> {
            var held = new java.util.ArrayList<java.net.Socket>();
            try {
                while (!silentServer.isClosed()) {
                    held.add(silentServer.accept());
                }
            } catch (IOException closed) {
                held.forEach(socket -> {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // closing a socket nobody reads
                    }
                });
            }
        });
    }

    public static synchronized void speakAgain() throws IOException {
        silentServer.close();
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
