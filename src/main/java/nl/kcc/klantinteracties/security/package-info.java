/** API tokens and their scopes, confidentiality, medewerker accounts and the HTTP security chains. */
@NullMarked
package nl.kcc.klantinteracties.security;

import org.jspecify.annotations.NullMarked;
