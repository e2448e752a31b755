package app.envelope.domain;

/** AI t-shirt size: how much agent work an epic needs, not how long it takes. */
public enum Size {
    XS, S, M, L, XL;

    public boolean isSmall() {
        return this == XS || this == S;
    }

    public static Size parse(String text) {
        return Enums.parse(Size.class, text, "size");
    }
}
