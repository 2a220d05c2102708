package dev.presync.sync.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.presync.sync.source.KeysRead;
import dev.presync.sync.source.Reading;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fuzzed bytes as the maps an embedder hands a reader: UTF-8 text parsed as JSON twice, with Jackson's
 * defaults and with exact numbers, as a Kinesis consumer or a Flink job might. Bytes that are not
 * a JSON object are not the readers' concern and are skipped.
 */
final class ParsedRecords {
    private static final ObjectMapper DEFAULTS = new ObjectMapper();
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private ParsedRecords() {
    }

    static List<Map<String, Object>> of(byte[] bytes) {
        List<Map<String, Object>> maps = new ArrayList<>();
        String text;
        try {
            // Records are UTF-8 text (Kinesis, the replay files); Jackson's own guess at the
            // encoding of raw bytes (UTF-16, UTF-32) is not what any caller does.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return maps;
        }
        for (ObjectMapper mapper : List.of(DEFAULTS, EXACT)) {
            try {
                Map<String, Object> map = mapper.readValue(text, MAP);
                if (map != null) {
                    maps.add(map);
                }
            } catch (JsonProcessingException e) {
                // not a JSON object: nothing for a reader to read
            }
        }
        return maps;
    }

    /**
     * What every reader promises: a value for any map, the same value twice and for the map pruned
     * to the keys it reads, a problem that says something.
     */
    @SuppressWarnings("unchecked")
    static void assertReads(byte[] bytes, Function<Map<String, ?>, Reading> reader, KeysRead keys) {
        for (Map<String, Object> record : of(bytes)) {
            Reading reading = reader.apply(record);
            assertNotNull(reading);
            assertEquals(reading, reader.apply(record), "the same record read twice");
            assertEquals(reading, reader.apply((Map<String, ?>) keys.prune(record)), "the record pruned to " + keys);
            if (reading instanceof Reading.Problem p) {
                assertFalse(p.message().isBlank(), "a problem with no message");
            }
        }
    }
}
