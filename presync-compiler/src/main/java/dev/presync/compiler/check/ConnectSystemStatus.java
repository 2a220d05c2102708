package dev.presync.compiler.check;

import java.util.List;

/**
 * Amazon Connect's system statuses: a rule may match them, but Connect refuses to have them set.
 */
final class ConnectSystemStatus {
    static final List<String> NAMES = List.of("Busy", "Pending", "PendingBusy", "CallingCustomer", "AfterCallWork");

    private ConnectSystemStatus() {
    }

    static boolean is(String status) {
        return NAMES.contains(status);
    }
}
