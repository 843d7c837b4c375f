package dev.livesell.recommend.io;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text file line by line, tracking the line number for {@code file:line} errors. Not thread-safe. */
final class LineSource implements AutoCloseable {
    private final BufferedReader reader;
    private final String source;
    private long line;

    private LineSource(BufferedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    static LineSource open(Path file) {
        try {
            return new LineSource(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new LivesellException("no such file: " + file, e);
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static LineSource of(BufferedReader reader, String source) {
        return new LineSource(reader, source);
    }

    /** The next line (BOM stripped on line 1), or null at the end. */
    String next() {
        try {
            String s = reader.readLine();
            if (s != null) {
                line++;
                if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
                    s = s.substring(1);
                }
            }
            return s;
        } catch (IOException e) {
            throw new DataFormatException(source, line, "", "cannot read: " + e.getMessage(), e);
        }
    }

    long line() {
        return line;
    }

    String source() {
        return source;
    }

    DataFormatException error(String field, String problem) {
        return new DataFormatException(source, line, field, problem, null);
    }

    /** Parses a non-negative int field or fails with file:line. */
    int intField(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw error(field, "must be an integer (was " + text + ")");
        }
    }

    /** Parses epoch seconds (integer or decimal) or fails with file:line. */
    long epochSeconds(String field, String text) {
        String t = text.strip();
        try {
            if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
                double d = Double.parseDouble(t);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return (long) Math.floor(d);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            try {
                return java.time.Instant.parse(t).getEpochSecond();
            } catch (java.time.format.DateTimeParseException e2) {
                throw error(field, "must be epoch seconds or an ISO-8601 instant (was " + text + ")");
            }
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
