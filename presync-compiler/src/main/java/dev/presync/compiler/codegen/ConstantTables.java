package dev.presync.compiler.codegen;

import dev.presync.runtime.Action;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;
import org.objectweb.asm.commons.Method;

/**
 * The generated class's constants: literal strings, long and BigInteger literals, actions and
 * index arrays. They live in private static final array fields that {@code <clinit>} decodes from
 * a few string constants, so the constant pool does not grow with the rule count (20,000 rules
 * with their own literals, labels and states would need well over 65,535 pool entries as
 * {@code ldc} constants). Pools are deduplicated in first-use order, which keeps output
 * deterministic.
 */
final class ConstantTables {
    enum Kind {
        STRINGS("[Ljava/lang/String;", "readStrings"),
        INTS("[I", "readInts"),
        INT_ARRAYS("[[I", "readIntArrays"),
        LONGS("[J", "readLongs"),
        BIGS("[Ljava/math/BigInteger;", "readBigs"),
        ACTIONS("[Ldev/presync/runtime/Action;", "readActions");

        final String descriptor;
        final String reader;

        Kind(String descriptor, String reader) {
            this.descriptor = descriptor;
            this.reader = reader;
        }
    }

    static final String STRINGS_FIELD = "strings";
    static final String LONGS_FIELD = "longs";
    static final String BIGS_FIELD = "bigs";
    /** The most bytes one CONSTANT_Utf8 can hold. */
    private static final int UTF8_LIMIT = 65535;

    private record Table(String field, Kind kind, Object value) {
    }

    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final Map<Long, Integer> longs = new LinkedHashMap<>();
    private final Map<BigInteger, Integer> bigs = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();

    int stringIndex(String value) {
        return strings.computeIfAbsent(value, v -> strings.size());
    }

    int longIndex(long value) {
        return longs.computeIfAbsent(value, v -> longs.size());
    }

    int bigIndex(BigInteger value) {
        return bigs.computeIfAbsent(value, v -> bigs.size());
    }

    /** A named table; value is a String[], int[], int[][], long[] or Action[] matching kind. */
    void add(String field, Kind kind, Object value) {
        tables.add(new Table(field, kind, value));
    }

    /** Declares every table field and emits the decoding into {@code clinit}; pools go first. */
    void emit(ClassVisitor cv, GeneratorAdapter clinit, String className) {
        List<Table> all = new ArrayList<>();
        all.add(new Table(STRINGS_FIELD, Kind.STRINGS, strings.keySet().toArray(new String[0])));
        all.add(new Table(LONGS_FIELD, Kind.LONGS, longs.keySet().stream().mapToLong(Long::longValue).toArray()));
        all.add(new Table(BIGS_FIELD, Kind.BIGS, bigs.keySet().toArray(new BigInteger[0])));
        all.addAll(tables);
        StringBuilder data = new StringBuilder();
        for (Table t : all) {
            cv.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, t.field(), t.kind().descriptor,
                    null, null).visitEnd();
            encode(t, data);
        }
        List<String> chunks = chunks(data);
        Type self = Type.getObjectType(className);
        Type string = Type.getType(String.class);
        clinit.push(chunks.get(0));
        for (String chunk : chunks.subList(1, chunks.size())) {
            clinit.push(chunk);
            clinit.invokeVirtual(string, Method.getMethod("String concat(String)"));
        }
        int data0 = clinit.newLocal(string);
        clinit.storeLocal(data0);
        int at = clinit.newLocal(Type.getType(int[].class));
        clinit.push(1);
        clinit.newArray(Type.INT_TYPE);
        clinit.storeLocal(at);
        for (Table t : all) {
            clinit.loadLocal(data0);
            clinit.loadLocal(at);
            clinit.invokeStatic(self, new Method(t.kind().reader, "(Ljava/lang/String;[I)" + t.kind().descriptor));
            clinit.putStatic(self, t.field(), Type.getType(t.kind().descriptor));
        }
    }

    private static void encode(Table t, StringBuilder out) {
        switch (t.kind()) {
            case STRINGS -> {
                String[] v = (String[]) t.value();
                writeInt(out, v.length);
                for (String s : v) {
                    writeString(out, s);
                }
            }
            case BIGS -> {
                BigInteger[] v = (BigInteger[]) t.value();
                writeInt(out, v.length);
                for (BigInteger b : v) {
                    writeString(out, b.toString());
                }
            }
            case INTS -> writeInts(out, (int[]) t.value());
            case INT_ARRAYS -> {
                int[][] v = (int[][]) t.value();
                writeInt(out, v.length);
                for (int[] a : v) {
                    writeInts(out, a);
                }
            }
            case LONGS -> {
                long[] v = (long[]) t.value();
                writeInt(out, v.length);
                for (long l : v) {
                    writeInt(out, (int) (l >>> 32));
                    writeInt(out, (int) l);
                }
            }
            case ACTIONS -> {
                Action[] v = (Action[]) t.value();
                writeInt(out, v.length);
                for (Action a : v) {
                    writeString(out, a.destination().name());
                    writeString(out, a.state());
                    writeString(out, a.rule());
                }
            }
        }
    }

    private static void writeInts(StringBuilder out, int[] values) {
        writeInt(out, values.length);
        for (int v : values) {
            writeInt(out, v);
        }
    }

    private static void writeInt(StringBuilder out, int value) {
        out.append((char) (value >>> 16)).append((char) value);
    }

    private static void writeString(StringBuilder out, String value) {
        if (value == null) {
            writeInt(out, -1);
        } else {
            writeInt(out, value.length());
            out.append(value);
        }
    }

    /** Splits into pieces that each fit one CONSTANT_Utf8 (modified UTF-8: 1 to 3 bytes a char). */
    private static List<String> chunks(CharSequence data) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            int size = c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (bytes + size > UTF8_LIMIT) {
                out.add(data.subSequence(start, i).toString());
                start = i;
                bytes = 0;
            }
            bytes += size;
        }
        out.add(data.subSequence(start, data.length()).toString());
        return out;
    }
}
