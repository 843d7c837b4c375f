package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.InvalidValueException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs the real bge-small-zh model (about 1 s to load, a few ms per sentence). */
class BgeFraudModelTest {
    private static final List<String> TEXTS = List.of("用了以后痘痘全没了", "吃完血糖就稳了", "家人们晚上好，欢迎来到直播间",
            "领券后到手价89元", "全网最低价，错过再等一年", "三号链接已经上架了", "This cream cures eczema in three days.",
            "The size chart is on the product page.", "央视推荐的品牌", "尺码表在详情页", "99%的用户都说好",
            "这款是纯棉面料", "喝了一个月三高都下来了", "支持七天无理由退货", "吃完血糖就穩了", "最后一批，以后再也买不到了");

    @Test
    void shippedModelIsLoadedOnceAndSeparatesParaphrasedClaimsFromEverydayLines() {
        BgeFraudModel m = BgeFraudModel.shipped();
        assertSame(m, BgeFraudModel.shipped());
        double review = m.manifest().thresholds().review();
        assertTrue(m.score("吃完血糖就稳了").violation() >= review);
        assertTrue(m.score("用了以后痘痘全没了").violation() >= review);
        assertTrue(m.score("家人们晚上好，欢迎来到直播间").violation() < review);
        assertTrue(m.score("领券后到手价89元").violation() < review);
        assertTrue(m.score("吃完血糖就稳了").categories().get("medical_claim") > m.score("吃完血糖就稳了").categories().get("false_price"));
    }

    @Test
    void traditionalChineseScoresLikeSimplified() {
        BgeFraudModel m = BgeFraudModel.shipped();
        assertEquals(m.score("吃完血糖就稳了").violation(), m.score("吃完血糖就穩了").violation(), 1e-6);
    }

    @Test
    void batchedScoresEqualSingleScores() {
        BgeFraudModel m = BgeFraudModel.shipped();
        List<ModelScores> batch = m.scoreAll(TEXTS.subList(0, 6));
        for (int i = 0; i < 6; i++) {
            assertEquals(m.score(TEXTS.get(i)).violation(), batch.get(i).violation(), 1e-5);
        }
    }

    @Test
    void eightThreadsGetIdenticalResults() throws Exception {
        BgeFraudModel m = BgeFraudModel.shipped();
        List<ModelScores> expected = TEXTS.stream().map(m::score).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ModelScores>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> TEXTS.stream().map(m::score).toList()));
            }
            for (Future<List<ModelScores>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void blankTextIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BgeFraudModel.shipped().score("  "));
        assertEquals("text", e.field());
    }

    @Test
    void exportedOnnxHeadOnBgeEmbeddingsMatchesTheJavaHead() {
        BgeFraudModel m = BgeFraudModel.shipped();
        Path onnx = Path.of("src/main/resources" + ModelBundle.SHIPPED + ModelBundle.ONNX);
        try (OnnxClassifier c = OnnxClassifier.fromOnnx(onnx, FraudLabels.ALL, TextEmbedder.bgeSmallZh())) {
            List<ModelScores> viaOnnx = c.scoreAll(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                ModelScores java = m.score(TEXTS.get(i));
                assertEquals(java.violation(), viaOnnx.get(i).violation(), 1e-5, TEXTS.get(i));
                for (String k : java.categories().keySet()) {
                    assertEquals(java.categories().get(k), viaOnnx.get(i).categories().get(k), 1e-5);
                }
            }
        }
    }
}
