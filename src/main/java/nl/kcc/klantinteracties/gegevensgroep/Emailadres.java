package nl.kcc.klantinteracties.gegevensgroep;

import java.net.IDN;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a text is an e-mail address mail can be delivered to: a local part of the usual characters and a domain
 * name with at least one dot. Domain names in other scripts are accepted in their Unicode form. Quoted local parts
 * and addresses at an IP address are valid by the RFC but not used by people a municipality writes to, and are
 * refused.
 */
public final class Emailadres {

    public static final int MAX_LENGTH = 254;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");

    static final String REDEN = "Geef een geldig e-mailadres op, zoals naam@gemeente.nl.";

    private Emailadres() {}

    /**
     * Checks an e-mail address, for {@code Fields.string(..).rule("invalid", Emailadres::check)}.
     *
     * @return why the address is not acceptable, or null when it is
     */
    public static @Nullable String check(String adres) {
        int at = adres.lastIndexOf('@');
        if (at <= 0 || at == adres.length() - 1 || adres.length() > MAX_LENGTH) {
            return REDEN;
        }
        String localPart = adres.substring(0, at);
        if (localPart.length() > 64 || !LOCAL_PART.matcher(localPart).matches()) {
            return REDEN;
        }
        return isDomain(adres.substring(at + 1)) ? null : REDEN;
    }

    private static boolean isDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.length() > 253) {
            return false;
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
