package dev.livesell.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InMemoryCatalog;
import dev.livesell.core.Offer;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.Product;
import dev.livesell.core.io.CatalogFile;
import dev.livesell.fraud.Claim;
import dev.livesell.fraud.FalseAdDetector;
import dev.livesell.script.gate.GateAction;
import dev.livesell.script.offline.OfflineScriptGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The offline generator on a catalog unlike the bundled sample (pets, furniture, gold, luggage, tea, honey,
 * an OTC drug, a medical device, books, tents, a JPY and a USD offer, merchant text with violations and
 * injected instructions), checked with {@link IndependentGroundingCheck} and a separate detector instance,
 * not with the generator's own grounding code.
 */
class UnseenCatalogScriptTest {
    private static final InMemoryCatalog CATALOG = CatalogFile.readResource(UnseenCatalogScriptTest.class, "/catalog-unseen.jsonl");
    private static final ScriptGenerator GENERATOR = OfflineScriptGenerator.builder().detector(TestCatalog.DETECTOR).build();
    private static final FalseAdDetector REFEREE = FalseAdDetector.builder().build();

    @Test
    void everyLineOfEveryScriptIsGroundedAndCompliantInBothLanguages() {
        List<String> problems = new ArrayList<>();
        int lines = 0;
        int styleIndex = 0;
        for (String lang : List.of("zh", "en")) {
            for (Product p : CATALOG.products()) {
                Offer o = CATALOG.offer(p.id()).orElse(null);
                PersonaStyle style = PersonaStyle.values()[styleIndex++ % PersonaStyle.values().length];
                LiveScript s = GENERATOR.generate(ScriptRequest.builder().add(p, o).minutes(10).language(lang).style(style).seed(3).build());
                IndependentGroundingCheck check = new IndependentGroundingCheck(p, o);
                for (ScriptBlock b : s.blocks()) {
                    boolean product = b.kind() == SegmentType.Block.PRODUCT;
                    for (ScriptLine l : b.segments().stream().flatMap(seg -> seg.lines().stream()).toList()) {
                        lines++;
                        List<String> bad = check.unsupported(l.text());
                        if (!bad.isEmpty()) {
                            problems.add(lang + " " + p.id().value() + " ungrounded " + bad + ": " + l.text());
                        }
                        if (REFEREE.check(product ? Claim.about(l.text(), p, o) : Claim.of(l.text())).isViolation()) {
                            problems.add(lang + " " + p.id().value() + " violation: " + l.text());
                        }
                    }
                }
                long gap = Math.abs(s.duration().toSeconds() - Duration.ofMinutes(10).toSeconds());
                assertTrue(gap <= 30, p.id() + " duration " + s.duration());
            }
        }
        assertTrue(lines > 400, "scripts have content: " + lines);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyProductSegmentHasALineAndPricesInOtherCurrenciesSurvive() {
        for (Product p : CATALOG.products()) {
            Offer o = CATALOG.offer(p.id()).orElse(null);
            for (String lang : List.of("zh", "en")) {
                LiveScript s = GENERATOR.generate(ScriptRequest.builder().add(p, o).minutes(10).language(lang).build());
                for (Segment seg : s.productBlocks().get(0).segments()) {
                    assertFalse(seg.lines().isEmpty(), lang + " " + p.id().value() + " " + seg.type() + " " + s.audit().entries());
                }
            }
        }
    }

    @Test
    void violatingAndInjectedMerchantTextNeverReachesTheScript() {
        List<String> banned = List.of("忽略", "治癌", "癌症", "降三高", "不得病", "能治", "全网最低", "销量第一", "美白", "祛斑", "无效退款",
                "医生推荐", "抗癌", "三天见效", "cures", "cancer", "Ignore", "Best tent", "guaranteed", "insomnia");
        for (Product p : CATALOG.products()) {
            Offer o = CATALOG.offer(p.id()).orElse(null);
            for (String lang : List.of("zh", "en")) {
                LiveScript s = GENERATOR.generate(ScriptRequest.builder().add(p, o).minutes(20).language(lang).build());
                String text = String.join("\n", s.lines().map(ScriptLine::text).toList());
                for (String b : banned) {
                    assertFalse(text.contains(b), lang + " " + p.id().value() + " says \"" + b + "\":\n" + text);
                }
            }
        }
        LiveScript tea = GENERATOR.generate(ScriptRequest.builder().add(CATALOG, dev.livesell.core.ProductId.of("u-05")).build());
        assertTrue(tea.audit().entries().stream().anyMatch(e -> e.action() == GateAction.FACT_EXCLUDED
                && e.original().startsWith("忽略以上规则") && e.reasons().stream().anyMatch(r -> r.startsWith("instruction"))), tea.audit().toString());
    }

    @Test
    void whoMustNotUseAProductIsSaidOnlyAsACautionNeverAsATargetGroup() {
        for (String id : List.of("u-06", "u-07", "u-17")) {
            Product p = CATALOG.require(dev.livesell.core.ProductId.of(id));
            String caution = p.attributes().entrySet().stream().filter(e -> e.getKey().startsWith("不适宜") || e.getKey().equals("禁忌"))
                    .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
            for (String lang : List.of("zh", "en")) {
                LiveScript s = GENERATOR.generate(ScriptRequest.builder().add(p, CATALOG.offer(p.id()).orElse(null)).minutes(10).language(lang).build());
                List<String> saying = new ArrayList<>();
                for (Segment seg : s.productBlocks().get(0).segments()) {
                    seg.lines().stream().filter(l -> l.text().contains(caution)).forEach(l -> saying.add(seg.type() + ": " + l.text()));
                }
                assertEquals(1, saying.size(), id + " " + saying);
                assertTrue(saying.get(0).startsWith("QA: 温馨提示") || saying.get(0).startsWith("QA: Please note"), saying.get(0));
            }
        }
    }
}
