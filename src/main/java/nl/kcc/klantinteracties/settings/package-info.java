/**
 * The register's own settings as a whole: every one is a typed record under {@code klantinteracties.*} or
 * {@code notificaties.*} in the package that uses it, checked when it is bound; this package refuses names that are
 * none of them, so that a misspelt setting stops the start instead of being ignored.
 */
@NullMarked
package nl.kcc.klantinteracties.settings;

import org.jspecify.annotations.NullMarked;
