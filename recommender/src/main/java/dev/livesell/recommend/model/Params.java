package dev.livesell.recommend.model;

import dev.livesell.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code --param key=value} values with field-named errors. Stateless. */
final class Params {
    private Params() {
    }

    static double positive(String key, String value) {
        double d = number(key, value);
        if (!(d > 0)) {
            throw new InvalidValueException(key, "must be positive", value);
        }
        return d;
    }

    static double nonNegative(String key, String value) {
        double d = number(key, value);
        if (!(d >= 0)) {
            throw new InvalidValueException(key, "must not be negative", value);
        }
        return d;
    }

    static double unit(String key, String value) {
        double d = number(key, value);
        if (!(d >= 0 && d <= 1)) {
            throw new InvalidValueException(key, "must be in [0, 1]", value);
        }
        return d;
    }

    static int positiveInt(String key, String value) {
        try {
            int i = Integer.parseInt(value.strip());
            if (i <= 0) {
                throw new InvalidValueException(key, "must be a positive integer", value);
            }
            return i;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "must be a positive integer", value);
        }
    }

    static boolean bool(String key, String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new InvalidValueException(key, "must be true or false", value);
        }
        return v.equals("true");
    }

    static double number(String key, String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "must be a number", value);
        }
    }

    static InvalidValueException unknown(String algo, String key, String known) {
        return new InvalidValueException("param", algo + " has no parameter '" + key + "'; known: " + known, key);
    }

    static Map<String, String> of(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return m;
    }
}
