/**
 * The standard's gegevensgroepen that several resources share: an address, a contact name, the identification of an
 * object in another register. An open module, as the families build their fields from its parts.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.kcc.klantinteracties.gegevensgroep;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
