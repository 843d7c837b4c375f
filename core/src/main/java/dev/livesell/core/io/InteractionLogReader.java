package dev.livesell.core.io;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.Interaction;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.core.LivesellException;
import dev.livesell.core.ProductId;
import dev.livesell.core.SessionId;
import dev.livesell.core.ViewerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an {@link InteractionLog} from JSON Lines (one {@link Interaction} per line) or CSV with the
 * header {@code viewer,product,type,at[,session]} ({@code at} as ISO-8601 instant or epoch seconds).
 * A bad line fails the whole read with {@code file:line: field: problem (was X)}. Thread-safe.
 *
 * <p>Example: {@code InteractionLog log = InteractionLogReader.read(Path.of("interactions.csv"));}
 */
public final class InteractionLogReader {
    private static final List<String> CSV_COLUMNS = List.of("viewer", "product", "type", "at");

    private InteractionLogReader() {
    }

    /** Reads by file extension: {@code .csv} as CSV, anything else as JSON Lines. */
    public static InteractionLog read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (Reader r = new StrictUtf8Reader(Files.newInputStream(file))) {
            return name.endsWith(".csv") ? readCsv(r, file.toString()) : readJsonLines(r, file.toString());
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static InteractionLog readJsonLines(Reader reader, String source) {
        return InteractionLog.of(LivesellJson.readJsonLines(reader, source, Interaction.class));
    }

    public static InteractionLog readCsv(Reader reader, String source) {
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Interaction> out = new ArrayList<>();
        long lineNo = 0;
        try {
            String header = br.readLine();
            lineNo = 1;
            if (header == null) {
                throw new DataFormatException(source, 1, "", "empty file: expected header viewer,product,type,at[,session]", null);
            }
            List<String> cols = Arrays.asList(header.replace("\uFEFF", "").strip().split(",", -1));
            if (cols.size() < 4 || cols.size() > 5 || !cols.subList(0, 4).equals(CSV_COLUMNS)
                    || (cols.size() == 5 && !cols.get(4).equals("session"))) {
                throw new DataFormatException(source, 1, "header", "expected viewer,product,type,at[,session] (was " + header + ")", null);
            }
            String line;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != cols.size()) {
                    throw new DataFormatException(source, lineNo, "", "expected " + cols.size() + " fields (was " + f.length + ")", null);
                }
                String field = "viewer";
                try {
                    ViewerId viewer = ViewerId.of(f[0].strip());
                    field = "product";
                    ProductId product = ProductId.of(f[1].strip());
                    field = "type";
                    InteractionType type = InteractionType.parse(f[2]);
                    field = "at";
                    Instant at = instant(f[3].strip());
                    field = "session";
                    Optional<SessionId> session = f.length == 5 && !f[4].isBlank() ? Optional.of(SessionId.of(f[4].strip())) : Optional.empty();
                    out.add(new Interaction(viewer, product, type, at, session));
                } catch (InvalidValueException e) {
                    throw new DataFormatException(source, lineNo, field, e.problem() + " (was " + e.value() + ")", e);
                }
            }
        } catch (IOException e) {
            throw LivesellJson.cannotRead(e, source, lineNo);
        }
        return InteractionLog.of(out);
    }

    private static Instant instant(String text) {
        try {
            if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return Instant.parse(text);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // DateTimeParseException, and epoch seconds too large for a long or an Instant
            throw new InvalidValueException("at", "is not an ISO-8601 instant or epoch seconds in range", text);
        }
    }
}
