package dev.presync.compiler.lint;

import dev.presync.compiler.checked.Condition;
import dev.presync.compiler.checked.Term;
import dev.presync.runtime.Destination;
import dev.presync.runtime.EventType;
import dev.presync.runtime.Operand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The status graph of a rule set: a node per (system, status) the rules name, an edge from a
 * status to each status a rule may set when an agent reaches it. A command to the status a system
 * already has produces no event, so self-edges are dropped. Only statuses on a cycle of this graph
 * can take part in a sync loop, which keeps the exact simulation to a few starting points. Edges
 * are over-approximate (a rule not pinned to a status gets an edge from every status), which can
 * only add starting points, never lose one.
 */
final class StatusGraph {
    /** A system and one of its statuses. */
    record Node(Destination system, String status) {
        @Override
        public String toString() {
            return system.spelling() + " '" + status + "'";
        }
    }

    private final Set<String> connect = new LinkedHashSet<>();
    private final Set<String> salesforce = new LinkedHashSet<>();
    private final Map<Node, Set<Node>> edges = new HashMap<>();

    StatusGraph(List<LintedRule> rules) {
        for (LintedRule r : rules) {
            if (isStateChange(r.rule().event())) {
                collectTexts(r.rule().condition(), r.rule().event().origin());
            }
            (r.rule().destination() == Destination.CONNECT ? connect : salesforce).add(r.rule().state());
        }
        for (LintedRule r : rules) {
            EventType event = r.rule().event();
            if (!isStateChange(event)) {
                continue;
            }
            Operand key = event == EventType.CONNECT_AGENT_STATE_CHANGE ? Operand.CONNECT_NEW_STATE : Operand.SALESFORCE_NEW_STATE;
            Set<Object> pinned = Pins.of(r.rule().condition()).get(key);
            Node to = new Node(r.rule().destination(), r.rule().state());
            for (String from : pinned != null ? pinned.stream().map(String.class::cast).toList() : statuses(event.origin())) {
                Node f = new Node(event.origin(), from);
                if (!f.equals(to)) {
                    edges.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(to);
                }
            }
        }
    }

    static boolean isStateChange(EventType event) {
        return event == EventType.CONNECT_AGENT_STATE_CHANGE || event == EventType.SALESFORCE_AGENT_STATE_CHANGE;
    }

    /** Every status of {@code system} the rules compare or set. */
    List<String> statuses(Destination system) {
        return new ArrayList<>(system == Destination.CONNECT ? connect : salesforce);
    }

    /**
     * The nodes that lie on some cycle of two or more nodes, in a stable order: the nodes of the
     * strongly connected components with more than one node (Kosaraju, iterative, linear).
     */
    List<Node> onCycles() {
        List<Node> all = new ArrayList<>();
        connect.forEach(s -> all.add(new Node(Destination.CONNECT, s)));
        salesforce.forEach(s -> all.add(new Node(Destination.SALESFORCE, s)));
        Map<Node, Set<Node>> reverse = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(from)));
        List<Node> finished = new ArrayList<>();
        Set<Node> visited = new java.util.HashSet<>();
        for (Node n : all) {
            postOrder(n, edges, visited, finished);
        }
        Map<Node, Integer> component = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = finished.size() - 1; i >= 0; i--) {
            Node root = finished.get(i);
            if (component.containsKey(root)) {
                continue;
            }
            int id = component.size();
            List<Node> work = new ArrayList<>(List.of(root));
            component.put(root, id);
            while (!work.isEmpty()) {
                Node m = work.remove(work.size() - 1);
                sizes.merge(id, 1, Integer::sum);
                for (Node p : reverse.getOrDefault(m, Set.of())) {
                    if (component.putIfAbsent(p, id) == null) {
                        work.add(p);
                    }
                }
            }
        }
        return all.stream().filter(n -> sizes.getOrDefault(component.get(n), 0) > 1).toList();
    }

    private static void postOrder(Node start, Map<Node, Set<Node>> edges, Set<Node> visited, List<Node> finished) {
        if (!visited.add(start)) {
            return;
        }
        List<Node> stack = new ArrayList<>(List.of(start));
        List<java.util.Iterator<Node>> iterators = new ArrayList<>(List.of(edges.getOrDefault(start, Set.of()).iterator()));
        while (!stack.isEmpty()) {
            java.util.Iterator<Node> it = iterators.get(iterators.size() - 1);
            if (it.hasNext()) {
                Node next = it.next();
                if (visited.add(next)) {
                    stack.add(next);
                    iterators.add(edges.getOrDefault(next, Set.of()).iterator());
                }
            } else {
                finished.add(stack.remove(stack.size() - 1));
                iterators.remove(iterators.size() - 1);
            }
        }
    }

    private void collectTexts(Condition c, Destination system) {
        if (c instanceof Condition.Compare cmp) {
            for (Term t : List.of(cmp.left(), cmp.right())) {
                if (t instanceof Term.Text text) {
                    (system == Destination.CONNECT ? connect : salesforce).add(text.value());
                }
            }
        } else if (c instanceof Condition.Not not) {
            collectTexts(not.operand(), system);
        } else if (c instanceof Condition.All all) {
            all.operands().forEach(x -> collectTexts(x, system));
        } else if (c instanceof Condition.Any any) {
            any.operands().forEach(x -> collectTexts(x, system));
        }
    }
}
