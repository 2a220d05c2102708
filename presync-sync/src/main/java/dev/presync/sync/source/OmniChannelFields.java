package dev.presync.sync.source;

/**
 * The values of one Omni-Channel event that {@link OmniChannelEvents} reads, for a caller that
 * decodes the JSON straight from a parser's tokens instead of building a map of it. Each value is
 * what the event holds at that key, null when the key is missing or JSON null (the reader treats
 * both alike); a number is one written as a whole number within a {@code long}. An event holding a
 * value of another kind there (a number for a name, a fraction or a huge number for a workload)
 * cannot be put here: read it as a map, which says what is wrong with it.
 */
public record OmniChannelFields(String time, String agent, String type, String statusApiName, String reason,
                                String serviceChannel, Long configuredCapacity, Long previousWorkload,
                                Long newWorkload) {
}
