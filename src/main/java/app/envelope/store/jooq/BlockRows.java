package app.envelope.store.jooq;

import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Writes a batch's lines as {@code billing_block} rows, committing each block when asked to (the
 * statement's connection must not auto-commit; readers see a batch's blocks only once it is
 * complete), and sums them into {@link BatchSums} as they go.
 */
final class BlockRows implements Consumer<StoredLine> {
    static final String INSERT = "INSERT INTO BILLING_BLOCK (BATCH_ID, SEQ, FIRST_ROW, LINE_COUNT, LINES, EPICS)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    /**
     * Lines per block: ~100 KB for a GitHub usage report. Larger blocks gain little (a block is one
     * row insert and one commit) and a reader decodes a whole block at a time.
     */
    static final int LINES_PER_BLOCK = 4_096;
    /** A block is also closed at this many encoded bytes (FOCUS lines with long tags and kept columns). */
    static final int BYTES_PER_BLOCK = 1 << 20;

    private final PreparedStatement ps;
    private final long batchId;
    private final BatchSums sums;
    private final boolean commitEachBlock;
    private final LineBlock.Encoder encoder = new LineBlock.Encoder();
    private int seq;

    BlockRows(PreparedStatement ps, long batchId, BatchSums sums, boolean commitEachBlock) {
        this.ps = ps;
        this.batchId = batchId;
        this.sums = sums;
        this.commitEachBlock = commitEachBlock;
    }

    /** Adds a line to the block being made, storing the block when it is full. */
    @Override
    public void accept(StoredLine line) {
        encoder.add(line);
        sums.add(line, encoder.kept());
        if (encoder.count() >= LINES_PER_BLOCK || encoder.size() >= BYTES_PER_BLOCK) {
            flush();
        }
    }

    /** Stores (and commits) the lines added since the last block. */
    void flush() {
        if (encoder.count() == 0) {
            return;
        }
        try {
            ps.setLong(1, batchId);
            ps.setInt(2, ++seq);
            ps.setLong(3, encoder.firstRow());
            ps.setInt(4, encoder.count());
            ps.setBytes(5, encoder.lines());
            ps.setBytes(6, encoder.epics());
            ps.executeUpdate();
            if (commitEachBlock) {
                ps.getConnection().commit();
            }
            encoder.reset();
        } catch (SQLException e) {
            throw new StoreException("Cannot store billing rows: " + e.getMessage(), e);
        }
    }
}
