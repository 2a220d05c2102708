package dev.presync.runtime;

/**
 * Receives the actions of one evaluation, in source order, through
 * {@link RuleSet#evaluate(RuleEvent, ActionSink)}. It exists so that a caller on the hot path (the
 * sync engine, the CLI's {@code run}) gets the actions without a list being built for it: with a
 * compiled rule set, that evaluation allocates nothing, however many rules fire.
 */
@FunctionalInterface
public interface ActionSink {
    /** One fired rule's action; called once per fired rule, in source order. */
    void accept(Action action);
}
