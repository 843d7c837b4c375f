package dev.livesell.recommend.io;

import dev.livesell.core.InteractionType;
import dev.livesell.recommend.data.InteractionMatrix;
import dev.livesell.recommend.data.InteractionWeights;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Instacart orders read from a folder with {@code orders_train.csv}
 * ({@code order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order}),
 * {@code transactions_train.csv} ({@code order_id,product_id,add_to_cart_order,reordered}) and optionally
 * {@code products.csv} ({@code product_id,product_name,...}; quoted names allowed). Orders are sorted by
 * user then order number. Bad lines fail with {@code file:line}; a transaction naming an unknown order fails
 * too. Immutable and thread-safe.
 *
 * <p>Example: {@code InstacartData d = InstacartData.read(Path.of("instacart_subset")); d.toMatrix(InteractionWeights.defaults())}
 */
public record InstacartData(List<InstacartOrder> orders, Map<String, String> productNames) {
    public InstacartData {
        orders = List.copyOf(orders);
        productNames = Map.copyOf(productNames);
    }

    /** Reads the folder (or the folder holding the given orders file). */
    public static InstacartData read(Path folderOrOrdersFile) {
        Path dir = Files.isDirectory(folderOrOrdersFile) ? folderOrOrdersFile : folderOrOrdersFile.toAbsolutePath().getParent();
        Path ordersFile = Files.isDirectory(folderOrOrdersFile) ? dir.resolve("orders_train.csv") : folderOrOrdersFile;
        return read(ordersFile, dir.resolve("transactions_train.csv"), dir.resolve("products.csv"));
    }

    /** Reads explicit files; {@code products} may be null or missing. */
    public static InstacartData read(Path ordersFile, Path transactionsFile, Path productsFile) {
        record Head(String id, String user, int number, int dow, int hour, OptionalDouble gap) {
        }
        List<Head> heads = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        try (LineSource src = LineSource.open(ordersFile)) {
            expectHeader(src, "order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order");
            String line;
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw src.error("", "expected 6 fields (was " + f.length + ")");
                }
                int number = src.intField("order_number", f[2]);
                int dow = src.intField("order_dow", f[3]);
                if (dow < 0 || dow > 6) {
                    throw src.error("order_dow", "must be 0..6 (was " + f[3] + ")");
                }
                int hour = src.intField("order_hour_of_day", f[4]);
                if (hour < 0 || hour > 23) {
                    throw src.error("order_hour_of_day", "must be 0..23 (was " + f[4] + ")");
                }
                OptionalDouble gap = OptionalDouble.empty();
                if (!f[5].isBlank()) {
                    try {
                        double d = Double.parseDouble(f[5].strip());
                        if (!(d >= 0) || Double.isInfinite(d)) {
                            throw new NumberFormatException();
                        }
                        gap = OptionalDouble.of(d);
                    } catch (NumberFormatException e) {
                        throw src.error("days_since_prior_order", "must be a non-negative number (was " + f[5] + ")");
                    }
                }
                String id = f[0].strip();
                if (id.isEmpty() || f[1].isBlank()) {
                    throw src.error(id.isEmpty() ? "order_id" : "user_id", "must not be empty");
                }
                if (byId.put(id, heads.size()) != null) {
                    throw src.error("order_id", "duplicate order (was " + id + ")");
                }
                heads.add(new Head(id, f[1].strip(), number, dow, hour, gap));
            }
        }
        List<List<InstacartOrder.Line>> lines = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            lines.add(new ArrayList<>());
        }
        try (LineSource src = LineSource.open(transactionsFile)) {
            expectHeader(src, "order_id,product_id,add_to_cart_order,reordered");
            String line;
            while ((line = src.next()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw src.error("", "expected 4 fields (was " + f.length + ")");
                }
                Integer o = byId.get(f[0].strip());
                if (o == null) {
                    throw src.error("order_id", "not in " + ordersFile.getFileName() + " (was " + f[0] + ")");
                }
                if (f[1].isBlank()) {
                    throw src.error("product_id", "must not be empty");
                }
                int pos = src.intField("add_to_cart_order", f[2]);
                String r = f[3].strip();
                if (!r.equals("0") && !r.equals("1")) {
                    throw src.error("reordered", "must be 0 or 1 (was " + f[3] + ")");
                }
                lines.get(o).add(new InstacartOrder.Line(f[1].strip(), pos, r.equals("1")));
            }
        }
        Map<String, String> names = new HashMap<>();
        if (productsFile != null && Files.exists(productsFile)) {
            try (LineSource src = LineSource.open(productsFile)) {
                String header = src.next();
                if (header == null || !header.startsWith("product_id,product_name")) {
                    throw src.error("header", "expected product_id,product_name,... (was " + header + ")");
                }
                String line;
                while ((line = src.next()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    List<String> f = CsvFields.split(line);
                    if (f.size() < 2) {
                        throw src.error("", "expected product_id,product_name,...");
                    }
                    names.put(f.get(0).strip(), f.get(1));
                }
            }
        }
        Integer[] order = new Integer[heads.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparing((Integer i) -> heads.get(i).user()).thenComparingInt(i -> heads.get(i).number()));
        List<InstacartOrder> out = new ArrayList<>(heads.size());
        String user = null;
        double offset = 0;
        for (int i : order) {
            Head h = heads.get(i);
            if (!h.user().equals(user)) {
                user = h.user();
                offset = 0;
            } else {
                offset += h.gap().orElse(0);
            }
            List<InstacartOrder.Line> ls = lines.get(i);
            ls.sort(Comparator.comparingInt(InstacartOrder.Line::addToCartOrder));
            out.add(new InstacartOrder(h.id(), h.user(), h.number(), h.dow(), h.hour(), h.gap(), offset, ls));
        }
        return new InstacartData(out, names);
    }

    /**
     * All order lines as purchases: users are Instacart users, items products, time = day offset in
     * seconds plus the cart position (so order follows the user's order sequence). Times are relative to
     * each user's first order, so the matrix reports no clock.
     */
    public InteractionMatrix toMatrix(InteractionWeights weights) {
        InteractionMatrix.Builder b = InteractionMatrix.builder().clock(false);
        float w = weights.weight(InteractionType.PURCHASE);
        for (InstacartOrder o : orders) {
            b.addUser(o.userId());
            long base = Math.round(o.dayOffset() * 86400);
            for (InstacartOrder.Line l : o.products()) {
                b.add(o.userId(), l.product(), base + l.addToCartOrder(), w, InteractionType.PURCHASE);
            }
        }
        return b.build();
    }

    private static void expectHeader(LineSource src, String expected) {
        String h = src.next();
        if (h == null || !h.strip().equals(expected)) {
            throw src.error("header", "expected " + expected + " (was " + h + ")");
        }
    }
}
