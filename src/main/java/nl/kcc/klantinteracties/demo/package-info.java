/** The demo data set, made by running the standard's cases through the resources. */
@NullMarked
package nl.kcc.klantinteracties.demo;

import org.jspecify.annotations.NullMarked;
