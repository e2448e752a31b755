package app.envelope.billing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps the first {@code limit} rejected rows with their cells and counts all of them. */
final class RejectionLog {
    private final int limit;
    private final List<RejectedRow> kept = new ArrayList<>();
    private long count;

    RejectionLog(int limit) {
        this.limit = limit;
    }

    void add(long row, String reason, String[] cells) {
        count++;
        if (kept.size() < limit) kept.add(new RejectedRow(row, reason, Arrays.asList(cells)));
    }

    List<RejectedRow> kept() {
        return kept;
    }

    long count() {
        return count;
    }
}
