/** The served OpenAPI documents, written from the resources' declarations. */
@NullMarked
package nl.kcc.klantinteracties.api.openapi;

import org.jspecify.annotations.NullMarked;
