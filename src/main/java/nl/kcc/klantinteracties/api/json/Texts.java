package nl.kcc.klantinteracties.api.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsing of the text forms the API accepts, shared by request bodies and query parameters. */
public final class Texts {

    /** Times written without an offset are the municipality's local time. */
    public static final ZoneId LOCAL_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

    private Texts() {}

    /** A UUID in its usual form (hyphens optional, any case), or null. */
    public static UUID parseUuid(String text) {
        if (text == null || !UUID_FORM.matcher(text).matches()) {
            return null;
        }
        String hex = text.replace("-", "");
        return new UUID(
                Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** An ISO 8601 date-time, with an offset or in local time, or null. */
    public static OffsetDateTime parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(LOCAL_ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** An ISO 8601 calendar date, or null. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

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
