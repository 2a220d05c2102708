package dev.presync.flink.job;

import dev.presync.sync.AgentSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AgentSnapshot} as a Flink POJO, which is how it sits in keyed state: Flink serialises
 * POJOs field by field and can evolve them, where a record would fall back to Kryo.
 */
public class AgentStateData {
    public String agent;
    public String connectStatus;
    public String salesforceStatus;
    public Long workload;
    public Long capacity;
    public String pendingConnect;
    public String pendingSalesforce;
    public ArrayList<String> chainRules = new ArrayList<>();
    public int chainSent;
    public boolean oscillationReported;

    public AgentStateData() {
    }

    static AgentStateData of(AgentSnapshot s) {
        AgentStateData d = new AgentStateData();
        d.agent = s.agent();
        d.connectStatus = s.connectStatus();
        d.salesforceStatus = s.salesforceStatus();
        d.workload = s.workload();
        d.capacity = s.capacity();
        d.pendingConnect = s.pendingConnect();
        d.pendingSalesforce = s.pendingSalesforce();
        d.chainRules = new ArrayList<>(s.chainRules());
        d.chainSent = s.chainSent();
        d.oscillationReported = s.oscillationReported();
        return d;
    }

    AgentSnapshot snapshot() {
        return new AgentSnapshot(agent, connectStatus, salesforceStatus, workload, capacity, pendingConnect,
                pendingSalesforce, List.copyOf(chainRules), chainSent, oscillationReported);
    }
}
