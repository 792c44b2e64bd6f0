/**
 * The conventions every resource family shares, in one place: the six operations of a resource, fields and their
 * validation, filters, paging, expand, problem responses, idempotency and the OpenAPI documents. An open module: the
 * families use its sub-packages directly, and it depends on none of them.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.kcc.klantinteracties.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
