/** Mijn taken and the actions on a task, which follow what the task asks. */
@NullMarked
package nl.kcc.klantinteracties.web.taken;

import org.jspecify.annotations.NullMarked;
