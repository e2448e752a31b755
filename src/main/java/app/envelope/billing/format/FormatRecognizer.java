package app.envelope.billing.format;

/** Recognises one vendor's export by its header names and binds a mapper to the file's columns. */
@FunctionalInterface
public interface FormatRecognizer {
    /** @return the bound format, or null when the header is not this vendor's */
    DetectedFormat recognize(Header header);
}
