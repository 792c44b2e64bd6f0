/** What operators see of the running register: access log, metrics, traces and the settings for them. */
@NullMarked
package nl.kcc.klantinteracties.observability;

import org.jspecify.annotations.NullMarked;
