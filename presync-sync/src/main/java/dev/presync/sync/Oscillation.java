package dev.presync.sync;

import java.util.List;

/**
 * A chain of rule-caused commands for one agent that reached the policy's limit: the rules keep
 * answering each other's changes. The engine stops the chain and reports this once per chain.
 *
 * @param rules   the rules that issued commands in the chain, then the one stopped, each once,
 *                in the order they first acted
 * @param stopped the command that was not sent
 * @param sent    how many commands the chain had sent
 */
public record Oscillation(String agent, List<String> rules, Command stopped, int sent) {
    public Oscillation {
        rules = List.copyOf(rules);
    }
}
