package dev.presync.bench.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The practical limit of reading JSON lines on the JVM: a Jackson streaming parser over each
 * line's bytes, every token read, every name and string materialised as a {@code String} and
 * every number as a value, which is the least any reader of these lines must do. Nothing is
 * checked or kept. One parser per line, as any reader must that carries on past a bad line (the
 * generated day holds a truncated record); a bad line is skipped. {@code main} is the
 * one-JVM-per-run counterpart of {@code bin/presync run|replay}.
 */
public final class BareParse {
    private static final JsonFactory FACTORY = new JsonFactory();

    private BareParse() {
    }

    /** Usage: {@code BareParse FILE...}; prints a sum over every token, so the work cannot be skipped. */
    public static void main(String[] args) throws IOException {
        long sum = 0;
        for (String f : args) {
            sum += parse(Files.readAllBytes(Path.of(f)));
        }
        System.out.println(sum);
    }

    /** Reads every token of every line of {@code bytes}; returns a sum that depends on every one. */
    public static long parse(byte[] bytes) throws IOException {
        long sum = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > start) {
                    sum += line(bytes, start, i - start);
                }
                start = i + 1;
            }
        }
        return sum;
    }

    private static long line(byte[] bytes, int offset, int length) throws IOException {
        long sum = 0;
        try (JsonParser p = FACTORY.createParser(bytes, offset, length)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> sum += p.currentName().length();
                    case VALUE_STRING -> sum += p.getText().length();
                    case VALUE_NUMBER_INT -> sum += p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> sum += (long) p.getDoubleValue();
                    default -> sum++;
                }
            }
        } catch (JsonProcessingException e) {
            sum--; // a bad line: skipped, as the commands report it and go on
        }
        return sum;
    }
}
