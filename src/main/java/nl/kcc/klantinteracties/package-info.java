/** The Klantinteracties register: the application, and a package per resource family and per concern. */
@NullMarked
package nl.kcc.klantinteracties;

import org.jspecify.annotations.NullMarked;
