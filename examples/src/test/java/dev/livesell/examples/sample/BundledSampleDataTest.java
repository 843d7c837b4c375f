package dev.livesell.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.Comment;
import dev.livesell.core.Host;
import dev.livesell.core.LiveSession;
import dev.livesell.core.Offer;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.Product;
import dev.livesell.core.ProductId;
import dev.livesell.core.RegulatedClass;
import dev.livesell.core.Viewer;
import dev.livesell.core.ViewerId;
import dev.livesell.examples.demo.SampleData;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample under {@code /sample/} loads and is internally consistent. */
class BundledSampleDataTest {
    private static SampleData sample;

    @BeforeAll
    static void load() {
        sample = SampleData.load();
    }

    @Test
    void catalogHasAtLeastSixtyProductsInAtLeastEightTopCategories() {
        assertTrue(sample.catalog().size() >= 60, "products: " + sample.catalog().size());
        TreeMap<String, Integer> byTop = new TreeMap<>();
        sample.catalog().products().forEach(p -> byTop.merge(p.category().top(), 1, Integer::sum));
        assertTrue(byTop.size() >= 8, "top categories: " + byTop);
    }

    @Test
    void catalogCoversTheRegulatedClasses() {
        Set<RegulatedClass> present = EnumSet.noneOf(RegulatedClass.class);
        sample.catalog().products().forEach(p -> present.add(p.category().regulatedClass()));
        assertTrue(present.containsAll(EnumSet.of(RegulatedClass.GENERAL, RegulatedClass.ORDINARY_FOOD,
                RegulatedClass.HEALTH_FOOD, RegulatedClass.COSMETIC)), "classes: " + present);
    }

    @Test
    void healthFoodsCarryApprovalNumberAndApprovedFunction() {
        for (Product p : sample.catalog().products()) {
            if (p.category().regulatedClass() == RegulatedClass.HEALTH_FOOD) {
                assertTrue(p.approvalNumber().isPresent(), p.id() + " lacks an approval number");
                assertFalse(p.approvedClaims().isEmpty(), p.id() + " lacks approved claims");
                assertTrue(p.approvalNumber().get().matches("(国食健注G|食健备G)\\d{8,12}"), p.approvalNumber().get());
            }
        }
    }

    @Test
    void everyProductHasFactsAndSomeAreEnglish() {
        for (Product p : sample.catalog().products()) {
            assertTrue(p.sellingPoints().size() >= 2 && p.sellingPoints().size() <= 4, p.id() + " selling points");
            assertTrue(p.attributes().size() >= 3, p.id() + " attributes");
        }
        assertTrue(sample.catalog().products().stream().filter(p -> p.language().equals("en")).count() >= 3);
    }

    @Test
    void sellingPointsAvoidAbsoluteAndMedicalWords() {
        for (Product p : sample.catalog().products()) {
            for (String s : p.sellingPoints()) {
                for (String banned : new String[] {"最", "第一", "治疗", "保证", "100%", "顶级", "抢购", "秒杀", "纯天然"}) {
                    assertFalse(s.contains(banned), p.id() + ": \"" + s + "\" contains " + banned);
                }
            }
        }
    }

    @Test
    void everyOfferIsHonest() {
        assertEquals(sample.catalog().size(), sample.catalog().offers().size(), "every product has an offer");
        for (Offer o : sample.catalog().offers()) {
            Product p = sample.catalog().find(o.productId()).orElseThrow();
            assertEquals(p.listPrice().currency(), o.price().currency(), o.productId() + " currency");
            o.referencePrice().ifPresent(r -> assertFalse(r.isLessThan(o.price()), o.productId() + " reference below price"));
            assertFalse(p.listPrice().isLessThan(o.price()), o.productId() + " offer above list price");
        }
        assertTrue(sample.catalog().offers().stream().anyMatch(o -> !o.coupons().isEmpty()));
        assertTrue(sample.catalog().offers().stream().anyMatch(o -> o.stockLimit().isPresent()));
    }

    @Test
    void threeHostsWithDistinctPersonas() {
        assertEquals(3, sample.hosts().size());
        Set<PersonaStyle> styles = sample.hosts().stream().map(Host::style).collect(Collectors.toSet());
        assertEquals(EnumSet.of(PersonaStyle.ENERGETIC, PersonaStyle.EXPERT, PersonaStyle.WARM), styles);
    }

    @Test
    void sessionLineupsReferToCatalogProductsAndKnownHosts() {
        assertEquals(2, sample.sessions().size());
        Set<String> hosts = sample.hosts().stream().map(h -> h.id().value()).collect(Collectors.toSet());
        for (LiveSession s : sample.sessions()) {
            assertTrue(hosts.contains(s.host().value()), s.id() + " host " + s.host());
            assertTrue(s.lineup().size() >= 8 && s.lineup().size() <= 12, s.id() + " lineup " + s.lineup().size());
            for (ProductId p : s.lineup()) {
                assertTrue(sample.catalog().find(p).isPresent(), s.id() + " lists unknown " + p);
            }
            assertEquals(2026, s.start().atZone(java.time.ZoneOffset.UTC).getYear());
        }
    }

    @Test
    void commentsReferToKnownViewersSessionsAndProducts() {
        assertTrue(sample.comments().size() >= 35, "comments: " + sample.comments().size());
        Set<ViewerId> viewers = sample.viewers().stream().map(Viewer::id).collect(Collectors.toCollection(TreeSet::new));
        for (Comment c : sample.comments()) {
            assertTrue(viewers.contains(c.viewer()), "unknown viewer " + c.viewer());
            LiveSession s = sample.sessions().stream().filter(x -> c.session().equals(java.util.Optional.of(x.id())))
                    .findFirst().orElseThrow(() -> new AssertionError("unknown session in " + c));
            assertFalse(c.at().isBefore(s.start()) || c.at().isAfter(s.end()), "comment outside its session: " + c);
            c.about().ifPresent(p -> assertTrue(s.lineup().contains(p), c.text() + " is about " + p + ", not in the lineup"));
        }
    }
}
