/**
 * Declarative setup: a YAML file, named by {@code klantinteracties.setup.file}, that says which tokens, afdelingen,
 * groepen, medewerkers, accounts and categorieën the register has (and whether it registers its notification
 * kanalen), applied at every start in one transaction and
 * idempotently, so that a GitOps deployment provisions a register the way it provisions the rest of its platform.
 */
@NullMarked
package nl.kcc.klantinteracties.setup;

import org.jspecify.annotations.NullMarked;
