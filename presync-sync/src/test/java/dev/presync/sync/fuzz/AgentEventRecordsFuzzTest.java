package dev.presync.sync.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.sync.source.AgentEventRecords;
import java.util.Map;

/**
 * Any JSON object as an Amazon Connect Agent Event Stream record: the reader answers with an
 * event, an ignored record or a problem, never an exception; and one whose values the typed entry
 * point holds reads the same there. Seeds: the replay goldens' records.
 */
class AgentEventRecordsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readRecord(byte[] bytes) {
        ParsedRecords.assertReads(bytes, AgentEventRecords::read, AgentEventRecords.keysRead());
        for (Map<String, Object> record : ParsedRecords.of(bytes)) {
            var fields = TypedRecords.agentEvent(record);
            if (fields != null) {
                TypedRecords.assertSame(AgentEventRecords.read(record), AgentEventRecords.read(fields));
            }
        }
    }
}
