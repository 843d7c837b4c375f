package dev.livesell.fraud.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetReaderTest {
    @Test
    void readsLabelledRowsWithCategoriesAndGroups(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.tsv");
        Files.writeString(f, "text\tlabel\tcategory\tgroup\n三天见效\tviolation\tefficacy_guarantee\tg1\n"
                + "家人们，三天见效\tviolating\tefficacy_guarantee\tg1\n家人们晚上好\tcompliant\t\t\n能治病\tviolation\t\t\n");
        List<LabelledText> rows = new TrainingSetReader().read(f);
        assertEquals(4, rows.size());
        assertEquals(Set.of("efficacy_guarantee"), rows.get(0).categories());
        assertEquals(rows.get(0).group(), rows.get(1).group());
        assertTrue(rows.get(2).categoriesKnown() && !rows.get(2).violation());
        assertFalse(rows.get(3).categoriesKnown());
        assertEquals("a.tsv:5", rows.get(3).source());
    }

    @Test
    void badLabelNamesFileLineAndField(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("b.tsv");
        Files.writeString(f, "text\tlabel\nok\tcompliant\nbad\tmaybe\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> new TrainingSetReader().read(f));
        assertEquals("b.tsv:3: label: must be violation, violating or compliant (was maybe)", e.getMessage());
    }

    @Test
    void unknownCategoryIsAnErrorUnlessLenient(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "text\tlabel\tcategory\n幫助消化\tviolating\t胃腸功能改善\n");
        assertThrows(DataFormatException.class, () -> new TrainingSetReader().read(f));
        LabelledText row = new TrainingSetReader(false).read(f).get(0);
        assertTrue(row.violation() && !row.categoriesKnown());
    }

    @Test
    void penalizedAdsAreSplitIntoViolationPhrases(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ads.tsv");
        Files.writeString(f, "product\tquoted_claims\n面霜\t…改善 紅腫痘痘…抗痘…讓痘痘完全消失不再復發…短…\n");
        List<LabelledText> rows = new TrainingSetReader().read(f);
        List<String> phrases = List.of("改善紅腫痘痘", "讓痘痘完全消失不再復發");
        assertEquals(phrases.subList(0, Math.min(phrases.size(), TrainingSetReader.MAX_PHRASES_PER_AD)),
                rows.stream().map(LabelledText::text).toList(), "short phrases dropped, at most MAX_PHRASES_PER_AD per ad");
        assertTrue(rows.stream().allMatch(r -> r.violation() && !r.categoriesKnown()));
    }

    @Test
    void termListGivesViolationsInContextAndNeutralTemplates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("terms.tsv");
        Files.writeString(f, "term\tcategory\tsource\n国家级\tabsolute_superlative\tx\n安全\tcosmetics_false_claim\tx\n");
        List<LabelledText> rows = new TrainingSetReader().read(f);
        List<LabelledText> v = rows.stream().filter(LabelledText::violation).toList();
        assertEquals(1, v.size(), "the generic term 安全 is skipped");
        assertTrue(v.get(0).text().contains("国家级"));
        assertEquals(Set.of("absolute_term"), v.get(0).categories());
        assertTrue(rows.stream().filter(r -> !r.violation()).count() >= 10);
    }

    @Test
    void catalogTitlesAndSellingPointsAreCompliantRowsGroupedPerProduct(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("catalog.jsonl");
        Files.writeString(f, "{\"id\":\"p-1\",\"title\":\"晴川 防晒乳 50ml\",\"category\":{\"path\":[\"护肤\"],"
                + "\"regulatedClass\":\"cosmetic\"},\"sellingPoints\":[\"乳液质地，上脸清爽\",\"户外建议每2小时补涂\"],"
                + "\"listPrice\":{\"amount\":\"129\",\"currency\":\"CNY\"}}\n");
        List<LabelledText> rows = new TrainingSetReader().read(f);
        assertEquals(List.of("晴川 防晒乳 50ml", "乳液质地，上脸清爽", "户外建议每2小时补涂"),
                rows.stream().map(LabelledText::text).toList());
        assertTrue(rows.stream().noneMatch(LabelledText::violation));
        assertTrue(rows.stream().allMatch(r -> r.categoriesKnown() && r.group().equals("catalog.jsonl#p-1")));
        assertEquals("catalog.jsonl:p-1:sellingPoint1", rows.get(2).source());
    }
}
