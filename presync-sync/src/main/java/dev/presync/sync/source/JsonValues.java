package dev.presync.sync.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads values out of an already-parsed JSON object, whatever library parsed it: objects are
 * {@link Map}s, texts {@link String}s, numbers any {@link Number} (Jackson gives Integer, Long,
 * BigInteger, Double or BigDecimal; others give BigDecimal for all).
 */
final class JsonValues {
    private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Beyond this many digits of scale either way, a number in a message keeps its exponent. */
    private static final int PLAIN_SCALE = 100;

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

    /**
     * The string at {@code path}; a missing step, a step that is not an object, a value of another
     * type and an empty string are each reported as what they are, at the keys that lead there.
     */
    static String requiredText(Map<String, ?> root, String... path) throws RecordProblem {
        Object at = root;
        for (int i = 0; i < path.length; i++) {
            List<String> keys = Arrays.asList(path).subList(0, i + 1);
            if (!(at instanceof Map<?, ?> object)) {
                throw new RecordProblem(keys.subList(0, i), name(keys.subList(0, i)) + " must be an object, not " + describe(at));
            }
            at = object.get(path[i]);
            if (at == null) {
                throw new RecordProblem(keys, "missing " + name(Arrays.asList(path)));
            }
        }
        List<String> keys = Arrays.asList(path);
        if (!(at instanceof String text)) {
            throw new RecordProblem(keys, name(keys) + " must be a string, not " + describe(at));
        }
        if (text.isEmpty()) {
            throw new RecordProblem(keys, name(keys) + " is empty");
        }
        return text;
    }

    /** How a message names the key at {@code path}: {@code "time"}, or {@code A.B.C} for a nested one. */
    static String name(List<String> path) {
        return path.size() == 1 ? "\"" + path.get(0) + "\"" : String.join(".", path);
    }

    /** A parsed JSON value as a message shows it: {@code the string "5"}, {@code the number 5}, {@code an object}. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "the string \"" + s + "\"";
        }
        if (value instanceof Number n) {
            BigDecimal d = decimal(n);
            return "the number " + (d == null ? n.toString() : plain(d));
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof List ? "an array" : "a " + value.getClass().getSimpleName();
    }

    /**
     * {@code d} without an exponent while that stays short; an exponent such as {@code 1e-999999999}
     * would be a billion digits written out (an out-of-memory, not a message), so it keeps one.
     */
    private static String plain(BigDecimal d) {
        return Math.abs((long) d.scale()) <= PLAIN_SCALE ? d.toPlainString() : d.toString();
    }

    /** An ISO-8601 time with an offset, e.g. {@code 2019-08-13T20:58:44.031Z}; null when it is not one. */
    static Instant time(String text) {
        return IsoTimes.parse(text);
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
