package app.envelope.billing.format;

import app.envelope.domain.TokenType;
import java.util.Locale;

/**
 * Token kinds from vendor spellings: Anthropic {@code input_no_cache}, {@code input_cache_read},
 * {@code input_cache_write_5m}/{@code _1h}, {@code output}; OpenAI {@code input},
 * {@code input_tokens}, {@code cached_input}, {@code output_tokens}; AWS
 * {@code ...-cache-read-input-token-count}.
 */
public final class TokenTypes {
    private TokenTypes() {
    }

    /** @return the token kind, or null when the text names none (e.g. {@code web_search}) */
    public static TokenType fromText(String text) {
        if (text == null) return null;
        String s = text.toLowerCase(Locale.ROOT);
        boolean cache = s.contains("cache");
        if (cache && (s.contains("write") || s.contains("creation"))) return TokenType.CACHE_WRITE;
        if (s.contains("cached") || cache && (s.contains("read") || s.contains("hit"))) return TokenType.CACHE_READ;
        if (s.contains("output")) return TokenType.OUTPUT;
        if (s.contains("input") || s.contains("prompt")) return TokenType.INPUT;
        return null;
    }
}
