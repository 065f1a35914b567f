package it.livedesk.support.facebook;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Small but genuine media files (a real JPEG and PNG, files that start with the right magic bytes), so LiveDesk's
 * attachment copying and any content sniffing see what they would see from Facebook's CDN.
 */
final class SampleMedia {

    static {
        // Drawing into an image needs no screen; say so before AWT looks for one (the browser tests may set DISPLAY).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SampleMedia() {
    }

    static byte[] jpeg(Color color) {
        return image(color, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(Color color) {
        return image(color, "png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] image(Color color, String format, int type) {
        BufferedImage image = new BufferedImage(32, 32, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 32, 32);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(8, 8, 16, 16);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An MP4 container start ({@code ftyp} box) followed by an empty {@code mdat}: enough for type detection. */
    static byte[] mp4(String brand) {
        byte[] ascii = (brand + "\0\0\0\0isom" + brand).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, (byte) (8 + ascii.length)});
        out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ascii);
        out.writeBytes(new byte[] {0, 0, 0, 8});
        out.writeBytes("mdat".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static byte[] pdf(String title) {
        String text = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                + "% " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
