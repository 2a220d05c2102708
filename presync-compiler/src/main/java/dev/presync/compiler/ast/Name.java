package dev.presync.compiler.ast;

/** A name as written (event, operand, destination, rule or status kind) and where. */
public record Name(String text, Span span) {
}
