package dev.presync.sync.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Parses JSON the way an embedder would, with Jackson's defaults (Integer, Long, Double…). */
final class Json {
    private static final ObjectMapper DEFAULTS = new ObjectMapper();
    private static final ObjectMapper DECIMALS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private Json() {
    }

    static Map<String, Object> parse(String json) {
        return parse(DEFAULTS, json);
    }

    /** As a parser that gives every number as BigDecimal or BigInteger. */
    static Map<String, Object> parseExact(String json) {
        return parse(DECIMALS, json);
    }

    private static Map<String, Object> parse(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
