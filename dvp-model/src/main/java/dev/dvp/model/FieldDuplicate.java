package dev.dvp.model;

import java.util.List;

/**
 * A field that appears a second time in the same object while a document is read.
 *
 * @param steps the path from the document's root: field names ({@code String}) and list indexes ({@code Integer}),
 *     the last step being the repeated name
 * @param at where the repeated key is written (its second occurrence)
 */
record FieldDuplicate(List<Object> steps, Location at) {}
