package nl.kcc.klantinteracties.partij;

/**
 * The check digit test of BSN and RSIN: nine digits, weighted 9 down to 2 and the last one -1, add up to a multiple of
 * eleven. It catches every single mistyped digit and most swapped pairs.
 */
final class Elfproef {

    private Elfproef() {}

    static boolean isValid(String nummer) {
        if (nummer.length() != 9 || !nummer.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nummer.charAt(i) - '0') * (9 - i);
        }
        sum -= nummer.charAt(8) - '0';
        // All zeros passes the sum but numbers no one.
        return sum % 11 == 0 && !nummer.equals("000000000");
    }
}
