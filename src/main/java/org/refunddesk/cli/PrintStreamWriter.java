package org.refunddesk.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.CharBuffer;

/** A Writer onto the command's output stream, so streamed text is encoded as everything else it prints. */
final class PrintStreamWriter extends Writer {
    private final PrintStream out;

    PrintStreamWriter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        out.append(CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String text) {
        out.print(text);
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }
}
