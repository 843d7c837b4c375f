package dev.livesell.core;

import java.time.Month;

/** Meteorological season (northern hemisphere by default: March–May is spring). */
public enum Season {
    SPRING, SUMMER, AUTUMN, WINTER;

    public static Season of(Month month, boolean southernHemisphere) {
        int m = month.getValue();
        if (southernHemisphere) {
            m = (m + 5) % 12 + 1;
        }
        if (m >= 3 && m <= 5) {
            return SPRING;
        }
        if (m >= 6 && m <= 8) {
            return SUMMER;
        }
        return m >= 9 && m <= 11 ? AUTUMN : WINTER;
    }
}
