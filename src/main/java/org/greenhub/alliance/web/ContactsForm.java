package org.greenhub.alliance.web;

import java.io.Serializable;
import org.greenhub.alliance.domain.Membership.Contacts;

/** The contact fields of the application and membership pages, and which of them the public directory shows. */
public class ContactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String phone;
    private boolean showEmail;
    private boolean showPhone;
    private boolean showWebsite = true;

    static ContactsForm of(Contacts contacts) {
        ContactsForm form = new ContactsForm();
        form.email = contacts.email();
        form.phone = contacts.phone();
        form.showEmail = contacts.showEmail();
        form.showPhone = contacts.showPhone();
        form.showWebsite = contacts.showWebsite();
        return form;
    }

    Contacts toContacts() {
        return new Contacts(email, phone, showEmail, showPhone, showWebsite);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isShowEmail() {
        return showEmail;
    }

    public void setShowEmail(boolean showEmail) {
        this.showEmail = showEmail;
    }

    public boolean isShowPhone() {
        return showPhone;
    }

    public void setShowPhone(boolean showPhone) {
        this.showPhone = showPhone;
    }

    public boolean isShowWebsite() {
        return showWebsite;
    }

    public void setShowWebsite(boolean showWebsite) {
        this.showWebsite = showWebsite;
    }
}
