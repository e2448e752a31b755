import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Envelope's app icon (a white envelope holding a gold coin, on a blue rounded square) at the
 * sizes given, straight at each size so small icons stay sharp. Single-file program:
 * {@code java packaging/icon/DrawIcon.java OUT_DIR 16 32 256 ...} writes OUT_DIR/envelope-N.png.
 * The blue is the app's accent colour ({@code -env-accent} in styles/envelope.css).
 */
public final class DrawIcon {
    private static final Color TOP = new Color(0x1a74d2);
    private static final Color BOTTOM = new Color(0x0b4f96);
    private static final Color PAPER = new Color(0xffffff);
    private static final Color FOLD = new Color(0xc9d9ec);
    private static final Color FLAP_LINE = new Color(0x0b5cad);
    private static final Color COIN = new Color(0xf2b33d);
    private static final Color COIN_EDGE = new Color(0xb87a10);

    public static void main(String[] args) throws IOException {
        File out = new File(args[0]);
        out.mkdirs();
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            ImageIO.write(draw(size), "png", new File(out, "envelope-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        // Rounded square with a small margin (tiny icons use the whole canvas).
        double m = size <= 32 ? 0 : s * 0.06;
        double side = s - 2 * m;
        g.setPaint(new GradientPaint(0, (float) m, TOP, 0, (float) (m + side), BOTTOM));
        g.fill(new RoundRectangle2D.Double(m, m, side, side, side * 0.36, side * 0.36));

        // Envelope geometry.
        double w = side * 0.66;
        double h = side * 0.44;
        double x = m + (side - w) / 2;
        double y = m + side * 0.38;
        double r = side * 0.05;

        // A coin half way into the envelope: the budget it holds. Drawn first, the envelope covers its lower half.
        double d = side * 0.36;
        double cx = m + (side - d) / 2;
        double cy = y - d * 0.62;
        g.setColor(COIN);
        g.fill(new Ellipse2D.Double(cx, cy, d, d));
        g.setColor(COIN_EDGE);
        g.setStroke(new BasicStroke((float) Math.max(1.0, side * 0.018)));
        g.draw(new Ellipse2D.Double(cx, cy, d, d));
        if (size >= 48) {
            double i = d * 0.22;
            g.draw(new Ellipse2D.Double(cx + i, cy + i, d - 2 * i, d - 2 * i));
        }

        // Envelope body.
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, r, r));

        // Lower folds: from the bottom corners to a point below the centre.
        float line = (float) Math.max(1.0, side * 0.028);
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (size > 24) {
            g.setColor(FOLD);
            Path2D folds = new Path2D.Double();
            folds.moveTo(x + line, y + h - line);
            folds.lineTo(x + w * 0.5, y + h * 0.48);
            folds.lineTo(x + w - line, y + h - line);
            g.draw(folds);
        }
        // The flap: a V from the top corners to just past the middle.
        g.setColor(FLAP_LINE);
        Path2D flap = new Path2D.Double();
        flap.moveTo(x + line * 0.5, y + line * 0.5);
        flap.lineTo(x + w * 0.5, y + h * 0.60);
        flap.lineTo(x + w - line * 0.5, y + line * 0.5);
        g.draw(flap);
        g.dispose();
        return img;
    }
}
