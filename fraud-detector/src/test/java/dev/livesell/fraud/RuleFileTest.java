package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.core.DataFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileTest {
    @TempDir
    Path dir;

    @Test
    void loadsUserRulesFromJson() throws Exception {
        Path f = dir.resolve("rules.json");
        Files.writeString(f, "{\"version\":1,\"rules\":[{\"id\":\"shop.miracle\",\"category\":\"efficacy_guarantee\","
                + "\"severity\":\"high\",\"terms\":[\"神效\",\"Miracle\"],\"exceptions\":[\"神效果\"],"
                + "\"lawReference\":\"广告法 第二十八条\",\"suggestion\":\"效果好\"}]}");
        FalseAdDetector d = FalseAdDetector.builder().ruleFile(f).build();
        Verdict v = d.check(Claim.of("这个有神效"));
        assertTrue(v.isViolation());
        Finding finding = v.findings().get(0);
        assertEquals("shop.miracle", finding.ruleId());
        assertEquals("广告法 第二十八条", finding.lawReference());
        assertEquals("这个有效果好", v.rewrite());
        assertEquals(Label.COMPLIANT, d.check(Claim.of("神效果不错")).label());
        assertTrue(d.check(Claim.of("a MIRACLE cream")).isViolation());
    }

    @Test
    void rejectsABadRuleFileNamingTheField() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"version\":1,\"rules\":[{\"id\":\"x\",\"category\":\"nope\",\"terms\":[\"a\"]}]}");
        DataFormatException e = assertThrows(DataFormatException.class, () -> FalseAdDetector.builder().ruleFile(f).build());
        assertTrue(e.getMessage().contains("rules[0]"), e.getMessage());
    }
}
