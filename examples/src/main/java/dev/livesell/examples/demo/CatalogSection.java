package dev.livesell.examples.demo;

import dev.livesell.core.Host;
import dev.livesell.core.InteractionLog;
import dev.livesell.core.InteractionType;
import dev.livesell.core.LiveSession;
import dev.livesell.core.Product;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Demo section: the sample catalog, hosts, sessions and interaction-log statistics. */
final class CatalogSection implements DemoSection {
    @Override
    public String title() {
        return "Sample data";
    }

    @Override
    public void run(SampleData sample, PrintWriter out) {
        Map<String, Integer> byTop = new TreeMap<>();
        for (Product p : sample.catalog().products()) {
            byTop.merge(p.category().top() + " (" + p.category().regulatedClass().jsonName() + ")", 1, Integer::sum);
        }
        out.printf("catalog: %d products, %d offers%n", sample.catalog().size(), sample.catalog().offers().size());
        byTop.forEach((k, v) -> out.printf("  %-28s %3d%n", k, v));
        for (Host h : sample.hosts()) {
            out.printf("host %s %s (%s)%n", h.id(), h.name(), h.style().jsonName());
        }
        for (LiveSession s : sample.sessions()) {
            out.printf("session %s \"%s\" host=%s start=%s lineup=%d products%n", s.id(), s.title(), s.host(), s.start(), s.lineup().size());
        }
        InteractionLog.Stats st = sample.interactions().stats();
        out.printf("interactions: %d events, %d viewers, %d products, %s .. %s%n", st.events(), st.viewers(), st.products(),
                sample.interactions().first().map(Object::toString).orElse("-"), sample.interactions().last().map(Object::toString).orElse("-"));
        for (InteractionType t : InteractionType.values()) {
            Integer n = st.byType().get(t);
            if (n != null) {
                out.printf("  %-10s %6d%n", t.jsonName(), n);
            }
        }
    }
}
