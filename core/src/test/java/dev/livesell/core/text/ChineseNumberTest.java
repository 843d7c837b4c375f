package dev.livesell.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.livesell.core.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumberTest {
    private static void same(String expected, String text) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumber.parse(text)), text);
    }

    @Test
    void parsesChineseNumerals() {
        same("300", "三百");
        same("2500", "两千五");
        same("250", "两百五");
        same("1200", "一千二");
        same("1005", "一千零五");
        same("15", "十五");
        same("50", "五十");
        same("35000", "三万五");
        same("200", "贰佰");
    }

    @Test
    void parsesDigitsWithMultipliers() {
        same("199", "199");
        same("15000", "1.5万");
        same("3000", "3k");
        same("300", "3百");
        same("79.9", "79.9");
    }

    @Test
    void rejectsWhatIsNotANumber() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ChineseNumber.parse("很多"));
        assertEquals("amount", e.field());
        assertThrows(InvalidValueException.class, () -> ChineseNumber.parse(" "));
        assertThrows(InvalidValueException.class, () -> ChineseNumber.parse("12xyz"));
    }
}
