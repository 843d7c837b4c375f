package dev.livesell.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and, where the bytes are not UTF-8 (a file saved as GBK), fails with the line they are on: every
 * character before them is handed out first, then {@link NotUtf8} names the 1-based line. The JDK's readers fail
 * on the whole buffer they were decoding, often thousands of lines before the bad one. Not thread-safe.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean eof;
    private boolean flushed;
    private long newlines;
    private NotUtf8 failure;

    /** Bytes that are not UTF-8, on a 1-based line. */
    static final class NotUtf8 extends IOException {
        private final long line;

        NotUtf8(long line, String what) {
            super("line " + line + " is not UTF-8 text (" + what + ")");
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                int produced = out.position() - off;
                failure = new NotUtf8(newlines + count(cbuf, off, produced) + 1, r.isMalformed()
                        ? "malformed input of " + r.length() + " byte" + (r.length() == 1 ? "" : "s") : "unmappable character");
                if (produced == 0) {
                    throw failure;
                }
                break;
            }
            if (r.isUnderflow() && out.position() == off) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        int produced = out.position() - off;
        newlines += count(cbuf, off, produced);
        return produced == 0 ? -1 : produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private static long count(char[] cbuf, int off, int n) {
        long c = 0;
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == '\n') {
                c++;
            }
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
