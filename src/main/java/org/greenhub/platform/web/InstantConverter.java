package org.greenhub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Shows moments (audit events, mail, registrations) the same way everywhere, date and time with their zone, and reads them back. */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // Reads back exactly what getAsString writes, so a moment can round-trip through a form.
            return FORMAT.parse(value.strip(), Instant::from);
        } catch (java.time.format.DateTimeParseException e) {
            String text = jakarta.enterprise
                    .inject
                    .spi
                    .CDI
                    .current()
                    .select(org.greenhub.platform.i18n.FacesMessages.class)
                    .get()
                    .text("platform.validation.moment");
            throw new jakarta.faces.convert.ConverterException(
                    new jakarta.faces.application.FacesMessage(
                            jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text),
                    e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
