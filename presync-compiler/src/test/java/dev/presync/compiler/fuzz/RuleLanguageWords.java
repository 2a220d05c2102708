package dev.presync.compiler.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The words of the rule language as a fuzzer dictionary: keywords, events, operands, systems and
 * the other tokens. Names are resolved through maps and ANTLR's tables, which Jazzer's comparison
 * hooks cannot see into, so without these a mutation rarely spells one.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DictionaryEntries({"rule ", " on ", " when ", " set ", "not ", " and ", " or ", "inactive ", "status ",
    " channels ", "test ", " given ", " expect ", "nothing", " from ", "==", "!=", ">=", "<=", "'",
    "ConnectAgentStateChange", "SalesforceAgentStateChange", "SalesforceAgentLogout", "SalesforceWorkAccepted",
    "SalesforceWorkloadChanged", "ConnectNewState", "ConnectOldState", "SalesforceNewState",
    "SalesforceServiceChannel", "SalesforcePreviousWorkload", "SalesforcePreviousWorkloadPct",
    "SalesforceNewWorkload", "SalesforceNewWorkloadPct", "SalesforceConfiguredCapacity", "Salesforce",
    "Connect", "online", "offline", "busy", "'Offline'", "'Available'", "'Busy'", "100", "0.5"})
@interface RuleLanguageWords {
}
