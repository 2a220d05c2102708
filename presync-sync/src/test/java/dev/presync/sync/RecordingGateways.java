package dev.presync.sync;

import java.util.ArrayList;
import java.util.List;

/** Both gateways, recording each call as "Salesforce agent state" or "Connect agent state". */
final class RecordingGateways implements SalesforceGateway, ConnectGateway {
    final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void setPresenceStatus(String agent, String statusApiName) {
        calls.add("Salesforce " + agent + " " + statusApiName);
    }

    @Override
    public synchronized void setAgentStatus(String agent, String statusName) {
        calls.add("Connect " + agent + " " + statusName);
    }
}
