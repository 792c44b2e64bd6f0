package nl.kcc.klantinteracties.api.query;

import nl.kcc.klantinteracties.api.expand.ExpandTree;
import nl.kcc.klantinteracties.api.page.PageRequest;

/** What a list request asks for: the conditions of its filters, the page and the related objects to include. */
public record ListQuery(SqlWhere where, PageRequest page, ExpandTree expand) {}
