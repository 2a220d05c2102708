package dev.presync.compiler.codegen;

import dev.presync.runtime.Operand;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.Method;

/**
 * The RuleEvent getters the generated code calls for each operand. A Pct is read as its parts:
 * the workload and the capacity, with presence meaning "both present and capacity not 0".
 */
final class OperandAccess {
    static final Type EVENT = Type.getObjectType("dev/presync/runtime/RuleEvent");

    private OperandAccess() {
    }

    static Method text(Operand o) {
        return switch (o) {
            case CONNECT_NEW_STATE -> getter("String connectNewState()");
            case CONNECT_OLD_STATE -> getter("String connectOldState()");
            case SALESFORCE_NEW_STATE -> getter("String salesforceNewState()");
            case SALESFORCE_SERVICE_CHANNEL -> getter("String salesforceServiceChannel()");
            default -> throw new IllegalArgumentException(o + " is not text");
        };
    }

    /** The boolean getter that says whether a number operand (plain or Pct) has a value. */
    static Method presence(Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD -> getter("boolean hasPreviousWorkload()");
            case SALESFORCE_NEW_WORKLOAD -> getter("boolean hasNewWorkload()");
            case SALESFORCE_CONFIGURED_CAPACITY -> getter("boolean hasConfiguredCapacity()");
            case SALESFORCE_PREVIOUS_WORKLOAD_PCT -> getter("boolean hasPreviousWorkloadPct()");
            case SALESFORCE_NEW_WORKLOAD_PCT -> getter("boolean hasNewWorkloadPct()");
            default -> throw new IllegalArgumentException(o + " is not a number");
        };
    }

    /** The whole number read for a number operand: the value itself, or a Pct's workload. */
    static Method numerator(Operand o) {
        return switch (o) {
            case SALESFORCE_PREVIOUS_WORKLOAD, SALESFORCE_PREVIOUS_WORKLOAD_PCT -> getter("long previousWorkload()");
            case SALESFORCE_NEW_WORKLOAD, SALESFORCE_NEW_WORKLOAD_PCT -> getter("long newWorkload()");
            case SALESFORCE_CONFIGURED_CAPACITY -> getter("long configuredCapacity()");
            default -> throw new IllegalArgumentException(o + " is not a number");
        };
    }

    /** A Pct's denominator. */
    static Method capacity() {
        return getter("long configuredCapacity()");
    }

    private static Method getter(String signature) {
        return Method.getMethod(signature);
    }
}
