package dev.presync.compiler.props;

import java.util.ArrayList;
import java.util.List;

/** One edit of a rule file, at positions chosen by the generator and folded into the text's size. */
record Mutation(Kind kind, int at, int other, String token) {
    enum Kind { DELETE_CHAR, INSERT_CHAR, SWAP_CHARS, DUPLICATE_CHAR, DELETE_WORD, INSERT_WORD, SWAP_WORDS, DUPLICATE_WORD }

    String apply(String text) {
        switch (kind) {
            case DELETE_WORD, INSERT_WORD, SWAP_WORDS, DUPLICATE_WORD -> {
                return String.join(" ", applyToWords(new ArrayList<>(List.of(text.split(" ", -1)))));
            }
            default -> {
                return applyToChars(new StringBuilder(text)).toString();
            }
        }
    }

    private StringBuilder applyToChars(StringBuilder s) {
        if (s.length() == 0) {
            return kind == Kind.INSERT_CHAR ? s.append(token.charAt(0)) : s;
        }
        int i = at % s.length();
        int j = other % s.length();
        switch (kind) {
            case DELETE_CHAR -> s.deleteCharAt(i);
            case INSERT_CHAR -> s.insert(i, token.charAt(other % token.length()));
            case SWAP_CHARS -> {
                char c = s.charAt(i);
                s.setCharAt(i, s.charAt(j));
                s.setCharAt(j, c);
            }
            case DUPLICATE_CHAR -> s.insert(i, s.charAt(i));
            default -> throw new AssertionError(kind);
        }
        return s;
    }

    private List<String> applyToWords(List<String> words) {
        int i = at % words.size();
        int j = other % words.size();
        switch (kind) {
            case DELETE_WORD -> words.remove(i);
            case INSERT_WORD -> words.add(i, token);
            case SWAP_WORDS -> {
                String w = words.get(i);
                words.set(i, words.get(j));
                words.set(j, w);
            }
            case DUPLICATE_WORD -> words.add(i, words.get(i));
            default -> throw new AssertionError(kind);
        }
        return words;
    }
}
