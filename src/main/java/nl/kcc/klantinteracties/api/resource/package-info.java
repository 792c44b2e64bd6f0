/** The six operations of a resource, written once, the store a resource is composed with, and their HTTP side. */
@NullMarked
package nl.kcc.klantinteracties.api.resource;

import org.jspecify.annotations.NullMarked;
