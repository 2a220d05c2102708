package dev.presync.sync.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.sync.source.OmniChannelEvents;
import java.util.Map;

/**
 * Any JSON object as an Omni-Channel event: the reader answers with an event or a problem at a
 * key, never an exception; and one whose values the typed entry point holds reads the same there. Seeds: the replay goldens' events.
 */
class OmniChannelEventsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readEvent(byte[] bytes) {
        ParsedRecords.assertReads(bytes, OmniChannelEvents::read, OmniChannelEvents.keysRead());
        for (Map<String, Object> record : ParsedRecords.of(bytes)) {
            var fields = TypedRecords.omniEvent(record);
            if (fields != null) {
                TypedRecords.assertSame(OmniChannelEvents.read(record), OmniChannelEvents.read(fields));
            }
        }
    }
}
