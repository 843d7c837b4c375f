package dev.livesell.examples.fraud;

import dev.livesell.core.DataFormatException;
import dev.livesell.fraud.Label;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A labelled evaluation TSV: header with {@code text} and {@code label} (violation|violating|compliant), optional {@code category}. */
record LabelledClaims(List<Row> rows) {

    /** One labelled line ({@code line} is the 1-based line in the file). */
    record Row(int line, String text, boolean violation, String category) {
    }

    static LabelledClaims read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String src = file.toString();
        if (lines.isEmpty()) {
            throw new DataFormatException(src, 1, "header", "file is empty", null);
        }
        String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
        int text = -1;
        int label = -1;
        int category = -1;
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip().toLowerCase(Locale.ROOT);
            if (h.equals("text")) {
                text = i;
            } else if (h.equals("label")) {
                label = i;
            } else if (h.equals("category")) {
                category = i;
            }
        }
        if (text < 0 || label < 0) {
            throw new DataFormatException(src, 1, "header", "needs columns text and label (was " + lines.get(0) + ")", null);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank()) {
                continue;
            }
            String[] c = l.split("\t", -1);
            if (c.length <= Math.max(text, label)) {
                throw new DataFormatException(src, n + 1, "columns", "expected at least " + (Math.max(text, label) + 1)
                        + " tab-separated columns (was " + c.length + ")", null);
            }
            Label lab;
            try {
                lab = Label.parse(c[label]);
            } catch (RuntimeException e) {
                throw new DataFormatException(src, n + 1, "label", "must be violation, violating or compliant (was "
                        + c[label] + ")", e);
            }
            if (c[text].isBlank()) {
                throw new DataFormatException(src, n + 1, "text", "must not be blank", null);
            }
            String cat = category >= 0 && category < c.length ? c[category].strip() : "";
            rows.add(new Row(n + 1, c[text], lab != Label.COMPLIANT, cat));
        }
        return new LabelledClaims(rows);
    }
}
