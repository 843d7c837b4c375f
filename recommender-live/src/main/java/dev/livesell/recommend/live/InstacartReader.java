package dev.livesell.recommend.live;

import dev.livesell.core.DataFormatException;
import dev.livesell.core.LivesellException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Instacart format into a {@link PurchaseHistory}: a directory with {@code orders*.csv}
 * ({@code order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order}),
 * {@code transactions*.csv} or {@code order_products*.csv} ({@code order_id,product_id,...}) and
 * optionally {@code products.csv} ({@code product_id,product_name,aisle_id,department_id}; the aisle
 * becomes the category). Basket time = cumulative days since the user's first order. Orders without
 * transactions (Instacart's unlabelled final orders) are skipped and counted in {@link Result#skippedOrders()}.
 * Bad lines fail with {@link DataFormatException} naming file, line and field. Stateless; thread-safe.
 *
 * <p>Example: {@code PurchaseHistory h = InstacartReader.read(Path.of("instacart_subset")).history();}
 */
public final class InstacartReader {
    private InstacartReader() {
    }

    /** The history read and the number of orders skipped for having no products. */
    public record Result(PurchaseHistory history, int orders, int skippedOrders) {
    }

    private record Order(String id, String user, int number, double gap) {
    }

    public static Result read(Path dir) {
        Path orders = find(dir, "orders");
        Path tx = Files.exists(dir.resolve("transactions_train.csv")) ? dir.resolve("transactions_train.csv") : find(dir, "order_products");
        Path products = dir.resolve("products.csv");
        Map<String, String> aisle = new HashMap<>();
        if (Files.exists(products)) {
            forEachLine(products, (line, n, f) -> {
                List<String> c = csv(line);
                if (c.size() < 3) {
                    throw new DataFormatException(products.toString(), n, "aisle_id", "is missing (was " + line + ")", null);
                }
                aisle.put(c.get(0), "aisle-" + c.get(c.size() - 2));
            });
        }
        List<Order> list = new ArrayList<>();
        java.util.Set<String> orderIds = new java.util.HashSet<>();
        forEachLine(orders, (line, n, f) -> {
            String[] c = line.split(",", -1);
            if (c.length < 6) {
                throw new DataFormatException(orders.toString(), n, "line", "needs 6 columns (was " + line + ")", null);
            }
            int number;
            try {
                number = Integer.parseInt(c[2].strip());
            } catch (NumberFormatException e) {
                throw new DataFormatException(orders.toString(), n, "order_number", "is not an integer (was " + c[2] + ")", e);
            }
            double gap = 0;
            if (!c[5].isBlank()) {
                try {
                    gap = Double.parseDouble(c[5].strip());
                } catch (NumberFormatException e) {
                    throw new DataFormatException(orders.toString(), n, "days_since_prior_order", "is not a number (was " + c[5] + ")", e);
                }
                if (gap < 0) {
                    throw new DataFormatException(orders.toString(), n, "days_since_prior_order", "is negative (was " + c[5] + ")", null);
                }
            }
            if (!orderIds.add(c[0].strip())) {
                throw new DataFormatException(orders.toString(), n, "order_id", "appears twice (was " + c[0] + ")", null);
            }
            list.add(new Order(c[0].strip(), c[1].strip(), number, gap));
        });
        Map<String, List<String>> items = new HashMap<>();
        forEachLine(tx, (line, n, f) -> {
            String[] c = line.split(",", -1);
            if (c.length < 2 || c[0].isBlank() || c[1].isBlank()) {
                throw new DataFormatException(tx.toString(), n, "line", "needs order_id,product_id (was " + line + ")", null);
            }
            if (!orderIds.contains(c[0].strip())) {
                throw new DataFormatException(tx.toString(), n, "order_id", "is not in " + orders.getFileName() + " (was " + c[0] + ")", null);
            }
            items.computeIfAbsent(c[0].strip(), k -> new ArrayList<>()).add(c[1].strip());
        });
        list.sort(Comparator.comparing(Order::user).thenComparingInt(Order::number));
        PurchaseHistory.Builder b = new PurchaseHistory.Builder();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(aisle).entrySet()) {
            b.item(e.getKey(), e.getValue());
        }
        String user = null;
        double day = 0;
        int skipped = 0;
        for (Order o : list) {
            if (!o.user().equals(user)) {
                user = o.user();
                day = 0;
            } else {
                day += o.gap();
            }
            List<String> basket = items.get(o.id());
            if (basket == null || basket.isEmpty()) {
                skipped++;
                continue;
            }
            b.basket(o.user(), day, basket);
        }
        return new Result(b.build(), list.size(), skipped);
    }

    private static Path find(Path dir, String prefix) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".csv")).sorted()
                    .findFirst().orElseThrow(() -> new LivesellException("no " + prefix + "*.csv in " + dir));
        } catch (IOException e) {
            throw new LivesellException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private interface LineHandler {
        void accept(String line, long number, Path file);
    }

    private static void forEachLine(Path file, LineHandler h) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            long n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    h.accept(line, n, file);
                }
            }
        } catch (IOException e) {
            throw new LivesellException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Splits one CSV line with double-quoted fields. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
