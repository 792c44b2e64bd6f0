package nl.kcc.klantinteracties.klantcontact;

import java.util.List;

/**
 * The answer to deleting an onderwerpobject with {@code cascade=true}.
 *
 * @param behouden the URLs of the klantcontacten that were kept because other onderwerpobjecten still point at them
 */
public record OnderwerpobjectDeleteResponse(List<String> behouden) {}
