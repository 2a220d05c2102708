package dev.presync.sync.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads values out of an already-parsed JSON object, whatever library parsed it: objects are
 * {@link Map}s, texts {@link String}s, numbers any {@link Number} (Jackson gives Integer, Long,
 * BigInteger, Double or BigDecimal; others give BigDecimal for all).
 */
final class JsonValues {
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JsonValues() {
    }

    /** The object at {@code path} under {@code root}, or null when any step is missing or not an object. */
    @SuppressWarnings("unchecked")
    static Map<String, ?> objectAt(Map<String, ?> root, String... path) {
        Object at = root;
        for (String step : path) {
            if (!(at instanceof Map)) {
                return null;
            }
            at = ((Map<String, ?>) at).get(step);
        }
        return at instanceof Map ? (Map<String, ?>) at : null;
    }

    /** The string at {@code key}, or null when missing or not a string. */
    static String string(Map<String, ?> object, String key) {
        if (object == null) {
            return null;
        }
        return object.get(key) instanceof String s ? s : null;
    }

    /** An ISO-8601 time with an offset, e.g. {@code 2019-08-13T20:58:44.031Z}; null when it is not one. */
    static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String notATime(String key, String text) {
        return "\"" + key + "\" is not an ISO-8601 time such as 2026-11-24T09:00:00Z: " + text;
    }

    /** {@code value} as a whole number from 0 to {@link Long#MAX_VALUE}, or null when it is not one. */
    static Long wholeNumber(Object value) {
        BigDecimal n = decimal(value);
        if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(MAX) > 0) {
            return null;
        }
        return n.longValueExact();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof Number other) {
            try {
                return new BigDecimal(other.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
