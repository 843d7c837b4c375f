package dev.livesell.core;

/**
 * Input data (a file, a line, a JSON document) could not be read. The message has the form
 * {@code source:line: field: what is wrong (was X)}, so the bad spot can be found without a debugger.
 * Readers throw it instead of returning partial results.
 */
public class DataFormatException extends LivesellException {
    private final String source;
    private final long line;
    private final String field;

    public DataFormatException(String source, long line, String field, String problem, Throwable cause) {
        super(source + ":" + line + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem, cause);
        this.source = source;
        this.line = line;
        this.field = field == null ? "" : field;
    }

    /** The file name or other description of where the data came from. */
    public String source() {
        return source;
    }

    /** 1-based line number (0 when the input is not line oriented). */
    public long line() {
        return line;
    }

    /** The offending field, or empty when the line as a whole is bad. */
    public String field() {
        return field;
    }
}
