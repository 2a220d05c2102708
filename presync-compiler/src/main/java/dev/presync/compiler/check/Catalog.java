package dev.presync.compiler.check;

import dev.presync.runtime.ConnectSystemStatus;
import dev.presync.runtime.Destination;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statuses an org really has, declared with {@code status} lines: Salesforce presence statuses
 * (Online with service channels, or Busy) and Connect agent statuses. Without declarations the
 * catalog is empty and every name passes.
 */
final class Catalog {
    private final Map<String, Boolean> salesforceOnline = new LinkedHashMap<>();
    private final Set<String> connect = new LinkedHashSet<>(ConnectSystemStatus.NAMES);
    private final Set<String> channels = new LinkedHashSet<>();
    private boolean declared;

    void addSalesforce(String status, boolean online, List<String> statusChannels) {
        declared = true;
        salesforceOnline.put(status, online);
        channels.addAll(statusChannels);
    }

    void addConnect(String status) {
        declared = true;
        connect.add(status);
    }

    boolean isDeclared() {
        return declared;
    }

    boolean contains(Destination system, String status) {
        return system == Destination.SALESFORCE ? salesforceOnline.containsKey(status) : connect.contains(status);
    }

    /** Every status name known for {@code system}, for suggestions. */
    List<String> statuses(Destination system) {
        return new ArrayList<>(system == Destination.SALESFORCE ? salesforceOnline.keySet() : connect);
    }

    Set<String> channels() {
        return channels;
    }
}
