package dev.presync.cli.events;

import com.fasterxml.jackson.core.JsonToken;
import dev.presync.sync.source.OmniChannelFields;
import java.io.IOException;

/**
 * The fast reading of an Omni-Channel event that is fine: from the byte parser's tokens straight
 * into the {@link OmniChannelFields} the reader takes, with no map and no field records. Every
 * other token is still read and every key checked for a repeat ({@link DirectTokens}); at the first
 * doubt it answers null and the caller reads the line the careful way, which alone words messages.
 */
public final class DirectOmniEvent {
    private DirectOmniEvent() {
    }

    /** The values of the plain line ({@link AsciiLines#isPlain}) at {@code offset}, or null when it is not plainly fine. */
    public static OmniChannelFields read(byte[] bytes, int offset, int length) {
        try (DirectTokens in = DirectTokens.of(bytes, offset, length)) {
            return in == null ? null : read(in);
        } catch (Exception e) { // any doubt at all: the careful reading decides
            return null;
        }
    }

    private static OmniChannelFields read(DirectTokens in) throws IOException, SeenNames.GiveUp {
        in.object(in.next());
        String time = null;
        String agent = null;
        String type = null;
        String status = null;
        String reason = null;
        String channel = null;
        Long capacity = null;
        Long previous = null;
        Long workload = null;
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.name();
            JsonToken t = in.next();
            switch (name) {
                case "time" -> time = in.text(t);
                case "agent" -> agent = in.text(t);
                case "type" -> type = in.text(t);
                case "statusApiName" -> status = in.text(t);
                case "reason" -> reason = in.text(t);
                case "serviceChannel" -> channel = in.text(t);
                case "configuredCapacity" -> capacity = in.whole(t);
                case "previousWorkload" -> previous = in.whole(t);
                case "newWorkload" -> workload = in.whole(t);
                default -> in.skip(t);
            }
        }
        in.end();
        return new OmniChannelFields(time, agent, type, status, reason, channel, capacity, previous, workload);
    }
}
