package dev.presync.sync.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.presync.sync.source.AgentEventRecords;

/**
 * Any JSON object as an Amazon Connect Agent Event Stream record: the reader answers with an
 * event, an ignored record or a problem, never an exception. Seeds: the replay goldens' records.
 */
class AgentEventRecordsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readRecord(byte[] bytes) {
        ParsedRecords.assertReads(bytes, AgentEventRecords::read, AgentEventRecords.keysRead());
    }
}
