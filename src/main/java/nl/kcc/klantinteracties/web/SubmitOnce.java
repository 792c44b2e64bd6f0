package nl.kcc.klantinteracties.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.kcc.klantinteracties.api.idempotency.IdempotencyKeys;
import nl.kcc.klantinteracties.api.json.Texts;
import nl.kcc.klantinteracties.security.Medewerker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A form that registers something carries a key made when it was rendered; a second submission of the same rendered
 * form (a double click, a reload of the answer) does not register it again but leads where the first led. The keys
 * are the API's {@code Idempotency-Key}s, under the medewerker's name.
 *
 * <p>Unlike the API, a second click waits for the first rather than hearing 409: the browser shows only the answer to
 * the last click, and that must be the registered contact, not an error. The key is claimed in the transaction of the
 * registration, so the second claim waits until the first commits (then it leads to the same page) or rolls back
 * (then it registers, as the first could not).
 */
@Component
public class SubmitOnce {

    /** Where the submission leads; {@code repeated} when an earlier submission of the same form did the work. */
    public record Outcome(String target, boolean repeated) {}

    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;

    SubmitOnce(IdempotencyKeys keys, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A new key, for a form being rendered. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Runs {@code submit} (which answers where to go next) once for this key; a form without a usable key (a page
     * rendered before keys existed) is submitted as it is.
     */
    public Outcome submit(Medewerker medewerker, String key, Supplier<String> submit) {
        if (key == null || Texts.parseUuid(key.strip()) == null) {
            return new Outcome(submit.get(), false);
        }
        String application = "werkplek:" + medewerker.gebruikersnaam();
        byte[] hash = key.strip().getBytes(StandardCharsets.UTF_8);
        return transaction.execute(status -> keys.claim(application, key.strip(), hash)
                .map(stored -> new Outcome(stored.headers().getOrDefault("Location", "/werkplek"), true))
                .orElseGet(() -> {
                    String target = submit.get();
                    keys.complete(application, key.strip(), 303, Map.of("Location", target), new byte[0]);
                    return new Outcome(target, false);
                }));
    }
}
