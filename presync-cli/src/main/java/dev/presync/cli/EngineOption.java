package dev.presync.cli;

import dev.presync.compiler.Engine;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --engine compiled|interpreted}. */
final class EngineOption implements ITypeConverter<Engine> {
    static final String DESCRIPTION = "compiled (default: bytecode) or interpreted (the reference interpreter); "
            + "both give the same output.";

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
