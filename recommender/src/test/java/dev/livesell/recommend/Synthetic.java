package dev.livesell.recommend;

import dev.livesell.core.InteractionType;
import dev.livesell.recommend.data.InteractionMatrix;
import java.util.Random;

/** Tiny synthetic logs with learnable structure: users walk item chains i → i+1 inside a cluster. */
public final class Synthetic {
    private Synthetic() {
    }

    /** {@code users} users, {@code items} items in clusters of 10; each user walks 4..8 steps in one cluster. */
    public static InteractionMatrix chains(int users, int items, long seed) {
        Random r = new Random(seed);
        InteractionMatrix.Builder b = InteractionMatrix.builder().clock(true);
        long t = 1_700_000_000L;
        for (int u = 0; u < users; u++) {
            int cluster = r.nextInt(items / 10);
            int start = r.nextInt(10);
            int len = 4 + r.nextInt(5);
            for (int s = 0; s < len; s++) {
                int item = cluster * 10 + (start + s) % 10;
                InteractionType type = s % 4 == 3 ? InteractionType.PURCHASE : InteractionType.VIEW;
                b.add("u" + u, "i" + item, t + r.nextInt(50) + u * 10_000L + s * 100L, (float) type.defaultWeight(), type);
            }
        }
        return b.build();
    }
}
