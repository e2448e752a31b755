package app.envelope.domain;

/** Book (list) price or effective (negotiated) price. */
public enum PriceBasis {
    BOOK, EFFECTIVE
}
