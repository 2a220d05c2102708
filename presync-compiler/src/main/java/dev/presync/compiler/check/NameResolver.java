package dev.presync.compiler.check;

import dev.presync.compiler.ast.Name;
import dev.presync.compiler.diag.Diagnostics;
import dev.presync.compiler.diag.Suggestions;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.Arrays;
import java.util.List;

/** Resolves event, destination and operand names, reporting unknown ones with a did-you-mean. */
final class NameResolver {
    static final List<String> EVENT_NAMES = Arrays.stream(EventType.values()).map(EventType::spelling).toList();
    static final List<String> DESTINATION_NAMES = Arrays.stream(Destination.values()).map(Destination::spelling).toList();
    static final List<String> OPERAND_NAMES = Arrays.stream(Operand.values()).map(Operand::spelling).toList();

    private final Diagnostics diagnostics;

    NameResolver(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The event, or null after reporting it as unknown. */
    EventType event(Name name) {
        EventType event = EventType.bySpelling(name.text());
        if (event == null) {
            String suggestion = Suggestions.closest(name.text(), EVENT_NAMES);
            diagnostics.error(name.span(), "unknown-event",
                    "unknown event '" + name.text() + "'" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"),
                    suggestion == null ? "events are " + String.join(", ", EVENT_NAMES) : null);
        }
        return event;
    }

    /** The destination, or null after reporting it as unknown. */
    Destination destination(Name name) {
        Destination destination = Destination.bySpelling(name.text());
        if (destination == null) {
            diagnostics.error(name.span(), "unknown-destination",
                    "unknown destination '" + name.text() + "'" + Suggestions.didYouMean(name.text(), DESTINATION_NAMES),
                    "a rule sets the status in Salesforce or in Connect");
        }
        return destination;
    }
}
