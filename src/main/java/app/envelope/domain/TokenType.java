package app.envelope.domain;

/** The four token kinds a model price list distinguishes. */
public enum TokenType {
    INPUT, OUTPUT, CACHE_READ, CACHE_WRITE
}
