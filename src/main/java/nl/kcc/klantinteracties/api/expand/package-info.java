/** expand: which related objects a client asked to include, and filling them in batches. */
@NullMarked
package nl.kcc.klantinteracties.api.expand;

import org.jspecify.annotations.NullMarked;
