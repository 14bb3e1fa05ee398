package org.greenhub.platform.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON body the API takes is bound by {@link StrictJsonBinding} instead of the runtime's lenient JSON-B reader:
 * a 422 naming the field for anything that is not exactly what the resource declares. (Answers are still written by
 * JSON-B.) Bodies arrive here already checked for size and UTF-8 by {@link StrictJsonBodyFilter}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StrictJsonBinding.supports(genericType == null ? type : genericType);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        return StrictJsonBinding.bind(json, genericType == null ? type : genericType);
    }
}
