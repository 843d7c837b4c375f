package dev.livesell.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinVariantsTest {
    private final PinyinVariants pinyin = PinyinVariants.load();

    @Test
    void mixesEveryHanCharacterWithItsReadingsButNeverReturnsTheOriginal() {
        List<String> v = pinyin.variants("治疗");
        assertTrue(v.containsAll(List.of("治liao", "zhi疗", "zhiliao")), v::toString);
        assertFalse(v.contains("治疗"));
    }

    @Test
    void coversBothReadingsOfAHeteronym() {
        List<String> v = pinyin.variants("长高");
        assertTrue(v.contains("zhang高"), v::toString);
        assertTrue(v.contains("chang高"), v::toString);
    }

    @Test
    void keepsOtherCharactersAndSkipsTermsWithFewerThanTwoHanCharacters() {
        assertTrue(pinyin.variants("O型腿").contains("Oxingtui"), () -> pinyin.variants("O型腿").toString());
        assertEquals(List.of(), pinyin.variants("最"));
        assertEquals(List.of(), pinyin.variants("best"));
    }
}
