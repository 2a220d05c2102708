package dev.presync.sync;

import static dev.presync.runtime.ConnectSystemStatus.AFTER_CALL_WORK;
import static dev.presync.runtime.ConnectSystemStatus.BUSY;
import static dev.presync.runtime.ConnectSystemStatus.CALLING_CUSTOMER;
import static dev.presync.runtime.ConnectSystemStatus.PENDING;
import static dev.presync.runtime.ConnectSystemStatus.PENDING_BUSY;

import java.util.List;

/**
 * The Connect status a rule sees, derived the way the CCP shows it (the statuses themselves are
 * listed once, in {@link dev.presync.runtime.ConnectSystemStatus}). The agent event stream's
 * {@code AgentStatus.Name} is only the status the agent chose; during a call it stays e.g.
 * {@code Available}. The system statuses come from the agent's contacts.
 *
 * <p>The contact that puts the agent furthest into work decides, in this order:
 * <ol>
 *   <li>a contact CONNECTED or CONNECTED_ONHOLD: {@code Busy};</li>
 *   <li>an OUTBOUND contact CONNECTING or INCOMING, or a CALLBACK contact CONNECTING (the agent
 *       accepted it and Connect dials the customer): {@code CallingCustomer};</li>
 *   <li>any other contact INCOMING or CONNECTING (inbound, transfer, queue transfer, API):
 *       {@code PendingBusy};</li>
 *   <li>a CALLBACK contact INCOMING, or any contact PENDING (a queued callback offered):
 *       {@code Pending};</li>
 *   <li>a contact still listed as ENDED (after-contact work): {@code AfterCallWork};</li>
 *   <li>otherwise (no contacts, or only MISSED, ERROR, REJECTED): the chosen status.</li>
 * </ol>
 */
public final class ConnectStatus {
    /** In order of precedence, from the most engaged. */
    private static final List<String> PRECEDENCE = List.of(BUSY, CALLING_CUSTOMER, PENDING_BUSY, PENDING, AFTER_CALL_WORK);

    /** One entry of a snapshot's {@code Contacts}; any field may be null. */
    public record Contact(String channel, String initiationMethod, String state) {
    }

    private ConnectStatus() {
    }

    /** The status the CCP shows for the chosen status name and the listed contacts. */
    public static String derive(String chosenStatus, List<Contact> contacts) {
        int best = PRECEDENCE.size();
        for (Contact c : contacts) {
            String s = of(c);
            if (s != null) {
                best = Math.min(best, PRECEDENCE.indexOf(s));
            }
        }
        return best < PRECEDENCE.size() ? PRECEDENCE.get(best) : chosenStatus;
    }

    /** The system status one contact implies, or null. */
    static String of(Contact c) {
        String state = c.state() == null ? "" : c.state();
        String method = c.initiationMethod() == null ? "" : c.initiationMethod();
        switch (state) {
            case "CONNECTED", "CONNECTED_ONHOLD":
                return BUSY;
            case "CONNECTING":
                return method.equals("OUTBOUND") || method.equals("CALLBACK") ? CALLING_CUSTOMER : PENDING_BUSY;
            case "INCOMING":
                if (method.equals("OUTBOUND")) {
                    return CALLING_CUSTOMER;
                }
                return method.equals("CALLBACK") ? PENDING : PENDING_BUSY;
            case "PENDING":
                return PENDING;
            case "ENDED":
                return AFTER_CALL_WORK;
            default:
                return null;
        }
    }
}
