package dev.presync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A fault inside a command is one 'internal error:' line and exit 3, never a stack trace. */
class InternalErrorTest {
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final Throwable fault;

        Boom(Throwable fault) {
            this.fault = fault;
        }

        @Override
        public Integer call() throws Exception {
            if (fault instanceof Exception e) {
                throw e;
            }
            throw (Error) fault;
        }
    }

    @Test
    void aRuntimeFaultIsOneLineAndExitThree() {
        assertFault(new IllegalStateException("index out of step\nsecond line"),
                "internal error: IllegalStateException: index out of step (please report this, with the input that caused it)\n");
    }

    @Test
    void aStackOverflowIsOneLineAndExitThree() {
        assertFault(new StackOverflowError(),
                "internal error: StackOverflowError (please report this, with the input that caused it)\n");
    }

    private static void assertFault(Throwable fault, String expectedErr) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new Boom(fault), new PrintWriter(out), new PrintWriter(err));
        assertEquals(3, exit);
        assertEquals(expectedErr, err.toString());
        assertEquals("", out.toString());
    }
}
