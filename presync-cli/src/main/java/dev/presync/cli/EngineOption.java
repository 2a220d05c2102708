package dev.presync.cli;

import dev.presync.compiler.Engine;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --engine compiled|interpreted}, mixed into every command that evaluates rules. */
final class EngineOption {
    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "compiled", converter = Converter.class,
            description = "compiled (default: bytecode) or interpreted (the reference interpreter); "
                    + "both give the same output.")
    Engine engine;

    Engine engine() {
        return engine;
    }

    /** Reads the lower-case engine names. */
    static final class Converter implements ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            for (Engine e : Engine.values()) {
                if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return e;
                }
            }
            throw new TypeConversionException("unknown engine '" + value + "': use compiled or interpreted");
        }
    }
}
