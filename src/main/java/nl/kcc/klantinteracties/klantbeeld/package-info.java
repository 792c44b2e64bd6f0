/**
 * The klantbeeld (C4161): the picture a KCC employee gets of a known klant after authentication, in one read.
 */
@NullMarked
package nl.kcc.klantinteracties.klantbeeld;

import org.jspecify.annotations.NullMarked;
