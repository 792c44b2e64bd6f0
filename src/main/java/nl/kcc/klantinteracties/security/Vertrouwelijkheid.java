package nl.kcc.klantinteracties.security;

import nl.kcc.klantinteracties.api.ApiContext;

/**
 * What a caller without the {@code klantinteracties:vertrouwelijk} scope may not see, as SQL conditions the resources
 * add to their queries: a klantcontact marked {@code vertrouwelijk} and what hangs under it, and a partij with
 * {@code indicatieGeheimhouding} and its data. For a caller with the scope every condition is {@code true}.
 */
public final class Vertrouwelijkheid {

    private Vertrouwelijkheid() {}

    /** The klantcontact (aliased {@code alias}) itself. */
    public static String klantcontact(String alias, ApiContext context) {
        return context.vertrouwelijk() ? "true" : "not " + alias + ".vertrouwelijk";
    }

    /** An object that hangs under the klantcontact in {@code column}; no klantcontact hides nothing. */
    public static String onderKlantcontact(String column, ApiContext context) {
        return context.vertrouwelijk()
                ? "true"
                : "not exists (select 1 from klantcontact vk where vk.uuid = " + column + " and vk.vertrouwelijk)";
    }

    /** The partij (aliased {@code alias}) itself. */
    public static String partij(String alias, ApiContext context) {
        return context.vertrouwelijk() ? "true" : alias + ".indicatie_geheimhouding is not true";
    }

    /** Data of the partij in {@code column}; no partij hides nothing. */
    public static String vanPartij(String column, ApiContext context) {
        return vanPartij(column, context.vertrouwelijk());
    }

    /** The same, for a query condition written for the caller ({@code SqlWhere.andForCaller}). */
    public static String vanPartij(String column, boolean vertrouwelijk) {
        return vertrouwelijk
                ? "true"
                : "not exists (select 1 from partij vp where vp.uuid = " + column + " and vp.indicatie_geheimhouding)";
    }
}
