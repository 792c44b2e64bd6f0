/** Request bodies: the declared fields, their validation, and every problem reported at once. */
package nl.kcc.klantinteracties.api.json;
