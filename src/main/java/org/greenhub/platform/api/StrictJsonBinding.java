package org.greenhub.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * Binds a JSON body to the records an API resource takes, strictly: what is bound is exactly what was sent, or the
 * caller gets a 422 naming the field. Nothing is coerced ({@code "yes"} is not a boolean, {@code "12"} is not a
 * number), nothing is truncated ({@code 1.5} is not an integer, {@code 4294967301} is not an {@code int}), nothing is
 * wrapped (a single value is not a list), unknown and repeated fields are refused, and text carries no control
 * characters but tab and line breaks. Syntax errors are {@link JsonbException}s (400). Field names are paths as the
 * caller wrote them: {@code employees}, {@code criteria[0].code}.
 *
 * <p>Supported: records (their components, named as declared or by {@link JsonbProperty}), {@code List}/{@code Set}
 * of supported types, {@code String}, {@code boolean}, {@code int}, {@code long}, {@code double} (and their boxes),
 * {@code BigDecimal}, {@code BigInteger}, {@code LocalDate} (ISO) and enums (by constant name), and {@code Map} with
 * text keys of a supported type (an object whose keys the caller chooses, such as energy by carrier; the keys keep the
 * caller's order and are checked like text, their meaning is the resource's to check). A record may name fields it
 * knowingly ignores ({@link IgnoredJsonFields}).
 */
public final class StrictJsonBinding {

    /** Deeper nesting is no form any resource takes: refused as malformed before it costs anything. */
    static final int MAX_DEPTH = 64;
    /** Digits before and after the point a number may have: far beyond any figure, far below a costly one. */
    static final int MAX_DIGITS = 40;

    private StrictJsonBinding() {}

    /** True for the types this binding reads (anything else is left to the runtime's own readers). */
    public static boolean supports(Type type) {
        return supports(type, new HashSet<>());
    }

    private static boolean supports(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return true;
        }
        Class<?> raw = raw(type);
        if (raw == null || JsonValue.class.isAssignableFrom(raw)) {
            return false;
        }
        if (raw.isRecord()) {
            return Arrays.stream(raw.getRecordComponents()).allMatch(c -> supports(c.getGenericType(), seen));
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return type instanceof ParameterizedType p && supports(p.getActualTypeArguments()[0], seen);
        }
        if (raw == Map.class) {
            return type instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] == String.class
                    && supports(p.getActualTypeArguments()[1], seen);
        }
        return scalar(raw);
    }

    private static boolean scalar(Class<?> raw) {
        return raw == String.class
                || raw == Boolean.class
                || raw == boolean.class
                || raw == Integer.class
                || raw == int.class
                || raw == Long.class
                || raw == long.class
                || raw == Double.class
                || raw == double.class
                || raw == BigDecimal.class
                || raw == BigInteger.class
                || raw == LocalDate.class
                || raw.isEnum();
    }

    /** @return the bound value, or null for an empty body or a JSON {@code null} */
    public static Object bind(String json, Type type) {
        if (json.isBlank()) {
            return null;
        }
        return bind(parse(json), type, "");
    }

    /** Reads the text into a tree, refusing repeated keys (422) and nesting deeper than {@value #MAX_DEPTH} (400). */
    static JsonValue parse(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new JsonbException("empty body");
            }
            JsonValue value = read(parser, parser.next(), "", 0);
            if (parser.hasNext()) {
                throw new JsonbException("more than one value");
            }
            return value;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException malformed) {
            throw new JsonbException("malformed JSON: " + malformed.getMessage(), malformed);
        }
    }

    private static JsonValue read(JsonParser parser, JsonParser.Event event, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new JsonbException("nested deeper than " + MAX_DEPTH);
        }
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                JsonParser.Event next;
                while ((next = parser.next()) != JsonParser.Event.END_OBJECT) {
                    String key = parser.getString();
                    String child = child(path, key);
                    if (!keys.add(key)) {
                        throw DomainException.invalid(child, "platform.api.json.duplicateField");
                    }
                    object.add(key, read(parser, parser.next(), child, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                JsonParser.Event next;
                int index = 0;
                while ((next = parser.next()) != JsonParser.Event.END_ARRAY) {
                    array.add(read(parser, next, path + "[" + index++ + "]", depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                return Json.createValue(parser.getString());
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw new JsonbException("unexpected " + event);
        }
    }

    private static Object bind(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                throw DomainException.invalid(field(path), "platform.validation.required");
            }
            return null;
        }
        if (raw == null) {
            throw new IllegalArgumentException("Not a bindable type: " + type);
        }
        if (raw.isRecord()) {
            return record(value, raw, path);
        }
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            return collection(value, raw, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw == Map.class) {
            return map(value, ((ParameterizedType) type).getActualTypeArguments()[1], path);
        }
        return scalar(value, raw, path);
    }

    private static Object record(JsonValue value, Class<?> type, String path) {
        if (!(value instanceof JsonObject object)) {
            throw DomainException.invalid(field(path), "platform.api.json.expectedObject");
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            byName.put(jsonName(type, component), component);
        }
        IgnoredJsonFields ignored = type.getAnnotation(IgnoredJsonFields.class);
        Set<String> tolerated = ignored == null ? Set.of() : Set.of(ignored.value());
        String unknown = object.keySet().stream()
                .filter(key -> !byName.containsKey(key) && !tolerated.contains(key))
                .sorted()
                .findFirst()
                .orElse(null);
        if (unknown != null) {
            throw DomainException.invalid(child(path, unknown), "platform.api.json.unknownField");
        }
        Object[] arguments = new Object[components.length];
        int i = 0;
        for (Map.Entry<String, RecordComponent> entry : byName.entrySet()) {
            arguments[i++] =
                    bind(object.get(entry.getKey()), entry.getValue().getGenericType(), child(path, entry.getKey()));
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type.getName(), e);
        }
    }

    private static String jsonName(Class<?> type, RecordComponent component) {
        JsonbProperty property = component.getAnnotation(JsonbProperty.class);
        if (property == null) {
            try {
                property = type.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
            } catch (NoSuchFieldException ignored) {
                // records always have the field
            }
        }
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonbProperty.class);
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static Object collection(JsonValue value, Class<?> raw, Type element, String path) {
        if (!(value instanceof JsonArray array)) {
            throw DomainException.invalid(field(path), "platform.api.json.expectedList");
        }
        Collection<Object> items = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(bind(array.get(i), element, path + "[" + i + "]"));
        }
        return raw == Set.class
                ? java.util.Collections.unmodifiableSet((Set<Object>) items)
                : java.util.Collections.unmodifiableList((List<Object>) items);
    }

    private static Map<String, Object> map(JsonValue value, Type element, String path) {
        if (!(value instanceof JsonObject object)) {
            throw DomainException.invalid(field(path), "platform.api.json.expectedObject");
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String child = child(path, entry.getKey());
            if (TextRules.hasControlCharacters(entry.getKey())) {
                throw DomainException.invalid(field(path), "platform.validation.forbiddenCharacters");
            }
            entries.put(entry.getKey(), bind(entry.getValue(), element, child));
        }
        return java.util.Collections.unmodifiableMap(entries);
    }

    private static Object scalar(JsonValue value, Class<?> raw, String path) {
        String field = field(path);
        if (raw == String.class) {
            if (!(value instanceof JsonString text)) {
                throw DomainException.invalid(field, "platform.api.json.expectedText");
            }
            if (TextRules.hasControlCharacters(text.getString())) {
                throw DomainException.invalid(field, "platform.validation.forbiddenCharacters");
            }
            return text.getString();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (value.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            throw DomainException.invalid(field, "platform.api.json.expectedBoolean");
        }
        if (raw == LocalDate.class) {
            if (value instanceof JsonString text) {
                try {
                    return LocalDate.parse(text.getString());
                } catch (DateTimeParseException e) {
                    // refused below
                }
            }
            throw DomainException.invalid(field, "platform.validation.date");
        }
        if (raw.isEnum()) {
            if (value instanceof JsonString text) {
                for (Object constant : raw.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text.getString())) {
                        return constant;
                    }
                }
            }
            throw DomainException.invalid(
                    field,
                    "platform.api.json.expectedOneOf",
                    Arrays.stream(raw.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", ")));
        }
        return number(value, raw, field);
    }

    private static Object number(JsonValue value, Class<?> raw, String field) {
        if (raw == Integer.class || raw == int.class) {
            return (int) whole(value, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == Long.class || raw == long.class) {
            return whole(value, field, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (!(value instanceof JsonNumber number)) {
            throw DomainException.invalid(field, "platform.api.json.expectedNumber");
        }
        BigDecimal decimal = sized(number.bigDecimalValue(), field);
        if (raw == BigDecimal.class) {
            return decimal;
        }
        if (raw == BigInteger.class) {
            if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
                throw DomainException.invalid(field, "platform.api.json.expectedWholeNumber");
            }
            return decimal.toBigIntegerExact();
        }
        if (raw == Double.class || raw == double.class) {
            double d = decimal.doubleValue();
            if (Double.isInfinite(d)) {
                throw DomainException.invalid(field, "platform.api.json.numberTooLarge");
            }
            return d;
        }
        throw new IllegalArgumentException("Not a bindable type: " + raw);
    }

    /** A whole number in the type's range: no truncation of fractions, no wrap-around of large values. */
    private static long whole(JsonValue value, String field, long min, long max) {
        if (!(value instanceof JsonNumber number)) {
            throw DomainException.invalid(
                    field, "platform.api.json.expectedInteger", String.valueOf(min), String.valueOf(max));
        }
        BigDecimal decimal = number.bigDecimalValue();
        // Decided from the digits alone, so 1e1000000000 costs nothing.
        if (decimal.precision() - decimal.scale() > 19) {
            throw DomainException.invalid(
                    field, "platform.api.json.expectedInteger", String.valueOf(min), String.valueOf(max));
        }
        try {
            long whole = decimal.signum() == 0 ? 0 : decimal.longValueExact();
            if (whole < min || whole > max) {
                throw DomainException.invalid(
                        field, "platform.api.json.expectedInteger", String.valueOf(min), String.valueOf(max));
            }
            return whole;
        } catch (ArithmeticException fractionOrTooLarge) {
            throw DomainException.invalid(
                    field, "platform.api.json.expectedInteger", String.valueOf(min), String.valueOf(max));
        }
    }

    private static BigDecimal sized(BigDecimal decimal, String field) {
        if (decimal.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (decimal.precision() - decimal.scale() > MAX_DIGITS || decimal.scale() > MAX_DIGITS) {
            throw DomainException.invalid(field, "platform.api.json.numberTooLarge");
        }
        return decimal;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
