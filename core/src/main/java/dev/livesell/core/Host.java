package dev.livesell.core;

import java.util.List;

/**
 * A live-stream host (主播) and persona. Immutable and thread-safe.
 *
 * @param id           host id
 * @param name         stage name
 * @param style        speaking style
 * @param persona      one-paragraph persona description, for generators
 * @param language     BCP 47 tag of the language the host speaks
 * @param catchphrases signature phrases (must themselves be compliant)
 * @param specialties  category names the host usually sells
 */
public record Host(HostId id, String name, PersonaStyle style, String persona, String language,
                   List<String> catchphrases, List<String> specialties) {
    public Host {
        Check.notNull("id", id);
        Check.notBlank("name", name);
        style = style == null ? PersonaStyle.WARM : style;
        persona = persona == null ? "" : persona.strip();
        language = language == null || language.isBlank() ? "zh" : language.strip();
        catchphrases = Check.list("catchphrases", catchphrases);
        specialties = Check.list("specialties", specialties);
    }
}
