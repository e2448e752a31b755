package app.envelope.billing.mapping;

/** The fields of a billing line a user can map a column of an unknown file to. */
public enum CanonicalField {
    DATE, VENDOR, PRODUCT, SKU, MODEL, UNIT, TOKEN_TYPE, QUANTITY, TOKENS,
    LIST_COST, EFFECTIVE_COST, BILLED_COST, CURRENCY,
    PROJECT, REPOSITORY, WORKSPACE, API_KEY_NAME, COST_CENTER, USER, TAGS_JSON
}
