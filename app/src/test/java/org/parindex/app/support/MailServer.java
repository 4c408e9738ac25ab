package org.parindex.app.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real SMTP server (GreenMail) for a test class, on a port chosen before the application starts, so that
 * {@code spring.mail.port} is known when the context (or a jar) is started, and kept when the server is restarted.
 */
public final class MailServer {

    private MailServer() { }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server, started once for the test class. */
    public static GreenMailExtension on(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }
}
