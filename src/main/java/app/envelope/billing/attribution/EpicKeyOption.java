package app.envelope.billing.attribution;

/** Whether, and when, an epic key written in a repository, project, workspace or API key name attributes a line. */
public enum EpicKeyOption {
    OFF,
    /** The key in a name wins over the rules (it is the most specific evidence). */
    BEFORE_RULES,
    /** The rules are tried first; the key in a name only catches what they leave. */
    AFTER_RULES
}
