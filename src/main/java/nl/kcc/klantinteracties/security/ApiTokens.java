package nl.kcc.klantinteracties.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's API tokens: made, listed and revoked by an operator, checked on every request. */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final TokenUse use;

    ApiTokens(JdbcClient jdbc, TokenUse use) {
        this.jdbc = jdbc;
        this.use = use;
    }

    /** A token as an operator sees it: never its key. */
    public record TokenInfo(
            UUID id,
            String name,
            Set<Scope> scopes,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt,
            boolean provisioned,
            OffsetDateTime lastUsedAt,
            String lastUsedBy) {}

    /** Thrown when an application already has an active token under that name. */
    public static class NameTaken extends RuntimeException {
        NameTaken(String name) {
            super("An active token named '" + name + "' already exists; revoke it first or choose another name");
        }
    }

    /** Makes a token with the default scopes that never expires; see {@link #create(String, Set, OffsetDateTime)}. */
    @Transactional
    public String create(String name) {
        return create(name, Scope.DEFAULT, null);
    }

    /**
     * Makes a token and returns its key, which exists nowhere else afterwards.
     *
     * @param expiresAt when the token stops working, or null for never
     * @return the key to hand to the application
     */
    @Transactional
    public String create(String name, Set<Scope> scopes, @Nullable OffsetDateTime expiresAt) {
        String key = newKey();
        store(name, hash(key), scopes, expiresAt, false);
        return key;
    }

    /** The shortest key an operator may bring: an Open Klant key is 40 characters. */
    public static final int MINIMUM_KEY_LENGTH = 32;

    /**
     * Makes a token with a key the operator brings, such as the one an application used with Open Klant, so that the
     * application keeps working unchanged after switching. The key is kept hashed, as a generated one.
     */
    @Transactional
    public void createWithKey(String name, String key, Set<Scope> scopes, @Nullable OffsetDateTime expiresAt) {
        requireUsableKey(key);
        boolean used = jdbc.sql("select exists (select 1 from api_token where key_hash = ?)")
                .param(hash(key))
                .query(Boolean.class)
                .single();
        if (used) {
            throw new IllegalArgumentException("This key belongs to another token already (perhaps a revoked one)");
        }
        store(name, hash(key), scopes, expiresAt, false);
    }

    /** Refuses a key an operator brings that is too short to be secret, or that cannot travel in a header. */
    public static void requireUsableKey(String key) {
        if (key == null || key.length() < MINIMUM_KEY_LENGTH || key.length() > 200) {
            throw new IllegalArgumentException("A key needs " + MINIMUM_KEY_LENGTH + " to 200 characters; this one has "
                    + (key == null ? 0 : key.length()));
        }
        if (!key.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException(
                    "A key may hold only visible ASCII characters, no spaces, as it travels in an HTTP header");
        }
    }

    /** The SHA-256 of a key, as stored; what a setup file may give instead of the key itself. */
    public static byte[] keyHash(String key) {
        return hash(key);
    }

    /** What {@link #provision} did. */
    public enum Provisioning {
        MADE,
        CHANGED,
        UNCHANGED,
        /** Not made: its key was revoked (perhaps because it leaked), and a revoked key does not come back. */
        KEY_REVOKED
    }

    /**
     * Makes or brings up to date the active token of this name as the setup file describes it, and marks it as the
     * file's. A token made by the command line or in beheer is taken over only when it has the file's key, so that a
     * setup file never silently replaces the key an application uses.
     *
     * @param keyHash the SHA-256 of the key
     * @param expiresAt when the token stops working, or null for never
     * @throws IllegalArgumentException when the key is another token's, or the name is an active token's with another
     *     key
     */
    @Transactional
    public Provisioning provision(String name, byte[] keyHash, Set<Scope> scopes, @Nullable OffsetDateTime expiresAt) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        boolean revoked = jdbc.sql(
                        "select exists (select 1 from api_token where key_hash = ? and revoked_at is not null)")
                .param(keyHash)
                .query(Boolean.class)
                .single();
        if (revoked) {
            return Provisioning.KEY_REVOKED;
        }
        boolean keyElsewhere = jdbc.sql("select exists (select 1 from api_token where key_hash = ? and name <> ?)")
                .params(keyHash, name)
                .query(Boolean.class)
                .single();
        if (keyElsewhere) {
            throw new IllegalArgumentException("its key is another token's key already; give each token its own");
        }
        var current = jdbc.sql("select id, key_hash, scopes, expires_at, provisioned from api_token"
                        + " where name = ? and revoked_at is null for update")
                .param(name)
                .query((rs, row) -> new Current(
                        rs.getObject("id", UUID.class),
                        rs.getBytes("key_hash"),
                        scopes(rs.getArray("scopes")),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getBoolean("provisioned")))
                .optional();
        if (current.isEmpty()) {
            store(name, keyHash, scopes, expiresAt, true);
            return Provisioning.MADE;
        }
        Current token = current.get();
        boolean sameKey = MessageDigest.isEqual(token.keyHash(), keyHash);
        if (!token.provisioned() && !sameKey) {
            throw new IllegalArgumentException("an active token of this name was made with the command line or in"
                    + " beheer, with another key; revoke that one, or give the file's token another name");
        }
        boolean sameExpiry = token.expiresAt() == null
                ? expiresAt == null
                : expiresAt != null && token.expiresAt().isEqual(expiresAt);
        if (token.provisioned() && sameKey && token.scopes().equals(scopes) && sameExpiry) {
            return Provisioning.UNCHANGED;
        }
        jdbc.sql("update api_token set key_hash = ?, scopes = ?, expires_at = ?, provisioned = true where id = ?")
                .params(keyHash, scopeArray(scopes), expiresAt, token.id())
                .update();
        return Provisioning.CHANGED;
    }

    private record Current(UUID id, byte[] keyHash, Set<Scope> scopes, OffsetDateTime expiresAt, boolean provisioned) {}

    /** Revokes the active tokens a setup file provisioned that it no longer lists; returns their names. */
    @Transactional
    public List<String> revokeProvisionedExcept(Collection<String> names) {
        return jdbc.sql("update api_token set revoked_at = now()"
                        + " where provisioned and revoked_at is null and not (name = any(?)) returning name")
                .param(new SqlArrayValue("text", names.toArray()))
                .query(String.class)
                .list();
    }

    private void store(
            String name, byte[] keyHash, Set<Scope> scopes, @Nullable OffsetDateTime expiresAt, boolean provisioned) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A token needs a name of 1 to 200 characters");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        try {
            jdbc.sql("insert into api_token (id, name, key_hash, scopes, expires_at, provisioned)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), name, keyHash, scopeArray(scopes), expiresAt, provisioned)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(name);
        }
    }

    @Transactional(readOnly = true)
    public List<TokenInfo> list() {
        return jdbc.sql("select id, name, scopes, created_at, expires_at, revoked_at, provisioned, last_used_at,"
                        + " last_used_by from api_token order by created_at, name")
                .query(ApiTokens::info)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<TokenInfo> find(UUID id) {
        return jdbc.sql("select id, name, scopes, created_at, expires_at, revoked_at, provisioned, last_used_at,"
                        + " last_used_by from api_token where id = ?")
                .param(id)
                .query(ApiTokens::info)
                .optional();
    }

    private static TokenInfo info(ResultSet rs, int row) throws SQLException {
        return new TokenInfo(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                scopes(rs.getArray("scopes")),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getBoolean("provisioned"),
                rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getString("last_used_by"));
    }

    /**
     * Gives an active token other scopes and another expiry; the key is unchanged, and every instance applies them
     * from the token's next request. A token of the setup file is changed there, not here.
     *
     * @param expiresAt when the token stops working, or null for never
     * @return whether there was an active token with that id
     */
    @Transactional
    public boolean change(UUID id, Set<Scope> scopes, @Nullable OffsetDateTime expiresAt) {
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one scope");
        }
        return jdbc.sql("update api_token set scopes = ?, expires_at = ? where id = ? and revoked_at is null"
                                + " and not provisioned")
                        .params(scopeArray(scopes), expiresAt, id)
                        .update()
                > 0;
    }

    /** Revokes the token with this id if it is active; returns whether it was. */
    @Transactional
    public boolean revoke(UUID id) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null")
                        .param(id)
                        .update()
                > 0;
    }

    /** The moment a token given a date stops working: the end of that day, in the municipality's time. */
    public static OffsetDateTime through(LocalDate day) {
        return day.plusDays(1).atStartOfDay(MUNICIPALITY).toOffsetDateTime();
    }

    /** The last day a token works, as {@link #through(LocalDate)} was given it; null for never. */
    public static @Nullable LocalDate lastDay(@Nullable OffsetDateTime expiresAt) {
        return expiresAt == null
                ? null
                : expiresAt.atZoneSameInstant(MUNICIPALITY).minusNanos(1).toLocalDate();
    }

    /** Revokes the active token with this name; returns whether there was one. */
    @Transactional
    public boolean revoke(String name) {
        return jdbc.sql("update api_token set revoked_at = now() where name = ? and revoked_at is null")
                        .param(name)
                        .update()
                > 0;
    }

    /** The application whose valid token this key is. */
    @Transactional(readOnly = true)
    public Optional<ApiClient> authenticate(String key) {
        byte[] presented = hash(key);
        // Whether the application registered something confidential comes in the same statement, from the partial
        // indexes of V15, so that a request still costs one statement to authenticate.
        return jdbc.sql("""
                        select t.id, t.name, t.scopes, t.key_hash,
                            exists (select 1 from klantcontact k
                                    where k.vertrouwelijk and k.registered_by = md5(t.name)::uuid)
                            or exists (select 1 from partij p
                                    where p.indicatie_geheimhouding and p.registered_by = md5(t.name)::uuid)
                                as registered_confidential
                        from api_token t
                        where t.key_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())""")
                .param(presented)
                .query((rs, row) -> new StoredToken(
                        new ApiClient(
                                rs.getObject("id", UUID.class),
                                rs.getString("name"),
                                scopes(rs.getArray("scopes")),
                                rs.getBoolean("registered_confidential")),
                        rs.getBytes("key_hash")))
                .optional()
                .filter(stored -> MessageDigest.isEqual(presented, stored.keyHash()))
                .map(StoredToken::client)
                .map(client -> {
                    // A client read from the token table has that token's id.
                    use.used(Objects.requireNonNull(client.tokenId()));
                    return client;
                });
    }

    private record StoredToken(ApiClient client, byte[] keyHash) {}

    private static SqlArrayValue scopeArray(Set<Scope> scopes) {
        return new SqlArrayValue(
                "text", scopes.stream().map(Scope::value).sorted().toArray());
    }

    /** A token made before scopes existed has none stored and keeps the full access it had. */
    private static Set<Scope> scopes(Array stored) throws SQLException {
        if (stored == null) {
            return Scope.ALL;
        }
        var scopes = EnumSet.noneOf(Scope.class);
        for (Object value : (Object[]) stored.getArray()) {
            Scope.parse((String) value).ifPresent(scopes::add);
        }
        return scopes;
    }

    private static String newKey() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
