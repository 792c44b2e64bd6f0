package nl.kcc.klantinteracties.security;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The medewerkers' accounts of the werkplek: made, reset and disabled by an operator, checked at every login. Only a
 * bcrypt hash of a password is kept; the password is shown once, when it is made.
 *
 * <p>Repeated failed logins slow the next attempts down: after {@value #FREE_ATTEMPTS} failures in a row an account
 * takes no attempt until {@link #waitAfter(int)} has passed since the last one, whatever password is tried. The
 * bookkeeping is in the database, so it holds across instances and restarts.
 */
@Service
public class MedewerkerAccounts {

    static final int FREE_ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();
    // Without I, l, O, 0 and 1, so that a password read out loud or from paper comes across.
    private static final char[] PASSWORD_CHARACTERS =
            "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    MedewerkerAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account as an operator sees it: never its password. */
    public record AccountInfo(
            String gebruikersnaam,
            String naam,
            UUID actor,
            List<UUID> afdelingen,
            boolean vertrouwelijk,
            boolean beheerder,
            OffsetDateTime createdAt,
            OffsetDateTime disabledAt,
            int failedLogins,
            boolean provisioned) {}

    /** An account that may log in, with its password hash for the check. */
    record Active(
            Medewerker medewerker,
            String passwordHash,
            OffsetDateTime passwordChangedAt,
            int failedLogins,
            OffsetDateTime lastFailedLoginAt) {}

    public static class NameTaken extends RuntimeException {
        NameTaken(String gebruikersnaam) {
            super("An account named '" + gebruikersnaam + "' already exists");
        }
    }

    /**
     * Makes an account and returns its password, which exists nowhere else afterwards.
     *
     * @throws IllegalArgumentException when the gebruikersnaam or naam is unusable
     */
    @Transactional
    public String create(Medewerker medewerker) {
        String password = newPassword();
        insert(medewerker, password);
        return password;
    }

    /**
     * Makes an account with a password that is known beforehand: only for the documented accounts of a local demo,
     * whose passwords are no secret.
     */
    @Transactional
    public void createForDemo(Medewerker medewerker, String password) {
        insert(medewerker, password);
    }

    private void insert(Medewerker medewerker, String password) {
        String gebruikersnaam = normalise(medewerker.gebruikersnaam());
        if (!usable(gebruikersnaam)) {
            throw new IllegalArgumentException("A gebruikersnaam is 1 to 100 characters: letters, digits, '.', '_',"
                    + " '-' and '@', starting with a letter or digit");
        }
        if (medewerker.naam() == null
                || medewerker.naam().isBlank()
                || medewerker.naam().length() > 200) {
            throw new IllegalArgumentException("A medewerker needs a naam of 1 to 200 characters");
        }
        try {
            jdbc.sql("""
                            insert into medewerker_account (gebruikersnaam, password_hash, naam, actor_uuid, afdelingen,
                                vertrouwelijk, beheerder) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            gebruikersnaam,
                            passwords.encode(password),
                            medewerker.naam().strip(),
                            medewerker.actor(),
                            new SqlArrayValue("uuid", medewerker.afdelingen().toArray()),
                            medewerker.vertrouwelijk(),
                            medewerker.beheerder())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new NameTaken(gebruikersnaam);
        }
    }

    /** What {@link #provision} did. */
    public enum Provisioning {
        MADE,
        CHANGED,
        UNCHANGED
    }

    /**
     * Makes or brings up to date the account as the setup file describes it, and marks it as the file's. An account
     * the file makes without a password hash has a password nobody knows: its medewerker logs in through OpenID
     * Connect, or gets a password from {@code medewerkers reset}. A password is only changed when the file gives a
     * hash, so that a reset password survives the next start.
     *
     * @param passwordHash a bcrypt hash ({@code {bcrypt}$2b$...} or {@code $2b$...}), or null
     * @param actief false disables the account; true enables a disabled one
     */
    @Transactional
    public Provisioning provision(Medewerker medewerker, @Nullable String passwordHash, boolean actief) {
        String gebruikersnaam = normalise(medewerker.gebruikersnaam());
        String hash = passwordHash == null ? null : storedHash(passwordHash);
        var current = jdbc.sql("select * from medewerker_account where gebruikersnaam = ? for update")
                .param(gebruikersnaam)
                .query((rs, row) -> new Stored(info(rs, row), rs.getString("password_hash")))
                .optional();
        if (current.isEmpty()) {
            insert(medewerker, newPassword());
            jdbc.sql("update medewerker_account set provisioned = true, password_hash = coalesce(?, password_hash),"
                            + " disabled_at = case when ? then null else now() end where gebruikersnaam = ?")
                    .params(hash, actief, gebruikersnaam)
                    .update();
            return Provisioning.MADE;
        }
        AccountInfo account = current.get().info();
        boolean newPassword = hash != null && !hash.equals(current.get().passwordHash());
        boolean same = account.provisioned()
                && account.naam().equals(medewerker.naam().strip())
                && account.afdelingen().equals(medewerker.afdelingen())
                && account.vertrouwelijk() == medewerker.vertrouwelijk()
                && account.beheerder() == medewerker.beheerder()
                && (account.disabledAt() == null) == actief
                && !newPassword;
        if (same) {
            return Provisioning.UNCHANGED;
        }
        jdbc.sql("""
                        update medewerker_account set naam = ?, afdelingen = ?, vertrouwelijk = ?, beheerder = ?,
                            provisioned = true,
                            password_hash = case when ? then ? else password_hash end,
                            password_changed_at = case when ? then now() else password_changed_at end,
                            disabled_at = case when ? then null else coalesce(disabled_at, now()) end
                        where gebruikersnaam = ?""")
                .params(
                        medewerker.naam().strip(),
                        new SqlArrayValue("uuid", medewerker.afdelingen().toArray()),
                        medewerker.vertrouwelijk(),
                        medewerker.beheerder(),
                        newPassword,
                        hash,
                        newPassword,
                        actief,
                        gebruikersnaam)
                .update();
        return Provisioning.CHANGED;
    }

    private record Stored(AccountInfo info, String passwordHash) {}

    /** Disables the enabled accounts a setup file made that it no longer lists; returns their gebruikersnamen. */
    @Transactional
    public List<String> disableProvisionedExcept(Collection<String> gebruikersnamen) {
        return jdbc.sql("update medewerker_account set disabled_at = now()"
                        + " where provisioned and disabled_at is null and not (gebruikersnaam = any(?))"
                        + " returning gebruikersnaam")
                .param(new SqlArrayValue(
                        "text",
                        gebruikersnamen.stream()
                                .map(MedewerkerAccounts::normalise)
                                .toArray()))
                .query(String.class)
                .list();
    }

    /** A bcrypt hash as the password encoder stores it, or a refusal that says what a usable one looks like. */
    public static String storedHash(String passwordHash) {
        String hash = passwordHash.strip();
        String bare = hash.startsWith("{bcrypt}") ? hash.substring("{bcrypt}".length()) : hash;
        if (!bare.matches("\\$2[aby]?\\$[0-9]{2}\\$[./A-Za-z0-9]{53}")) {
            throw new IllegalArgumentException("not a bcrypt hash ($2b$12$ followed by 53 characters, as"
                    + " htpasswd -nbBC 12 or Spring's BCryptPasswordEncoder make it)");
        }
        return "{bcrypt}" + bare;
    }

    /** Gives the account a new password, enables it and forgets its failed logins; empty when there is none. */
    @Transactional
    public Optional<String> reset(String gebruikersnaam) {
        String password = newPassword();
        int updated = jdbc.sql("""
                        update medewerker_account set password_hash = ?, password_changed_at = now(),
                            disabled_at = null, failed_logins = 0, last_failed_login_at = null
                        where gebruikersnaam = ?""")
                .params(passwords.encode(password), normalise(gebruikersnaam))
                .update();
        return updated == 0 ? Optional.empty() : Optional.of(password);
    }

    /** Disables the account: it cannot log in, and its open sessions end at their next request. */
    @Transactional
    public boolean disable(String gebruikersnaam) {
        return jdbc.sql("update medewerker_account set disabled_at = now() where gebruikersnaam = ?"
                                + " and disabled_at is null")
                        .param(normalise(gebruikersnaam))
                        .update()
                > 0;
    }

    /**
     * Gives or takes the roles; a null leaves that role as it is. Counts from the account's next request.
     *
     * @return whether there is such an account
     */
    @Transactional
    public boolean roles(String gebruikersnaam, @Nullable Boolean vertrouwelijk, @Nullable Boolean beheerder) {
        return jdbc.sql("update medewerker_account set vertrouwelijk = coalesce(cast(? as boolean), vertrouwelijk),"
                                + " beheerder = coalesce(cast(? as boolean), beheerder) where gebruikersnaam = ?")
                        .params(vertrouwelijk, beheerder, normalise(gebruikersnaam))
                        .update()
                > 0;
    }

    /**
     * Sets the afdelingen the medewerker works for; the caller checks that they are afdelingen.
     *
     * @return whether there is such an account
     */
    @Transactional
    public boolean afdelingen(String gebruikersnaam, List<UUID> afdelingen) {
        return jdbc.sql("update medewerker_account set afdelingen = ? where gebruikersnaam = ?")
                        .params(
                                new SqlArrayValue(
                                        "uuid", afdelingen.stream().distinct().toArray()),
                                normalise(gebruikersnaam))
                        .update()
                > 0;
    }

    /** One account as an operator sees it, disabled or not. */
    @Transactional(readOnly = true)
    public Optional<AccountInfo> info(String gebruikersnaam) {
        return jdbc.sql("select * from medewerker_account where gebruikersnaam = ?")
                .param(normalise(gebruikersnaam))
                .query(MedewerkerAccounts::info)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<AccountInfo> list() {
        return jdbc.sql("select * from medewerker_account order by gebruikersnaam")
                .query(MedewerkerAccounts::info)
                .list();
    }

    private static AccountInfo info(ResultSet rs, int row) throws SQLException {
        return new AccountInfo(
                rs.getString("gebruikersnaam"),
                rs.getString("naam"),
                rs.getObject("actor_uuid", UUID.class),
                uuids(rs.getArray("afdelingen")),
                rs.getBoolean("vertrouwelijk"),
                rs.getBoolean("beheerder"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("disabled_at", OffsetDateTime.class),
                rs.getInt("failed_logins"),
                rs.getBoolean("provisioned"));
    }

    /** The medewerker of an account that is not disabled, as it is now. */
    @Transactional(readOnly = true)
    public Optional<Medewerker> find(String gebruikersnaam) {
        return active(gebruikersnaam).map(Active::medewerker);
    }

    @Transactional(readOnly = true)
    Optional<Active> active(String gebruikersnaam) {
        return jdbc.sql("select * from medewerker_account where gebruikersnaam = ? and disabled_at is null")
                .param(normalise(gebruikersnaam))
                .query((rs, row) -> new Active(
                        medewerker(rs),
                        rs.getString("password_hash"),
                        rs.getObject("password_changed_at", OffsetDateTime.class),
                        rs.getInt("failed_logins"),
                        rs.getObject("last_failed_login_at", OffsetDateTime.class)))
                .optional();
    }

    /** How long the account must wait before its next attempt, after this many failures in a row. */
    static Duration waitAfter(int failedLogins) {
        if (failedLogins < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedLogins - FREE_ATTEMPTS, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * Counts an attempt as failed before its password is checked, if no other attempt was counted since the account
     * was read: of attempts sent at once, only one gets its password checked, so that sending many in parallel does
     * not get past the wait. A good password then clears the count.
     */
    @Transactional
    boolean claimAttempt(Active account) {
        return jdbc.sql("update medewerker_account set failed_logins = failed_logins + 1, last_failed_login_at = now()"
                                + " where gebruikersnaam = ? and failed_logins = ? and disabled_at is null")
                        .params(account.medewerker().gebruikersnaam(), account.failedLogins())
                        .update()
                == 1;
    }

    @Transactional
    void recordSuccess(String gebruikersnaam) {
        jdbc.sql("update medewerker_account set failed_logins = 0, last_failed_login_at = null"
                        + " where gebruikersnaam = ? and failed_logins > 0")
                .param(normalise(gebruikersnaam))
                .update();
    }

    PasswordEncoder passwordEncoder() {
        return passwords;
    }

    /** Whether a gebruikersnaam, normalised, can name an account: it travels in URLs and log lines as it is. */
    public static boolean usable(String gebruikersnaam) {
        return normalise(gebruikersnaam).matches("[a-z0-9][a-z0-9._@-]{0,99}");
    }

    public static String normalise(String gebruikersnaam) {
        return gebruikersnaam == null ? "" : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
    }

    private static Medewerker medewerker(ResultSet rs) throws SQLException {
        return new Medewerker(
                rs.getString("gebruikersnaam"),
                rs.getString("naam"),
                rs.getObject("actor_uuid", UUID.class),
                uuids(rs.getArray("afdelingen")),
                rs.getBoolean("vertrouwelijk"),
                rs.getBoolean("beheerder"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }

    private static String newPassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(PASSWORD_CHARACTERS[RANDOM.nextInt(PASSWORD_CHARACTERS.length)]);
        }
        return password.toString();
    }
}
