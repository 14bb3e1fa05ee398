package org.greenhub.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link IncidentExceptionHandler} for every Faces request (faces-config.xml). */
public class IncidentExceptionHandlerFactory extends ExceptionHandlerFactory {

    public IncidentExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new IncidentExceptionHandler(getWrapped().getExceptionHandler());
    }
}
