package org.greenhub.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.error.DatabaseUnavailable;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * How a page answers an exception, Ajax or not. PrimeFaces still decides where the answer goes (the error dialog of
 * the layout for Ajax, the error page otherwise), but what reaches the browser is only an <em>incident id</em>: the
 * exception's class and message (which may quote SQL) stay in the server log, under that id, with the full trace.
 * A {@link MalformedRequest} (a crafted request no page sends) is answered 400 and nothing else; a page that failed
 * because the database is out of reach ({@link DatabaseUnavailable}) answers 503.
 */
public class IncidentExceptionHandler extends PrimeExceptionHandler {

    /** Request attribute holding the incident id of this request's error, for the dialog and the error page. */
    public static final String INCIDENT_ATTRIBUTE = "greenhub.incident";

    private static final Logger LOG = Logger.getLogger(IncidentExceptionHandler.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    public IncidentExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getResponseComplete()) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            Throwable first = events.hasNext() ? events.next().getContext().getException() : null;
            if (getRootCause(first) instanceof MalformedRequest malformed) {
                drain(events);
                refuse(context, malformed);
                return;
            }
            if (first != null
                    && DatabaseUnavailable.isCause(first)
                    && !context.getPartialViewContext().isAjaxRequest()) {
                drain(events);
                unavailable(context, first);
                return;
            }
        }
        super.handle();
    }

    /** Removes the event just read and every one after it: the first one decides the answer. */
    private static void drain(Iterator<ExceptionQueuedEvent> events) {
        events.remove();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
    }

    /**
     * The database is out of reach: a page answers 503 (the 503 page, through ErrorStatusServlet), logged in one line.
     * An Ajax request gets the error dialog like any other error, its incident logged in one line too.
     */
    private static void unavailable(FacesContext context, Throwable failure) {
        ExternalContext external = context.getExternalContext();
        DatabaseUnavailable.log("The page " + external.getRequestServletPath(), failure);
        if (!external.isResponseCommitted()) {
            try {
                external.responseReset();
                external.responseSendError(503, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.responseComplete();
    }

    private static void refuse(FacesContext context, MalformedRequest malformed) {
        LOG.info(() -> "Refused a malformed page request (400): " + malformed.getMessage());
        ExternalContext external = context.getExternalContext();
        if (!external.isResponseCommitted()) {
            try {
                external.responseReset();
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.setResponseStatus(400);
                } else {
                    external.responseSendError(400, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        context.responseComplete();
    }

    /** What PrimeFaces hands to the browser (the dialog's script arguments, the session for the error page). */
    @Override
    protected ExceptionInfo createExceptionInfo(Throwable rootCause) {
        String incident = newIncidentId();
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(INCIDENT_ATTRIBUTE, incident);
        ExceptionInfo info = new ExceptionInfo();
        info.setType("incident");
        info.setMessage(incident);
        info.setTimestamp(LocalDateTime.now());
        info.setFormattedTimestamp(info.getTimestamp().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        info.setFormattedStackTrace("");
        info.setStackTrace(new StackTraceElement[0]);
        return info;
    }

    @Override
    protected boolean isLogException(FacesContext context, Throwable rootCause) {
        return true;
    }

    @Override
    protected void logException(Throwable rootCause) {
        Object incident = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(INCIDENT_ATTRIBUTE);
        if (rootCause instanceof jakarta.faces.application.ViewExpiredException) {
            LOG.fine(() -> "Incident " + incident + ": view expired");
            return;
        }
        if (DatabaseUnavailable.isCause(rootCause)) {
            DatabaseUnavailable.log("Incident " + incident, rootCause);
            return;
        }
        LOG.log(Level.SEVERE, "Incident " + incident + ": " + rootCause, rootCause);
    }

    /** Short enough to read out on the phone, long enough to be unique in any log: 10 characters, no look-alikes. */
    static String newIncidentId() {
        StringBuilder id = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                id.append('-');
            }
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString().toUpperCase(Locale.ROOT);
    }
}
