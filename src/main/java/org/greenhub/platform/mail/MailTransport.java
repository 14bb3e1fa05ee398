package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.mail.domain.OutboxMessage;

/** Delivers one outbox message: over SMTP, or (sink mode) nowhere, leaving it readable on the admin mail page. */
@ApplicationScoped
public class MailTransport {

    @Inject
    GreenHubConfig config;

    public boolean isSink() {
        return !"smtp".equalsIgnoreCase(config.mailMode());
    }

    public void deliver(OutboxMessage message) throws MessagingException {
        if (isSink()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", config.value("GREENHUB_SMTP_HOST").orElse("localhost"));
        props.put("mail.smtp.port", config.value("GREENHUB_SMTP_PORT").orElse("25"));
        props.put(
                "mail.smtp.starttls.enable",
                config.value("GREENHUB_SMTP_STARTTLS").orElse("false"));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        var user = config.value("GREENHUB_SMTP_USER");
        Authenticator authenticator = null;
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            String password = config.value("GREENHUB_SMTP_PASSWORD").orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password);
                }
            };
        }
        Session session = Session.getInstance(props, authenticator);
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(config.value("GREENHUB_MAIL_FROM").orElse("greenhub@localhost")));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient()));
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        Transport.send(mime);
    }
}
