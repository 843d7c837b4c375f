package dev.livesell.recommend.io;

import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the {@code interactions-csv} format: {@code user,item[,timestamp][,behavior][,weight]}, comma or
 * tab separated. An optional header names the columns (user/user_id, item/item_id, timestamp/time,
 * behavior/type, weight/rating; RecBole {@code name:type} headers work); without one, the column count
 * decides (2: user,item; 3: +timestamp; 4: +behavior; 5: +weight). The weight is the explicit column,
 * else the behaviour's weight, else 1. Timestamps are epoch seconds or ISO-8601; without them times are
 * positions. A bad line fails with {@code file:line: field: problem}. Thread-safe (stateless).
 *
 * <p>Example: {@code InteractionMatrix m = InteractionsCsvReader.read(Path.of("events.csv"), InteractionWeights.defaults());}
 */
public final class InteractionsCsvReader {
    private InteractionsCsvReader() {
    }

    public static InteractionMatrix read(Path file, InteractionWeights weights) {
        try (LineSource src = LineSource.open(file)) {
            String line = src.next();
            while (line != null && line.isBlank()) {
                line = src.next();
            }
            if (line == null) {
                return InteractionMatrix.builder().build();
            }
            String sep = line.indexOf('\t') >= 0 ? "\t" : ",";
            String[] first = line.split(sep, -1);
            int cUser = 0;
            int cItem = 1;
            int cTime = -1;
            int cType = -1;
            int cWeight = -1;
            boolean header = !first[0].isEmpty() && first[0].strip().toLowerCase(Locale.ROOT).startsWith("user");
            if (header) {
                cUser = -1;
                cItem = -1;
                for (int i = 0; i < first.length; i++) {
                    String h = first[i].strip().toLowerCase(Locale.ROOT);
                    int colon = h.indexOf(':');
                    if (colon >= 0) {
                        h = h.substring(0, colon);
                    }
                    switch (h) {
                        case "user", "user_id", "userid", "viewer" -> cUser = i;
                        case "item", "item_id", "itemid", "product", "product_id" -> cItem = i;
                        case "timestamp", "time", "ts", "at" -> cTime = i;
                        case "behavior", "behaviour", "type" -> cType = i;
                        case "weight", "rating" -> cWeight = i;
                        default -> { }
                    }
                }
                if (cUser < 0 || cItem < 0) {
                    throw src.error("header", "needs user and item columns (was " + line + ")");
                }
            } else {
                if (first.length < 2 || first.length > 5) {
                    throw src.error("", "expected user,item[,timestamp][,behavior][,weight] (was " + first.length + " fields)");
                }
                cTime = first.length >= 3 ? 2 : -1;
                cType = first.length >= 4 ? 3 : -1;
                cWeight = first.length >= 5 ? 4 : -1;
            }
            int width = first.length;
            InteractionMatrix.Builder b = InteractionMatrix.builder().clock(cTime >= 0);
            long pos = 0;
            if (!header) {
                addLine(src, first, width, cUser, cItem, cTime, cType, cWeight, weights, b, pos++);
            }
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                addLine(src, line.split(sep, -1), width, cUser, cItem, cTime, cType, cWeight, weights, b, pos++);
            }
            return b.build();
        }
    }

    private static void addLine(LineSource src, String[] f, int width, int cUser, int cItem, int cTime, int cType, int cWeight,
                                InteractionWeights weights, InteractionMatrix.Builder b, long pos) {
        if (f.length != width) {
            throw src.error("", "expected " + width + " fields (was " + f.length + ")");
        }
        String user = f[cUser].strip();
        if (user.isEmpty()) {
            throw src.error("user", "must not be empty");
        }
        String item = f[cItem].strip();
        if (item.isEmpty()) {
            throw src.error("item", "must not be empty");
        }
        long time = cTime >= 0 ? src.epochSeconds("timestamp", f[cTime]) : pos;
        InteractionType type = null;
        if (cType >= 0) {
            try {
                type = InteractionType.parse(f[cType]);
            } catch (InvalidValueException e) {
                throw src.error("behavior", e.problem() + " (was " + e.value() + ")");
            }
        }
        float w = type == null ? 1f : weights.weight(type);
        if (cWeight >= 0) {
            try {
                w = Float.parseFloat(f[cWeight].strip());
            } catch (NumberFormatException e) {
                throw src.error("weight", "must be a number (was " + f[cWeight] + ")");
            }
            if (!(w > 0) || Float.isInfinite(w)) {
                throw src.error("weight", "must be positive and finite (was " + f[cWeight] + ")");
            }
        }
        b.add(user, item, time, w, type);
    }
}
