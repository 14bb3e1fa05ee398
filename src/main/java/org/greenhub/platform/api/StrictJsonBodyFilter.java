package org.greenhub.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON bodies up front: refuses bodies over {@value #MAX_BYTES} bytes (413) and bytes that are not UTF-8
 * (400), which the JSON parser would otherwise turn silently into replacement characters.
 */
@Provider
public class StrictJsonBodyFilter implements ContainerRequestFilter {

    /** 2 MiB: far above any form the API takes; the public calculator documents this limit. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null
                || !request.hasEntity()
                || !"json".equalsIgnoreCase(type.getSubtype())
                        && !type.getSubtype().endsWith("+json")) {
            return;
        }
        byte[] body = readAtMost(request.getEntityStream(), MAX_BYTES);
        if (body == null) {
            request.abortWith(problems.problem(413, "platform.api.tooLarge", null, headers, MAX_BYTES)
                    .toResponse());
            return;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            request.abortWith(problems.problem(400, "platform.api.invalidUtf8", null, headers)
                    .toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }
}
