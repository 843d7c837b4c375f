package dev.livesell.recommend.io;

import dev.livesell.core.InteractionType;
import dev.livesell.core.InvalidValueException;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import java.nio.file.Path;

/**
 * Reads Alibaba's Taobao UserBehavior CSV: {@code user,item,category,behavior,unix_ts} without header,
 * behaviours {@code pv}, {@code fav}, {@code cart}, {@code buy} weighted by {@link InteractionWeights}.
 * The category is not used by the models. A bad line fails with {@code file:line}. Thread-safe.
 *
 * <p>Example: {@code InteractionMatrix m = TaobaoReader.read(Path.of("UserBehavior.csv"), InteractionWeights.defaults());}
 */
public final class TaobaoReader {
    private TaobaoReader() {
    }

    public static InteractionMatrix read(Path file, InteractionWeights weights) {
        InteractionMatrix.Builder b = InteractionMatrix.builder().clock(true);
        try (LineSource src = LineSource.open(file)) {
            String line;
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 5) {
                    throw src.error("", "expected user,item,category,behavior,unix_ts (was " + f.length + " fields)");
                }
                if (f[0].isBlank()) {
                    throw src.error("user", "must not be empty");
                }
                if (f[1].isBlank()) {
                    throw src.error("item", "must not be empty");
                }
                InteractionType type;
                try {
                    type = InteractionType.parse(f[3]);
                } catch (InvalidValueException e) {
                    throw src.error("behavior", e.problem() + " (was " + e.value() + ")");
                }
                long ts = src.epochSeconds("unix_ts", f[4]);
                b.add(f[0].strip(), f[1].strip(), ts, weights.weight(type), type);
            }
        }
        return b.build();
    }
}
