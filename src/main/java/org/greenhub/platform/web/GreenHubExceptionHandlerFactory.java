package org.greenhub.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.greenhub.platform.error.DatabaseUnavailable;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandlerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * PrimeFaces' exception handling (every error goes to an error page, Ajax requests included), except that a page
 * that failed because the database is out of reach answers 503 with its own page: a full request gets the status
 * and the page at once, an Ajax request is sent to the reachable copy of the page, as for any other error.
 */
public class GreenHubExceptionHandlerFactory extends PrimeExceptionHandlerFactory {

    /** The 503 page as a URL, for Ajax requests (the container's own 503 page lives in WEB-INF). */
    static final String UNAVAILABLE_PAGE = "/errors/503.xhtml";

    public GreenHubExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends PrimeExceptionHandler {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected void logException(Throwable rootCause) {
            if (DatabaseUnavailable.isCause(rootCause)) {
                DatabaseUnavailable.log("A page", rootCause);
            } else {
                super.logException(rootCause);
            }
        }

        @Override
        protected void handleRedirect(FacesContext context, Throwable rootCause, ExceptionInfo info, boolean responseReset) throws IOException {
            ExternalContext external = context.getExternalContext();
            if (DatabaseUnavailable.isCause(rootCause) && !context.getPartialViewContext().isAjaxRequest() && !external.isResponseCommitted()) {
                external.responseReset();
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
                external.responseSendError(503, null);
                context.responseComplete();
                return;
            }
            super.handleRedirect(context, rootCause, info, responseReset);
        }

        @Override
        protected String evaluateErrorPage(Map<String, String> errorPages, Throwable rootCause) {
            return DatabaseUnavailable.isCause(rootCause) ? UNAVAILABLE_PAGE : super.evaluateErrorPage(errorPages, rootCause);
        }
    }
}
