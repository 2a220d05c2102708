package dev.presync.cli.day;

import java.time.Instant;

/**
 * One generated input line, with what it means to the model the test checks against.
 *
 * @param file        0 for the Connect stream, 1 for the Omni-Channel stream
 * @param meaning     what the line says, in the model's terms
 * @param quietAfter  the agent's last line before a quiet period
 */
record DayLine(Instant time, int file, String agent, String text, Meaning meaning, boolean quietAfter) {
    /** What a line means to the model. */
    sealed interface Meaning {
    }

    /** A Connect record showing this status (as the CCP shows it). */
    record ConnectShows(String status) implements Meaning {
    }

    record OmniStatus(String status) implements Meaning {
    }

    record OmniLogout() implements Meaning {
    }

    record WorkAccepted(String channel) implements Meaning {
    }

    record Workload(long previous, long now, long capacity) implements Meaning {
    }

    /** HEART_BEAT, LOGIN, LOGOUT: read and ignored. */
    record Ignored() implements Meaning {
    }

    /** A deliberately broken line: must be reported, and change nothing. */
    record Bad() implements Meaning {
    }
}
