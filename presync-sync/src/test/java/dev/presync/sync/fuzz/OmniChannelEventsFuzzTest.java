package dev.presync.sync.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.sync.source.OmniChannelEvents;

/**
 * Any JSON object as an Omni-Channel event: the reader answers with an event or a problem at a
 * key, never an exception. Seeds: the replay goldens' events.
 */
class OmniChannelEventsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readEvent(byte[] bytes) {
        ParsedRecords.assertReads(bytes, OmniChannelEvents::read, OmniChannelEvents.keysRead());
    }
}
