package dev.presync.runtime;

import java.util.List;

/**
 * Amazon Connect's system statuses, the one list of them: Connect sets these itself while an
 * agent handles a contact, so a rule may match them but never set them. The checker refuses
 * {@code set Connect 'Busy'}; the sync engine derives them from a snapshot's contacts and lets a
 * pending command wait while one is shown.
 */
public final class ConnectSystemStatus {
    public static final String BUSY = "Busy";
    public static final String PENDING = "Pending";
    public static final String PENDING_BUSY = "PendingBusy";
    public static final String CALLING_CUSTOMER = "CallingCustomer";
    public static final String AFTER_CALL_WORK = "AfterCallWork";

    /** Every system status, in the order messages list them. */
    public static final List<String> NAMES = List.of(BUSY, PENDING, PENDING_BUSY, CALLING_CUSTOMER, AFTER_CALL_WORK);

    private ConnectSystemStatus() {
    }

    /** True when Connect sets {@code status} itself. */
    public static boolean is(String status) {
        return NAMES.contains(status);
    }
}
