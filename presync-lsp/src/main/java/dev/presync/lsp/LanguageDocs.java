package dev.presync.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hover text, read from the language reference itself (docs/language.md, copied into the jar at
 * build time): each table row whose first cell is a name in backticks documents that name, and
 * its other cells are shown under their column headings. One source, so the two never differ.
 */
final class LanguageDocs {
    static final String RESOURCE = "language.md";
    private static final LanguageDocs BUNDLED = load();

    private final Map<String, String> byName;

    LanguageDocs(String markdown) {
        byName = parse(markdown);
    }

    static LanguageDocs bundled() {
        return BUNDLED;
    }

    /** The Markdown shown for {@code name}, or null when the reference has no row for it. */
    String of(String name) {
        return byName.get(name);
    }

    private static Map<String, String> parse(String markdown) {
        Map<String, String> docs = new HashMap<>();
        List<String> headings = null;
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("|")) {
                headings = null;
                continue;
            }
            List<String> cells = cells(line);
            if (headings == null) {
                headings = cells;
                continue;
            }
            if (cells.isEmpty() || cells.get(0).startsWith("---") || !isName(cells.get(0))) {
                continue;
            }
            String name = cells.get(0).substring(1, cells.get(0).length() - 1);
            StringBuilder text = new StringBuilder("`").append(name).append("` — ").append(headings.get(0).toLowerCase());
            for (int i = 1; i < cells.size() && i < headings.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    text.append("\n\n").append(headings.get(i)).append(": ").append(cells.get(i));
                }
            }
            docs.putIfAbsent(name, text.toString());
        }
        return docs;
    }

    private static boolean isName(String cell) {
        return cell.length() > 2 && cell.startsWith("`") && cell.endsWith("`") && cell.indexOf('`', 1) == cell.length() - 1;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        return List.of(inner.split("\\|", -1)).stream().map(String::strip).toList();
    }

    private static LanguageDocs load() {
        try (InputStream in = LanguageDocs.class.getResourceAsStream(RESOURCE)) {
            return new LanguageDocs(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
