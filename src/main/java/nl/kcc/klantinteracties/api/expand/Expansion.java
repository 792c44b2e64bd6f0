package nl.kcc.klantinteracties.api.expand;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * A relation a client can ask to include: from a shown object to the uuids of the related objects, and the collection
 * whose renderer shows them.
 *
 * @param name the relation as the client names it in {@code expand}
 * @param many whether it includes a list ({@code []} when empty) or one object ({@code null} when absent)
 * @param targets the uuids of the related objects of one shown object
 * @param collection the collection of the related objects
 */
public record Expansion<R>(String name, boolean many, Function<R, Collection<UUID>> targets, String collection) {

    public static <R> Expansion<R> toMany(String name, String collection, Function<R, Collection<UUID>> targets) {
        return new Expansion<>(name, true, targets, collection);
    }

    public static <R> Expansion<R> toOne(String name, String collection, Function<R, UUID> target) {
        return new Expansion<>(
                name,
                false,
                r -> {
                    UUID uuid = target.apply(r);
                    return uuid == null ? List.of() : List.of(uuid);
                },
                collection);
    }
}
