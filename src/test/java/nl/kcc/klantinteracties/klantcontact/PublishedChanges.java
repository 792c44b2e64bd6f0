package nl.kcc.klantinteracties.klantcontact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.kcc.klantinteracties.api.resource.Change;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every {@link Change} the register publishes, for tests that check what the audit trail and notifications
 * will see. A component of the test classpath, so the application context the API tests share picks it up.
 */
@Component
public class PublishedChanges {

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @EventListener
    void record(Change change) {
        changes.add(change);
    }

    public void clear() {
        changes.clear();
    }

    public List<Change> all() {
        return List.copyOf(changes);
    }
}
