/** The Klantbeeld screen: one klant with their contacts, tasks and contact data. */
@NullMarked
package nl.kcc.klantinteracties.web.klantbeeld;

import org.jspecify.annotations.NullMarked;
