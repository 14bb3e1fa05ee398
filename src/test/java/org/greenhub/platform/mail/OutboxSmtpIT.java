package org.greenhub.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenhub.platform.mail.domain.OutboxMessage;
import org.greenhub.testsupport.Deployments;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SMTP down for an hour: mail stays in the outbox, tried again later and later, and goes out once, whole, when the
 * SMTP server is back. The SMTP server is a real one (GreenMail) on a port where nothing listens until it starts.
 * GreenHub is switched to SMTP for this test the way an operator does it (GREENHUB_MAIL_MODE and GREENHUB_SMTP_*,
 * read at each attempt; as system properties here). Time moves by the clock the outbox worker is given, not by
 * waiting: the mail is queued a day ahead of the server's clock, so the server's own outbox run (every 3 s) leaves
 * it to this test.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxSmtpIT {

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        File greenMail = new File(GreenMail.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Deployments.greenhub().addAsLibrary(greenMail);
    }

    @Inject
    OutboxWorker worker;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void mailQueuedWhileSmtpIsDownForAnHourGoesOutOnceWhenItIsBack() throws Exception {
        awaitNoMailPending();
        int port = freePort();
        Map<String, String> smtpSettings = Map.of(
                "GREENHUB_MAIL_MODE",
                "smtp",
                "GREENHUB_SMTP_HOST",
                "127.0.0.1",
                "GREENHUB_SMTP_PORT",
                String.valueOf(port),
                "GREENHUB_MAIL_FROM",
                "greenhub@greenhub.test");
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtpSettings.forEach(System::setProperty);
        try {
            Instant start = TestTime.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
            String recipient = TestData.email("smtp");
            long confirmation =
                    queue(recipient, "请确认您的电子邮件地址 – GreenHub", "您好：\n请打开以下链接确认。\nXin chào, cảm ơn bạn.", start);
            long invitation =
                    queue(recipient, "Invitation to judge", "Dear judge,\nplease accept the invitation.", start);

            // The hour without SMTP, with the outbox run every 30 s: each failure waits twice as long as the last.
            List<Long> attemptMinutes = new ArrayList<>();
            for (Instant now = start; now.isBefore(start.plus(Duration.ofHours(1))); now = now.plusSeconds(30)) {
                worker.sendDue(now);
                OutboxMessage mail = find(confirmation);
                assertEquals(OutboxMessage.Status.PENDING, mail.getStatus(), "never given up within the hour");
                if (mail.getAttempts() > attemptMinutes.size()) {
                    attemptMinutes.add(Duration.between(start, now).toMinutes());
                }
            }
            assertEquals(List.of(0L, 1L, 3L, 7L, 15L, 31L), attemptMinutes);
            OutboxMessage waiting = find(confirmation);
            assertEquals(start.plus(Duration.ofMinutes(63)), waiting.getNextAttemptAt());
            assertNotNull(waiting.getLastError(), "the error is kept for the Sent mail page");
            assertEquals(OutboxMessage.Status.PENDING, find(invitation).getStatus());

            // SMTP is back: the next attempt (63 minutes after queueing) delivers each mail, and only once.
            smtp.start();
            for (Instant now = start.plus(Duration.ofHours(1));
                    now.isBefore(start.plus(Duration.ofHours(3)));
                    now = now.plusSeconds(30)) {
                worker.sendDue(now);
            }
            List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> isTo(m, recipient))
                    .toList();
            assertEquals(2, received.size(), "each mail delivered once");
            for (long id : List.of(confirmation, invitation)) {
                OutboxMessage sent = find(id);
                assertEquals(OutboxMessage.Status.SENT, sent.getStatus());
                assertEquals(7, sent.getAttempts());
                assertEquals(start.plus(Duration.ofMinutes(63)), sent.getSentAt());
                MimeMessage delivered = received.stream()
                        .filter(m -> subject(m).equals(sent.getSubject()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("not delivered: " + sent.getSubject()));
                assertEquals(
                        sent.getBody(),
                        ((String) delivered.getContent()).replace("\r\n", "\n").stripTrailing());
                assertEquals(
                        "greenhub@greenhub.test", ((InternetAddress) delivered.getFrom()[0]).getAddress());
            }
        } finally {
            smtpSettings.keySet().forEach(System::clearProperty);
            smtp.stop();
        }
    }

    private long queue(String recipient, String subject, String body, Instant at) throws Exception {
        transaction.begin();
        try {
            OutboxMessage message = new OutboxMessage(recipient, subject, body, at);
            em.persist(message);
            transaction.commit();
            return message.getId();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private OutboxMessage find(long id) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id", OutboxMessage.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** The server's own outbox run has sent (in sink mode) what earlier tests queued, so none of it goes to this SMTP server. */
    private void awaitNoMailPending() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (em.createQuery("select count(m) from OutboxMessage m where m.status = :pending", Long.class)
                        .setParameter("pending", OutboxMessage.Status.PENDING)
                        .getSingleResult()
                > 0) {
            assertTrue(System.nanoTime() < deadline, "mail from earlier tests is still pending");
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(
                            address -> ((InternetAddress) address).getAddress().equals(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
