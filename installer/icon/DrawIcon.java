import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the one source image of the pvs-console icon (1024 x 1024 PNG): a blue tile holding a
 * rack of three servers with status lights. Every OS icon (png, ico, icns) is derived from it by
 * {@code make-icons.sh}; drawing it in code keeps the source reviewable and reproducible.
 *
 * <p>Run: {@code java installer/icon/DrawIcon.java installer/icon/pvs-console.png}
 */
public final class DrawIcon {

    private static final int SIZE = 1024;

    public static void main(String[] args) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        drawTile(g);
        for (int row = 0; row < 3; row++) {
            drawServer(g, 232 + row * 200, row);
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args.length > 0 ? args[0] : "pvs-console.png"));
    }

    /** Rounded tile, IBM-like blue, darker towards the bottom so it reads on light and dark docks. */
    private static void drawTile(Graphics2D g) {
        RoundRectangle2D tile = new RoundRectangle2D.Float(48, 48, SIZE - 96, SIZE - 96, 200, 200);
        g.setPaint(new GradientPaint(0, 48, new Color(0x4589FF), 0, SIZE - 48, new Color(0x0043CE)));
        g.fill(tile);
        g.setStroke(new BasicStroke(12f));
        g.setColor(new Color(0x002D9C));
        g.draw(tile);
    }

    /** One server: a light slab with drive slots and a status light (green, green, amber). */
    private static void drawServer(Graphics2D g, int top, int row) {
        g.setColor(new Color(0xF4F4F4));
        g.fill(new RoundRectangle2D.Float(192, top, 640, 150, 48, 48));
        g.setColor(new Color(0x8D8D8D));
        for (int slot = 0; slot < 4; slot++) {
            g.fill(new RoundRectangle2D.Float(252 + slot * 90, top + 45, 60, 60, 14, 14));
        }
        g.setColor(row == 2 ? new Color(0xF1C21B) : new Color(0x24A148));
        g.fill(new Ellipse2D.Float(700, top + 40, 70, 70));
    }
}
