package org.greenhub.incubation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.greenhub.account.domain.EmailAddress;
import org.greenhub.platform.text.TextRules;

/** A mentor of an incubator: a person, who may or may not have a GreenHub account (the e-mail is optional). */
@Embeddable
public class Mentor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 300)
    private String expertise;

    @Column(length = 254)
    private String email;

    protected Mentor() {}

    public Mentor(String name, String expertise, String email) {
        this.name = TextRules.name("mentorName", name, 200);
        this.expertise = TextRules.optionalName("mentorExpertise", expertise, 300);
        this.email = email == null || email.isBlank() ? null : EmailAddress.normalise("mentorEmail", email);
    }

    public String getName() {
        return name;
    }

    public String getExpertise() {
        return expertise;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mentor m
                && name.equals(m.name)
                && Objects.equals(expertise, m.expertise)
                && Objects.equals(email, m.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, expertise, email);
    }
}
