package org.greenhub.platform.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.mail.MailTransport;
import org.greenhub.platform.mail.OutboxQuery;
import org.greenhub.platform.web.DatabasePage;

/**
 * The mail outbox for administrators: in sink mode (the run command's default) this is where a developer reads
 * the mails GreenHub would have sent; in SMTP mode it shows what was sent, what waits and what failed.
 */
@Named("sentMail")
@ViewScoped
public class SentMailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxQuery outbox;

    @Inject
    MailTransport transport;

    private String recipient;
    private DatabasePage<OutboxQuery.Row> messages;

    @PostConstruct
    void init() {
        messages = new DatabasePage<>() {
            @Override
            protected List<OutboxQuery.Row> page(int first, int size, String sortField, boolean ascending) {
                return outbox.page(recipient, first, size);
            }

            @Override
            protected long total() {
                return outbox.count(recipient);
            }

            @Override
            protected Object keyOf(OutboxQuery.Row row) {
                return row.id();
            }
        };
    }

    public boolean isSink() {
        return transport.isSink();
    }

    public DatabasePage<OutboxQuery.Row> getMessages() {
        return messages;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }
}
