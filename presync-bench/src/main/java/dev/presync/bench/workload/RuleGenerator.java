package dev.presync.bench.workload;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates rules over every event, every operand and every comparator, in the shapes the
 * examples use: keyed equalities with a second condition, {@code or} lists, {@code not}, string
 * ordering, literal-first comparisons, workload and capacity bounds, exact Pct bands and
 * field-to-field comparisons.
 *
 * <p>Rule {@code i} depends only on {@code i}, so a larger set extends a smaller one. Each rule
 * narrows on a value drawn from a large pool, so an event fires few generated rules at any size.
 * Pct thresholds are multiples of 0.25 and capacities at most 40: such comparisons come out the
 * same in binary floating point as in exact arithmetic, which lets peer engines use doubles.
 */
final class RuleGenerator {
    private static final int SHAPES = 18;
    /** One logout rule per this many generated rules: an org has few, and every one fires on every logout. */
    private static final int LOGOUT_EVERY = 5000;

    private RuleGenerator() {
    }

    /** The text of generated rule {@code i}. */
    static String rule(int i) {
        SplittableRandom r = new SplittableRandom(0x5eed_0000L + i);
        String name = String.format("gen_%05d", i);
        if (i % LOGOUT_EVERY == LOGOUT_EVERY / 2) {
            return "rule " + name + " on SalesforceAgentLogout when SalesforceNewState == 'Offline' set Connect "
                    + q(Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL)));
        }
        String a = q(Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL)));
        String b = q(Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL)));
        String c = q(Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL)));
        String p = q(Vocabulary.salesforceState(r.nextInt(Vocabulary.SALESFORCE_POOL)));
        String p2 = q(Vocabulary.salesforceState(r.nextInt(Vocabulary.SALESFORCE_POOL)));
        String ch = q(Vocabulary.channel(r.nextInt(Vocabulary.CHANNEL_POOL)));
        String ch2 = q(Vocabulary.channel(r.nextInt(Vocabulary.CHANNEL_POOL)));
        String toSalesforce = " set Salesforce " + q(Vocabulary.salesforceState(r.nextInt(Vocabulary.SALESFORCE_POOL)));
        String toConnect = " set Connect " + q(Vocabulary.connectState(r.nextInt(Vocabulary.CONNECT_POOL)));
        int cap = 1 + r.nextInt(Vocabulary.MAX_CAPACITY);
        int w = r.nextInt(cap + 1);
        int quarters = r.nextInt(4 * 120);
        String pct = pct(quarters);
        String pctHigh = pct(quarters + 1 + r.nextInt(8));
        String head = "rule " + name + " on ";
        return switch (i % SHAPES) {
            case 0 -> head + "ConnectAgentStateChange when ConnectNewState == " + a + " and ConnectOldState != " + b + toSalesforce;
            case 1 -> head + "ConnectAgentStateChange when ConnectNewState == " + a
                    + " and (ConnectOldState == " + b + " or ConnectOldState == " + c + ")" + toSalesforce;
            case 2 -> head + "ConnectAgentStateChange when ConnectOldState == " + a + " and ConnectNewState >= " + b
                    + " and ConnectNewState < " + c + toSalesforce;
            case 3 -> head + "ConnectAgentStateChange when ConnectNewState == " + a + " and not (ConnectOldState == " + b
                    + ")" + toSalesforce;
            case 4 -> head + "ConnectAgentStateChange when " + a + " == ConnectNewState and ConnectOldState <= " + b
                    + " and ConnectOldState > " + c + toSalesforce;
            case 5 -> head + "ConnectAgentStateChange when ConnectNewState == " + a + toSalesforce;
            case 6 -> head + "ConnectAgentStateChange when ConnectNewState == " + a + " or ConnectNewState == " + b + toSalesforce;
            case 7 -> head + "SalesforceAgentStateChange when SalesforceNewState == " + p + toConnect;
            case 8 -> head + "SalesforceAgentStateChange when SalesforceNewState == " + p + " or SalesforceNewState == " + p2 + toConnect;
            case 9 -> head + "SalesforceAgentStateChange when SalesforceNewState == " + p + toConnect;
            case 10 -> head + "SalesforceWorkAccepted when SalesforceServiceChannel == " + ch + toConnect;
            case 11 -> head + "SalesforceWorkAccepted when SalesforceServiceChannel == " + ch + " or SalesforceServiceChannel == " + ch2 + toConnect;
            case 12 -> head + "SalesforceWorkloadChanged when SalesforceConfiguredCapacity == " + cap
                    + " and SalesforceNewWorkload == " + w + " and SalesforcePreviousWorkload < " + w + toConnect;
            case 13 -> head + "ConnectAgentStateChange when ConnectOldState == " + a + " and ConnectNewState != " + b + toSalesforce;
            case 14 -> head + "SalesforceWorkloadChanged when SalesforcePreviousWorkload <= " + w + " and SalesforceNewWorkload == " + w
                    + " and SalesforceConfiguredCapacity == " + cap + " and SalesforceConfiguredCapacity != 0" + toConnect;
            case 15 -> head + "SalesforceWorkloadChanged when SalesforceNewWorkloadPct > " + pct + " and SalesforceNewWorkloadPct <= " + pctHigh
                    + " and SalesforceNewWorkload > SalesforcePreviousWorkload and SalesforceConfiguredCapacity == " + cap + toConnect;
            case 16 -> head + "SalesforceWorkloadChanged when SalesforcePreviousWorkloadPct >= " + pct + " and SalesforcePreviousWorkloadPct < "
                    + pctHigh + " and SalesforceNewWorkload < SalesforcePreviousWorkload and SalesforceConfiguredCapacity == " + cap + toConnect;
            default -> head + "ConnectAgentStateChange when ConnectNewState == " + a + " and ConnectOldState == " + b + toSalesforce;
        };
    }

    /** A Pct threshold: a multiple of 0.25, written as a decimal. */
    private static String pct(int quarters) {
        if (quarters % 4 == 0) {
            return Integer.toString(quarters / 4);
        }
        return String.format(Locale.ROOT, "%.2f", quarters / 4.0);
    }

    private static String q(String name) {
        return "'" + name + "'";
    }
}
