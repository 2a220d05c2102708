package dev.presync.sync.example;

import dev.presync.compiler.Compilation;
import dev.presync.compiler.Engine;
import dev.presync.compiler.PresyncCompiler;
import dev.presync.sync.ConnectGateway;
import dev.presync.sync.Outcome;
import dev.presync.sync.SalesforceGateway;
import dev.presync.sync.SyncEngine;
import dev.presync.sync.SyncPolicy;
import dev.presync.sync.source.AgentEventRecords;
import dev.presync.sync.source.OmniChannelEvents;
import dev.presync.sync.source.Reading;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

// BEGIN docs/engine.md
/** Keeps Connect and Omni-Channel in step inside your service: feed it each record as it arrives. */
public final class PresenceSyncService {
    private static final System.Logger LOG = System.getLogger("presence-sync");
    private final SyncEngine engine;

    public PresenceSyncService(Path rulesFile, SalesforceGateway salesforce, ConnectGateway connect) throws IOException {
        Compilation compilation = PresyncCompiler.compile(rulesFile, rulesFile.toString());
        if (compilation.hasErrors()) {
            throw new IllegalArgumentException(compilation.render());
        }
        // Gateways should hand work off and return: the engine calls them while holding the agent's lock.
        engine = new SyncEngine(PresyncCompiler.load(compilation, Engine.COMPILED), salesforce, connect, SyncPolicy.defaults());
    }

    /** One Kinesis record of the Agent Event Stream, already parsed by your JSON library. */
    public Optional<Outcome> onAgentEvent(Map<String, Object> record) {
        return accept(AgentEventRecords.read(record));
    }

    /** One Omni-Channel event (e.g. a Platform Event from a small Lightning component), keyed by the Connect username. */
    public Optional<Outcome> onOmniEvent(Map<String, Object> event) {
        return accept(OmniChannelEvents.read(event));
    }

    private Optional<Outcome> accept(Reading reading) {
        if (reading instanceof Reading.Event e) {
            return Optional.of(engine.accept(e.event())); // commands sent, skipped, stopped or failed
        }
        if (reading instanceof Reading.Problem p) {
            LOG.log(System.Logger.Level.WARNING, "bad record at " + String.join(".", p.keyPath()) + ": " + p.message());
        }
        return Optional.empty(); // or Reading.Ignored: HEART_BEAT, LOGIN or LOGOUT without a snapshot
    }
}
// END docs/engine.md
