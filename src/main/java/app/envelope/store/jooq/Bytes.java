package app.envelope.store.jooq;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The primitive encodings of a line block (see {@link LineBlock}): varints, decimals, dictionary strings. */
final class Bytes {
    private Bytes() {
    }

    /** A growable byte buffer written with varints (unsynchronised, unlike ByteArrayOutputStream). */
    static final class Out {
        private byte[] buf;
        private int size;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }

        void reset() {
            size = 0;
        }

        private void ensure(int extra) {
            if (size + extra > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
            }
        }

        void byte1(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        void bytes(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, size, b.length);
            size += b.length;
        }

        /** An unsigned LEB128 varint: 7 bits a byte, the high bit set on all but the last. */
        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        /** A signed value, zigzag-encoded so that small negatives stay short. */
        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        /**
         * A decimal, exactly: 0 for null; else 1 (at most 18 digits) or 2 (more),
         * the scale, then the unscaled value as a zigzag varint or as length and two's-complement bytes.
         */
        void decimal(BigDecimal v) {
            if (v == null) {
                byte1(0);
                return;
            }
            if (v.precision() <= 18) {
                // The unscaled value fits a long: moving the point by the scale gives it at scale 0,
                // without the BigInteger that unscaledValue() would make for every amount.
                byte1(1);
                zigzag(v.scale());
                zigzag(v.movePointRight(v.scale()).longValueExact());
            } else {
                BigInteger unscaled = v.unscaledValue();
                byte1(2);
                zigzag(v.scale());
                byte[] b = unscaled.toByteArray();
                varint(b.length);
                bytes(b);
            }
        }

        void utf8(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            bytes(b);
        }
    }

    /** Reads what {@link Out} wrote. */
    static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        boolean atEnd() {
            return pos >= buf.length;
        }

        int byte1() {
            return buf[pos++] & 0xFF;
        }

        long varint() {
            long v = 0;
            int shift = 0;
            while (true) {
                int b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int varintInt() {
            return Math.toIntExact(varint());
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        BigDecimal decimal() {
            int kind = byte1();
            if (kind == 0) {
                return null;
            }
            int scale = Math.toIntExact(zigzag());
            if (kind == 1) {
                return BigDecimal.valueOf(zigzag(), scale);
            }
            int n = varintInt();
            BigInteger unscaled = new BigInteger(buf, pos, n);
            pos += n;
            return new BigDecimal(unscaled, scale);
        }

        String utf8() {
            int n = varintInt();
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }
    }
}
