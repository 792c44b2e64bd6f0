package nl.kcc.klantinteracties.api.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Parsing of the text forms the API accepts, shared by request bodies and query parameters. */
public final class Texts {

    /** Times written without an offset are the municipality's local time. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

    private Texts() {}

    /** A UUID in its usual form (hyphens optional, any case), or null. */
    public static @Nullable UUID parseUuid(@Nullable String text) {
        if (text == null || !UUID_FORM.matcher(text).matches()) {
            return null;
        }
        String hex = text.replace("-", "");
        return new UUID(
                Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /**
     * The forms of a date and time the standard's reference takes (Python's {@code datetime.fromisoformat}, which
     * Django tries first): a date alone (midnight), {@code T} or a space between date and time, the time to the hour,
     * minute or second with any fraction after {@code .} or {@code ,} (to the microsecond), the basic forms without
     * separators, and an offset of {@code Z}, {@code +HH}, {@code +HHMM} or {@code +HH:MM}. Without an offset the time
     * is the municipality's.
     *
     * @return the moment, or null when the text is none of these
     */
    public static @Nullable OffsetDateTime parseDateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        boolean extended = m.group("y") != null;
        String date = extended
                ? m.group("y") + "-" + two(m.group("mo")) + "-" + two(m.group("d"))
                : m.group("by") + "-" + m.group("bmo") + "-" + m.group("bd");
        String hour = two(first(m.group("h"), m.group("bh")));
        String minute = two(first(m.group("mi"), m.group("bmi")));
        String second = two(first(m.group("s"), m.group("bs")));
        String fraction = first(m.group("f"), m.group("bf"));
        String offset = m.group("z");
        if (hour == null && offset != null) {
            return null;
        }
        String time = (hour == null ? "00" : hour) + ":" + (minute == null ? "00" : minute) + ":"
                + (second == null ? "00" : second)
                + (fraction == null ? "" : "." + (fraction.length() > 6 ? fraction.substring(0, 6) : fraction));
        try {
            LocalDateTime local = LocalDateTime.parse(date + "T" + time);
            if (offset == null) {
                return local.atZone(LOCAL_ZONE).toOffsetDateTime();
            }
            return local.atOffset(ZoneOffset.of(offset.equals("Z") ? "Z" : normalOffset(offset)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Pattern DATE_TIME = Pattern.compile("^(?:"
            + "(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})"
            + "(?:[T ](?<h>[0-9]{1,2})(?::(?<mi>[0-9]{1,2})(?::(?<s>[0-9]{1,2})(?:[.,](?<f>[0-9]+))?)?)?\\s*)?"
            + "|(?<by>[0-9]{4})(?<bmo>[0-9]{2})(?<bd>[0-9]{2})"
            + "(?:T(?<bh>[0-9]{2})(?:(?<bmi>[0-9]{2})(?:(?<bs>[0-9]{2})(?:[.,](?<bf>[0-9]+))?)?)?)?"
            + ")(?<z>Z|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)?$");

    /** Django's own reading, after Python's, takes one-digit months, days and times: {@code 2019-8-4 9:05}. */
    private static String two(String digits) {
        return digits == null || digits.length() == 2 ? digits : "0" + digits;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** {@code +02}, {@code +0200} and {@code +02:00} as {@code +02:00}. */
    private static String normalOffset(String offset) {
        String digits = offset.substring(1).replace(":", "");
        var normal = new StringBuilder(offset.substring(0, 1)).append(digits, 0, 2);
        for (int i = 2; i < digits.length(); i += 2) {
            normal.append(':').append(digits, i, i + 2);
        }
        return normal.length() == 3 ? normal + ":00" : normal.toString();
    }

    /**
     * A calendar date in the forms the standard's reference takes (Python's {@code date.fromisoformat}, then Django's
     * pattern): {@code 2024-05-01}, {@code 2024-5-1} and {@code 20240501}; or null.
     */
    public static @Nullable LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return m.group("y") != null
                    ? LocalDate.of(
                            Integer.parseInt(m.group("y")),
                            Integer.parseInt(m.group("mo")),
                            Integer.parseInt(m.group("d")))
                    : LocalDate.of(
                            Integer.parseInt(m.group("by")),
                            Integer.parseInt(m.group("bmo")),
                            Integer.parseInt(m.group("bd")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "^(?:(?<y>[0-9]{4})-(?<mo>[0-9]{1,2})-(?<d>[0-9]{1,2})|(?<by>[0-9]{4})(?<bmo>[0-9]{2})(?<bd>[0-9]{2}))$");

    /**
     * Rejects characters that have no place in the register's texts: NUL (which PostgreSQL cannot store), other
     * control characters than tab and line breaks, and unpaired surrogates.
     *
     * @return whether the text is acceptable
     */
    public static boolean checkCharacters(String text, String path, Violations violations) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                violations.add(path, "null_characters_not_allowed", "Een NUL-teken is niet toegestaan.");
                return false;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                violations.add(path, "invalid", "Stuurtekens zijn niet toegestaan.");
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                violations.add(path, "surrogate_characters_not_allowed", "Losse surrogaattekens zijn niet toegestaan.");
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                violations.add(path, "surrogate_characters_not_allowed", "Losse surrogaattekens zijn niet toegestaan.");
                return false;
            }
        }
        return true;
    }
}
