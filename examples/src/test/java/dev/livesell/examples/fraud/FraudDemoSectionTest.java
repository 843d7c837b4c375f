package dev.livesell.examples.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.demo.SampleData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FraudDemoSectionTest {
    @Test
    void showsACompliantLineViolationsWithLawAndRuleAndFactContradictionsOnTheSampleCatalog() {
        StringWriter buf = new StringWriter();
        new FraudDemoSection().run(SampleData.load(), new PrintWriter(buf, true));
        String text = buf.toString();
        List<String> labels = Arrays.stream(text.split("\n")).filter(l -> l.startsWith("  -> "))
                .map(l -> l.substring(5, l.indexOf(' ', 5))).collect(Collectors.toList());
        assertEquals(List.of("COMPLIANT", "VIOLATION", "VIOLATION", "VIOLATION", "VIOLATION", "VIOLATION"), labels, text);
        assertTrue(text.contains("absolute_term"), text);
        assertTrue(text.contains("medical_claim"), text);
        assertTrue(text.contains("广告法 第十七条"), text);
        assertTrue(text.contains("rule=facts.material"), text);
        assertTrue(text.contains("rule=facts.reference_price"), text);
        assertTrue(text.contains("\"ｎｏ．１\""), "the disguised span is reported as written: " + text);
        assertTrue(text.contains("rewrite: "), text);
    }
}
