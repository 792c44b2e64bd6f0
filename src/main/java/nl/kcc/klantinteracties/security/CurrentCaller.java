package nl.kcc.klantinteracties.security;

import java.util.UUID;
import nl.kcc.klantinteracties.api.RequestCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The caller of the current request from its authentication, for the API's conventions. */
@Component
class CurrentCaller implements RequestCaller {

    @Override
    public String name() {
        Caller caller = Caller.current();
        return caller.user().isEmpty() ? caller.application() : caller.application() + ":" + caller.user();
    }

    @Override
    public @Nullable UUID owner() {
        return Owner.current();
    }
}
