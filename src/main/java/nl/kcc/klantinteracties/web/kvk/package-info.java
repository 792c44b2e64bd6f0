/** The Handelsregister (the KvK's Zoeken API) the werkplek finds companies in, off until it is configured. */
@NullMarked
package nl.kcc.klantinteracties.web.kvk;

import org.jspecify.annotations.NullMarked;
