/**
 * The import: a copy of every object of another register that speaks the Klantinteracties and Contactgegevens APIs
 * (Open Klant, or another instance of this register) into this one, page by page, resumable, with a report that
 * compares both sides.
 */
@NullMarked
package nl.kcc.klantinteracties.importer;

import org.jspecify.annotations.NullMarked;
