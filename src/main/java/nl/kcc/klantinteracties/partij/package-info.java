/**
 * Partijen: the persons and organisations the municipality deals with, how the BRP and the Handelsregister identify
 * them, who represents whom, their bank accounts and the categories they are placed in.
 */
@NullMarked
package nl.kcc.klantinteracties.partij;

import org.jspecify.annotations.NullMarked;
