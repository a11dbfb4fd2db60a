package newsflow.testkit.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Free TCP ports on the loopback interface 127.0.0.1. */
public final class Ports {
    private Ports() {
    }

    /**
     * Asks the kernel for a free ephemeral port on 127.0.0.1 and releases it. Another process may take
     * it before the caller binds it; callers that start a server on it detect that as a start failure.
     *
     * @return a port number in the ephemeral range
     */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** @return whether a server socket can bind {@code port} on 127.0.0.1 right now */
    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
