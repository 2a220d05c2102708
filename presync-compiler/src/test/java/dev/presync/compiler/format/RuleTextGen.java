package dev.presync.compiler.format;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Random rule files as text, laid out at random: tokens of valid declarations (and some the
 * checker rejects) joined by random white space, line ends and comments, in LF, CRLF or CR, with
 * or without a byte-order mark.
 */
final class RuleTextGen {
    private static final List<String> EVENTS = List.of("ConnectAgentStateChange", "SalesforceAgentStateChange",
            "SalesforceAgentLogout", "SalesforceWorkAccepted", "SalesforceWorkloadChanged", "ConectAgentStateChange");
    private static final List<String> TEXT_OPERANDS = List.of("ConnectNewState", "ConnectOldState",
            "SalesforceNewState", "SalesforceServiceChannel");
    private static final List<String> NUMBER_OPERANDS = List.of("SalesforceNewWorkload", "SalesforcePreviousWorkload",
            "SalesforceConfiguredCapacity", "SalesforceNewWorkloadPct");
    private static final List<String> STRINGS = List.of("'Lunch'", "'Offline'", "'a\\'b'", "'\\\\'", "'🍔'", "''",
            "'Available'", "'#not a comment'");
    private static final List<String> NUMBERS = List.of("0", "1", "33.33", "100", "12.50");
    private static final List<String> COMPARATORS = List.of("==", "!=", ">", ">=", "<", "<=");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", "\n", "\n  ", "\t", "\n\n",
            " # trailing note\n", "\n# own line\n", "\n\n# after a blank\n\n", "#tight\n");

    private RuleTextGen() {
    }

    static Gen<String> files() {
        return in -> {
            List<List<String>> decls = new ArrayList<>();
            int count = pick(in, 0, 6);
            for (int i = 0; i < count; i++) {
                int kind = pick(in, 0, 5);
                decls.add(kind <= 2 ? rule(in, i) : kind <= 4 ? status(in) : test(in));
            }
            StringBuilder text = new StringBuilder();
            if (pick(in, 0, 3) == 0) {
                text.append(pick(in, 0, 1) == 0 ? "# header\n\n" : "# about the first\n");
            }
            for (List<String> decl : decls) {
                for (String token : decl) {
                    text.append(token).append(SEPARATORS.get(pick(in, 0, SEPARATORS.size() - 1)));
                }
            }
            if (pick(in, 0, 3) == 0) {
                text.append("\n# the end");
            }
            String lineEnd = List.of("\n", "\n", "\r\n", "\r").get(pick(in, 0, 3));
            String out = text.toString().replace("\n", lineEnd);
            return pick(in, 0, 5) == 0 ? "\uFEFF" + out : out;
        };
    }

    private static List<String> rule(RandomnessSource in, int index) {
        List<String> t = new ArrayList<>();
        if (pick(in, 0, 5) == 0) {
            t.add("inactive");
        }
        int naming = pick(in, 0, 2);
        if (naming > 0) {
            t.add("rule");
            t.add(naming == 1 ? "R" + index : "'rule " + index + "'");
        }
        t.add("on");
        t.add(EVENTS.get(pick(in, 0, EVENTS.size() - 1)));
        if (pick(in, 0, 4) > 0) {
            t.add("when");
            cond(in, pick(in, 0, 4), t);
        }
        t.add("set");
        t.add(pick(in, 0, 1) == 0 ? "Salesforce" : "Connect");
        t.add(STRINGS.get(pick(in, 0, STRINGS.size() - 1)));
        return t;
    }

    private static void cond(RandomnessSource in, int depth, List<String> t) {
        int kind = depth == 0 ? 0 : pick(in, 0, 5);
        switch (kind) {
            case 0, 1 -> {
                boolean number = pick(in, 0, 1) == 0;
                t.add(pick(in, (number ? NUMBER_OPERANDS : TEXT_OPERANDS)));
                t.add(pick(in, COMPARATORS));
                t.add(pick(in, 0, 8) == 0 ? pick(in, number ? STRINGS : NUMBERS) : pick(in, number ? NUMBERS : STRINGS));
            }
            case 2 -> {
                t.add("not");
                cond(in, depth - 1, t);
            }
            case 3 -> {
                t.add("(");
                cond(in, depth - 1, t);
                t.add(")");
            }
            default -> {
                int n = pick(in, 2, 4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        t.add(kind == 4 ? "and" : "or");
                    }
                    cond(in, depth - 1, t);
                }
            }
        }
    }

    private static List<String> status(RandomnessSource in) {
        List<String> t = new ArrayList<>(List.of("status"));
        boolean salesforce = pick(in, 0, 1) == 0;
        t.add(salesforce ? "Salesforce" : "Connect");
        t.add(pick(in, STRINGS));
        if (salesforce && pick(in, 0, 1) == 0) {
            t.add("busy");
        } else if (salesforce) {
            t.add("online");
            t.add("channels");
            int n = pick(in, 1, 3);
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    t.add(",");
                }
                t.add("'ch" + i + "'");
            }
        }
        return t;
    }

    private static List<String> test(RandomnessSource in) {
        List<String> t = new ArrayList<>(List.of("test", "'t" + pick(in, 0, 9) + "'", "given", "ConnectAgentStateChange"));
        if (pick(in, 0, 1) == 0) {
            t.add("(");
            t.add("ConnectNewState");
            t.add(":");
            t.add(pick(in, STRINGS));
            if (pick(in, 0, 1) == 0) {
                t.addAll(List.of(",", "ConnectOldState", ":", "'Available'"));
            }
            t.add(")");
        }
        t.add("expect");
        if (pick(in, 0, 2) == 0) {
            t.add("nothing");
        } else {
            t.addAll(List.of("Salesforce", pick(in, STRINGS)));
            if (pick(in, 0, 1) == 0) {
                t.addAll(List.of("from", "R" + pick(in, 0, 5)));
            }
            if (pick(in, 0, 2) == 0) {
                t.addAll(List.of(",", "Connect", "'Lunch'"));
            }
        }
        return t;
    }

    private static String pick(RandomnessSource in, List<String> from) {
        return from.get(pick(in, 0, from.size() - 1));
    }

    private static int pick(RandomnessSource in, int low, int high) {
        return Generate.range(low, high).generate(in);
    }
}
