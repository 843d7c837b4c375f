package dev.livesell.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.livesell.core.InvalidValueException;
import dev.livesell.core.PersonaStyle;
import dev.livesell.core.ProductId;
import dev.livesell.core.UnknownIdException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScriptRequestTest {
    @Test
    void rejectsLanguagesOtherThanChineseAndEnglish() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () ->
                ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("t-100")).language("fr").build());
        assertEquals("language", e.field());
        assertEquals("fr", e.value());
    }

    @Test
    void rejectsAProductListedTwice() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () ->
                ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("t-100"), ProductId.of("t-100")).build());
        assertEquals("items", e.field());
    }

    @Test
    void rejectsEmptyRequestsAndZeroMinutes() {
        assertThrows(InvalidValueException.class, () -> ScriptRequest.builder().build());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ScriptRequest.builder().minutes(0));
        assertEquals("minutes", e.field());
    }

    @Test
    void unknownProductIdFailsWithTypedError() {
        assertThrows(UnknownIdException.class, () -> ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("nope")));
    }

    @Test
    void offerMustBelongToTheProduct() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () ->
                ScriptItem.of(TestCatalog.product("t-100"), TestCatalog.offer("t-200")));
        assertEquals("offer.productId", e.field());
    }

    @Test
    void defaultsAndNormalization() {
        ScriptRequest r = ScriptRequest.builder().add(TestCatalog.CATALOG, ProductId.of("t-100")).language("zh-CN").build();
        assertEquals("zh", r.language());
        assertEquals(PersonaStyle.WARM, r.style());
        assertEquals(Duration.ofMinutes(30), r.length());
    }
}
