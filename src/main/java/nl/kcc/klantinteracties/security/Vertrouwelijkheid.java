package nl.kcc.klantinteracties.security;

import java.util.UUID;
import nl.kcc.klantinteracties.api.ApiContext;
import org.jspecify.annotations.Nullable;

/**
 * What a caller without the {@code klantinteracties:vertrouwelijk} scope may not see, as SQL conditions the resources
 * add to their queries: a klantcontact marked {@code vertrouwelijk} and what hangs under it, and a partij with
 * {@code indicatieGeheimhouding} and its data. For a caller with the scope every condition is {@code true}.
 *
 * <p>An application keeps seeing the confidential klantcontacten and secret partijen it registered itself, and what
 * hangs under them ({@link ApiContext#owner}, ADR 0013), so that it can go on writing under what it has just written;
 * those of other applications stay hidden from it.
 */
public final class Vertrouwelijkheid {

    private Vertrouwelijkheid() {}

    /** The klantcontact (aliased {@code alias}) itself. */
    public static String klantcontact(String alias, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        // The second arm is written so that PostgreSQL can take it from V15's partial index.
        return context.owner() == null
                ? "not " + alias + ".vertrouwelijk"
                : "(not " + alias + ".vertrouwelijk or (" + alias + ".vertrouwelijk and " + alias + ".registered_by = "
                        + literal(context.owner()) + "))";
    }

    /** An object that hangs under the klantcontact in {@code column}; no klantcontact hides nothing. */
    public static String onderKlantcontact(String column, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        return "not exists (select 1 from klantcontact vk where vk.uuid = " + column + " and vk.vertrouwelijk"
                + notOwnedBy("vk", context.owner()) + ")";
    }

    /** The partij (aliased {@code alias}) itself. */
    public static String partij(String alias, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        return context.owner() == null
                ? alias + ".indicatie_geheimhouding is not true"
                : "(" + alias + ".indicatie_geheimhouding is not true or " + alias + ".registered_by = "
                        + literal(context.owner()) + ")";
    }

    /** Data of the partij in {@code column}; no partij hides nothing. */
    public static String vanPartij(String column, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        return "not exists (select 1 from partij vp where vp.uuid = " + column + " and vp.indicatie_geheimhouding"
                + notOwnedBy("vp", context.owner()) + ")";
    }

    /** The betrokkene in {@code column}: as hidden as its klantcontact; no betrokkene hides nothing. */
    public static String betrokkene(String column, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        return onderKlantcontact(
                "(select vb.klantcontact_uuid from betrokkene vb where vb.uuid = " + column + ")", context);
    }

    /**
     * The digitaal adres (aliased {@code alias}): hidden with its partij, and when only a betrokkene gave it, with that
     * betrokkene's klantcontact.
     */
    public static String digitaalAdres(String alias, ApiContext context) {
        if (context.vertrouwelijk()) {
            return "true";
        }
        return vanPartij(alias + ".partij_uuid", context) + " and (" + alias + ".partij_uuid is not null or "
                + betrokkene(alias + ".betrokkene_uuid", context) + ")";
    }

    private static String notOwnedBy(String alias, @Nullable UUID owner) {
        return owner == null ? "" : " and " + alias + ".registered_by is distinct from " + literal(owner);
    }

    /** A uuid's text is hex digits and dashes only, so it is safe as a literal. */
    private static String literal(UUID uuid) {
        return "'" + uuid + "'::uuid";
    }
}
