package org.greenhub.platform.api;

import org.greenhub.platform.error.DomainException;

/**
 * Which page of a list an API caller asks for: {@code ?page} counts from 1 and {@code ?size} is at most
 * {@value #MAX_SIZE}, so no caller can make the server read a whole table at once. Bad values answer 400 naming the
 * parameter, never a silently corrected page.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Reads the query parameters as given (null when absent). */
    public static PageRequest of(String page, String size) {
        return new PageRequest(parse(page, 1, "page"), parse(size, DEFAULT_SIZE, "size"));
    }

    public PageRequest {
        if (page < 1) {
            throw DomainException.badRequest("page", "platform.api.page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.badRequest("size", "platform.api.page.size", MAX_SIZE);
        }
    }

    /** The first row of the page, for {@code setFirstResult}. */
    public int offset() {
        return (page - 1) * size;
    }

    private static int parse(String value, int absent, String parameter) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.badRequest(
                    parameter,
                    parameter.equals("page") ? "platform.api.page.invalid" : "platform.api.page.size",
                    MAX_SIZE);
        }
    }
}
