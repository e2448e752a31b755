package app.envelope;

/** Entry point placeholder; replaced below. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
    }
}
