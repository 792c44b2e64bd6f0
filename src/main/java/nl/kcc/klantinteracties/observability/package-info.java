/** What operators see of the running register: access log, metrics, traces and the settings for them. */
package nl.kcc.klantinteracties.observability;
