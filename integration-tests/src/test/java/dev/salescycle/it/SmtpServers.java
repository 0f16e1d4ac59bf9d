package dev.salescycle.it;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** GreenMail server set-ups for the tests: its 2 s start-up wait is too short on a busy 2-core machine. */
final class SmtpServers {

    static final long STARTUP_MILLIS = 15_000;

    private SmtpServers() {
    }

    /** SMTP on a free port. */
    static ServerSetup anyPort() {
        return patient(ServerSetupTest.SMTP.dynamicPort());
    }

    /** SMTP on the given port of the loopback address. */
    static ServerSetup onPort(int port) {
        return patient(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static ServerSetup patient(ServerSetup setup) {
        setup.setServerStartupTimeout(STARTUP_MILLIS);
        return setup;
    }
}
