package app.envelope.domain.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.envelope.domain.AiModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelResolverTest {
    private final ModelResolver resolver = new ModelResolver(List.of(
            new AiModel("claude-haiku-4-5", "Anthropic", "Claude Haiku 4.5"),
            new AiModel("claude-sonnet-4-5", "Anthropic", "Claude Sonnet 4.5"),
            new AiModel("claude-opus-4-1", "Anthropic", "Claude Opus 4.1"),
            new AiModel("gpt-5-nano", "OpenAI", "GPT-5 nano"),
            new AiModel("gpt-5-mini", "OpenAI", "GPT-5 mini"),
            new AiModel("gpt-5", "OpenAI", "GPT-5")));

    private Optional<String> id(String text) {
        return resolver.resolve(text);
    }

    @Test
    void everyVendorSpellingOfAModel() {
        assertEquals(Optional.of("claude-sonnet-4-5"), id("claude-sonnet-4-5"));
        assertEquals(Optional.of("claude-sonnet-4-5"), id("Claude Sonnet 4.5"));
        assertEquals(Optional.of("claude-sonnet-4-5"), id("claude-4.5-sonnet"));
        assertEquals(Optional.of("claude-sonnet-4-5"), id("USE1-Claude4.5Sonnet-cache-read-input-token-count"));
        assertEquals(Optional.of("claude-opus-4-1"), id("USE1-Claude4.1Opus-output-tokens"));
        assertEquals(Optional.of("claude-haiku-4-5"), id("Claude Haiku 4.5"));
    }

    @Test
    void theMostSpecificModelWins() {
        assertEquals(Optional.of("gpt-5-mini"), id("gpt-5-mini-2025-08-07"));
        assertEquals(Optional.of("gpt-5-nano"), id("gpt-5-nano-2025-08-07"));
        assertEquals(Optional.of("gpt-5"), id("gpt-5-2025-08-07"));
    }

    @Test
    void otherVersionsAndUnknownModelsAreNotGuessed() {
        assertEquals(Optional.empty(), id("claude-opus-4-5"));
        assertEquals(Optional.empty(), id("Coding Agent model"));
        assertEquals(Optional.empty(), id(""));
        assertEquals(Optional.empty(), id(null));
    }
}
