package app.envelope.billing;

import app.envelope.billing.format.AnthropicCostFormat;
import app.envelope.billing.format.CursorUsageFormat;
import app.envelope.billing.format.FocusFormat;
import app.envelope.billing.format.FormatRecognizer;
import app.envelope.billing.format.GithubLegacyPremiumFormat;
import app.envelope.billing.format.GithubUsageFormat;
import app.envelope.billing.format.OpenAiCostFormat;
import java.util.List;

/** The built-in vendor formats, in the order they are tried. */
public final class KnownFormats {
    private KnownFormats() {
    }

    public static List<FormatRecognizer> all() {
        return List.of(new FocusFormat(), new GithubUsageFormat(), new GithubLegacyPremiumFormat(),
                new AnthropicCostFormat(), new OpenAiCostFormat(), new CursorUsageFormat());
    }
}
