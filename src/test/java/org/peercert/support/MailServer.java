package org.peercert.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server for the tests (GreenMail), on a free port; PeerCert's mailer is pointed at
 * it. Tests read what arrived with {@link #receivedBy(String)}.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void stop() {
        // Kept for the next test profile; it dies with the test JVM.
    }

    /** Every message delivered to this address so far. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
