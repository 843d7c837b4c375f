package dev.livesell.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.livesell.core.DataFormatException;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON codec of livesell: reads and writes every core type as JSON and JSON Lines.
 * Unknown fields are errors (nothing is silently dropped); a bad document or line fails with a
 * {@link DataFormatException} reading {@code source:line: field: what is wrong (was X)} and no
 * partial result is returned. All methods are thread-safe.
 *
 * <pre>{@code
 * List<Product> products = LivesellJson.readJsonLines(Path.of("products.jsonl"), Product.class);
 * String json = LivesellJson.write(products.get(0));
 * }</pre>
 */
public final class LivesellJson {
    private static final ObjectMapper MAPPER = newMapper();

    private LivesellJson() {
    }

    /**
     * A new mapper configured as livesell reads and writes its types (Java time and Optional support,
     * ISO-8601 instants, absent optionals omitted, unknown properties rejected). Configure your copy freely.
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
    }

    /** The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a copy of your own. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads one JSON document. */
    public static <T> T read(String json, Class<T> type) {
        return read(json, type, "<json>", 0);
    }

    /** Reads one JSON document from a file. */
    public static <T> T read(Path file, Class<T> type) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), type, file.toString(), 0);
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a value as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new LivesellException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a value as indented JSON. */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new LivesellException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a JSON Lines file: one value per non-blank line. */
    public static <T> List<T> readJsonLines(Path file, Class<T> type) {
        try (Reader r = new StrictUtf8Reader(Files.newInputStream(file))) {
            return readJsonLines(r, file.toString(), type);
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads JSON Lines from a reader; {@code source} names it in error messages. */
    public static <T> List<T> readJsonLines(Reader reader, String source, Class<T> type) {
        List<T> out = new ArrayList<>();
        forEachLine(reader, source, (line, lineNo) -> out.add(read(line, type, source, lineNo)));
        return List.copyOf(out);
    }

    /**
     * Visits every non-blank line of a JSON Lines input with its 1-based line number (a byte-order mark at the start
     * is removed); a failure to read is a {@link DataFormatException} naming {@code source} and the last line read
     * (bytes that are not UTF-8 are named by their own line when livesell opened the file: the {@code Path} readers).
     * The reader is not closed. What the visitor throws passes through.
     *
     * <p>Example: {@code LivesellJson.forEachLine(reader, "replies.jsonl", (line, n) -> parse(line, n))}
     */
    public static void forEachLine(Reader reader, String source, java.util.function.ObjLongConsumer<String> visitor) {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        long lineNo = 0;
        try {
            String line;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    visitor.accept(line, lineNo);
                }
            }
        } catch (IOException e) {
            throw cannotRead(e, source, lineNo);
        }
    }

    /** A read failure as a {@link DataFormatException}: bytes that are not UTF-8 on their line, else after the last line read. */
    static DataFormatException cannotRead(IOException e, String source, long lastLine) {
        if (e instanceof StrictUtf8Reader.NotUtf8 n) {
            return new DataFormatException(source, n.line(), "", "is not UTF-8 text; save the file as UTF-8 ("
                    + e.getMessage().substring(e.getMessage().indexOf('(') + 1), e);
        }
        return new DataFormatException(source, lastLine, "", "cannot read: " + e.getMessage(), e);
    }

    /** Writes values as JSON Lines (UTF-8, one compact document per line). */
    public static void writeJsonLines(Path file, List<?> values) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeJsonLines(w, values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes values as JSON Lines to a writer (not closed). */
    public static void writeJsonLines(Writer writer, List<?> values) {
        try {
            BufferedWriter w = writer instanceof BufferedWriter b ? b : new BufferedWriter(writer);
            for (Object v : values) {
                w.write(write(v));
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type, String source, long line) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw translate(e, source, line);
        }
    }

    /** Turns a Jackson failure into a {@link DataFormatException} naming source, line and field. */
    static DataFormatException translate(JsonProcessingException e, String source, long line) {
        long lineNo = line;
        if (lineNo == 0) {
            JsonLocation loc = e.getLocation();
            lineNo = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        }
        String path = e instanceof JsonMappingException m ? path(m) : "";
        InvalidValueException invalid = findInvalid(e);
        if (invalid != null) {
            return new DataFormatException(source, lineNo, join(path, invalid.field()),
                    invalid.problem() + " (was " + invalid.value() + ")", e);
        }
        String problem = e.getOriginalMessage();
        Throwable cause = e.getCause();
        if (cause instanceof LivesellException le && !(cause instanceof InvalidValueException)) {
            problem = le.getMessage();
        }
        if (problem != null) {
            int nl = problem.indexOf('\n');
            problem = nl > 0 ? problem.substring(0, nl) : problem;
            problem = problem.replace(" (through reference chain", "").trim();
        }
        return new DataFormatException(source, lineNo, path, problem == null ? "malformed JSON" : problem, e);
    }

    private static InvalidValueException findInvalid(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InvalidValueException ive) {
                return ive;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Joins a Jackson path with a validation field without repeating the shared segment. */
    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (field.equals(last) || field.startsWith(last + ".") || field.startsWith(last + "[")) {
            int cut = path.lastIndexOf('.');
            String head = cut < 0 ? "" : path.substring(0, cut);
            return head.isEmpty() ? field : head + "." + field;
        }
        return path + "." + field;
    }
}
