package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscountArithmeticRuleTest {
    private static final DiscountArithmeticRule RULE = new DiscountArithmeticRule();

    private static List<Finding> apply(String text) {
        return RULE.apply(TextNormalizer.standard().normalize(text), Claim.of(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "满300减50，相当于直接打五折，家人们自己算算|相当于直接打五折",
        "满三百减五十，算下来就是六折|算下来就是六折",
        "原价299今天199，相当于三折|相当于三折",
        "Buy one get one free means you're basically getting 75% off, do the math!|75% off",
        "买一送一，相当于打了两折|相当于打了两折",
        // yuan said with jiao is one amount: 5.9 of 10 is 5.9折, not 5折
        "原价10今天5块9，相当于五折|相当于五折",
        "原价十块今天五块九，相当于五折|相当于五折",
    })
    void aStatedEquivalentDeeperThanTheOfferIsAFalsePrice(String text, String span) {
        List<Finding> f = apply(text);
        assertEquals(1, f.size(), f::toString);
        assertEquals(ViolationCategory.FALSE_PRICE, f.get(0).category());
        assertEquals(span, f.get(0).span().text());
        assertEquals(Severity.HIGH, f.get(0).severity());
        assertTrue(f.get(0).suggestion().contains("折"), f.get(0).suggestion());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a separate offer, not an equivalence of the first
        "满300减50，第二件五折",
        // within rounding: 300-50 is 8.3折
        "满三百减五十，相当于打八折",
        // true arithmetic
        "原价1999今天只要199，相当于一折",
        "买一送一，相当于五折",
        "BOGO today, that's basically 50% off",
        // 9.9 of 19.9 is 5折: the jiao counts on both sides
        "原价19块9今天9块9，相当于五折",
        // no offer to check against
        "今天全场相当于五折",
    })
    void trueOrUnrelatedDiscountsPass(String text) {
        assertEquals(List.of(), apply(text));
    }

    @Test
    void readsChineseNumeralsAndDiscountDigits() {
        assertEquals(300, DiscountArithmeticRule.number("三百"));
        assertEquals(50, DiscountArithmeticRule.number("五十"));
        assertEquals(15, DiscountArithmeticRule.number("十五"));
        assertEquals(1200, DiscountArithmeticRule.number("一千二"));
        assertEquals(20000, DiscountArithmeticRule.number("两万"));
        assertEquals(299, DiscountArithmeticRule.number("299"));
        assertEquals(0.85, DiscountArithmeticRule.zhe("八五"), 1e-9);
        assertEquals(0.5, DiscountArithmeticRule.zhe("五"), 1e-9);
        assertEquals(0.75, DiscountArithmeticRule.zhe("7.5"), 1e-9);
    }

    @Test
    void theDetectorRunsItAsABuiltInRule() {
        Verdict v = FalseAdDetector.rulesOnly().check(Claim.of("满300减50，相当于直接打五折"));
        assertTrue(v.isViolation(), v::toString);
        assertTrue(v.findings().stream().anyMatch(f -> f.ruleId().equals("discount.arithmetic")), v::toString);
    }
}
