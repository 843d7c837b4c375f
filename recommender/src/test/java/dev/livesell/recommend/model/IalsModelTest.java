package dev.livesell.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.livesell.core.InteractionType;
import dev.livesell.recommend.Recommender;
import dev.livesell.recommend.data.InteractionMatrix;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IalsModelTest {

    /**
     * A circulant log: user u took items u, u+1, ..., u+k-1 (mod n), so every user and every item has exactly
     * {@code k} observations; {@code extra} adds items to user 0 only.
     */
    private static InteractionMatrix circulant(int n, int k, int extra) {
        InteractionMatrix.Builder b = InteractionMatrix.builder();
        for (int i = 0; i < n; i++) {
            b.addItem("i" + i);
        }
        for (int u = 0; u < n; u++) {
            int take = u == 0 ? k + extra : k;
            for (int s = 0; s < take; s++) {
                b.add("u" + u, "i" + ((u + s) % n), s, 1f, InteractionType.VIEW);
            }
        }
        return b.build();
    }

    private static float[][] scores(Recommender r) {
        InteractionMatrix d = r.data();
        float[][] out = new float[d.numUsers()][d.numItems()];
        for (int u = 0; u < d.numUsers(); u++) {
            r.score(d.history(u), out[u]);
        }
        return out;
    }

    @Test
    void weightedRegScalesEachRowsPenaltyByItsObservations() {
        double reg = 0.2;
        int k = 3;
        IalsModel.Trainer t = IalsModel.trainer().factors(4).iterations(4);
        // every row has k observations: weighted reg r is plain reg r·k, in training and in fold-in
        InteractionMatrix regular = circulant(12, k, 0);
        float[][] weighted = scores(t.reg(reg).weightedReg(true).fit(regular));
        float[][] plain = scores(t.reg(reg * k).weightedReg(false).fit(regular));
        for (int u = 0; u < weighted.length; u++) {
            assertArrayEquals(plain[u], weighted[u], "user " + u);
        }
        // and not the same as plain reg r
        assertFalse(Arrays.deepEquals(scores(t.reg(reg).weightedReg(false).fit(regular)), weighted));
        // once one row has more observations, its penalty (and so the model) differs from the plain one
        InteractionMatrix uneven = circulant(12, k, 4);
        assertFalse(Arrays.deepEquals(scores(t.reg(reg).weightedReg(true).fit(uneven)),
                scores(t.reg(reg * k).weightedReg(false).fit(uneven))));
    }

    @Test
    void defaultsAreWeightedAndSurviveSaveAndLoad(@TempDir Path dir) {
        assertEquals("true", IalsModel.trainer().params().get("weightedReg"));
        assertEquals("0.2", IalsModel.trainer().params().get("reg"));
        InteractionMatrix data = circulant(12, 3, 4);
        Recommender model = IalsModel.trainer().factors(4).iterations(3).fit(data);
        ModelFiles.save(model, dir);
        Recommender loaded = ModelFiles.load(dir);
        assertEquals(model.params(), loaded.params());
        float[][] a = scores(model);
        float[][] b = scores(loaded);
        for (int u = 0; u < a.length; u++) {
            assertArrayEquals(a[u], b[u], "user " + u);
        }
    }

    @Test
    void filesWithoutWeightedRegLoadAsPlainReg(@TempDir Path dir) throws Exception {
        InteractionMatrix data = circulant(12, 3, 4);
        Recommender plain = IalsModel.trainer().factors(4).iterations(3).weightedReg(false).fit(data);
        ModelFiles.save(plain, dir);
        // a file written before weightedReg existed: the same manifest without the key
        Path manifest = dir.resolve("manifest.json");
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = (ObjectNode) om.readTree(Files.readString(manifest));
        assertEquals("false", ((ObjectNode) root.get("params")).remove("weightedReg").asText());
        Files.writeString(manifest, om.writeValueAsString(root));
        Recommender loaded = ModelFiles.load(dir);
        assertEquals(null, loaded.params().get("weightedReg"));
        float[][] a = scores(plain);
        float[][] b = scores(loaded);
        for (int u = 0; u < a.length; u++) {
            assertArrayEquals(a[u], b[u], "user " + u);
        }
    }
}
