/** Request bodies: the declared fields, their validation, and every problem reported at once. */
@NullMarked
package nl.kcc.klantinteracties.api.json;

import org.jspecify.annotations.NullMarked;
