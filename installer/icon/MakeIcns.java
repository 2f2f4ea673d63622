import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the macOS icon, an {@code .icns} whose every entry is a PNG: the standard sizes and
 * their Retina (@2x) twins, the set Apple's {@code iconutil} makes from an {@code .iconset}.
 * (icnsutils' {@code png2icns} writes the small sizes as old RLE bitmaps and has no @2x types.)
 *
 * <p>Run: {@code java MakeIcns.java OUT.icns DIR}, where DIR holds {@code 16.png}, {@code 32.png},
 * {@code 64.png}, {@code 128.png}, {@code 256.png}, {@code 512.png} and {@code 1024.png}.
 */
public final class MakeIcns {

    /** An icns element type and the pixel size of its PNG. */
    private record Entry(String type, int pixels) { }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("icp4", 16),     // 16x16
            new Entry("ic11", 32),     // 16x16@2x
            new Entry("icp5", 32),     // 32x32
            new Entry("ic12", 64),     // 32x32@2x
            new Entry("ic07", 128),    // 128x128
            new Entry("ic13", 256),    // 128x128@2x
            new Entry("ic08", 256),    // 256x256
            new Entry("ic14", 512),    // 256x256@2x
            new Entry("ic09", 512),    // 512x512
            new Entry("ic10", 1024));  // 512x512@2x

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: java MakeIcns.java OUT.icns DIR");
        }
        Path dir = Path.of(args[1]);
        List<byte[]> pngs = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            byte[] png = Files.readAllBytes(dir.resolve(entry.pixels() + ".png"));
            checkSize(png, entry);
            pngs.add(png);
        }

        // Table of contents: each element's type and length, as iconutil writes it.
        ByteArrayOutputStream toc = new ByteArrayOutputStream();
        DataOutputStream tocOut = new DataOutputStream(toc);
        for (int i = 0; i < ENTRIES.size(); i++) {
            tocOut.write(ENTRIES.get(i).type().getBytes(StandardCharsets.US_ASCII));
            tocOut.writeInt(8 + pngs.get(i).length);
        }

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        writeElement(out, "TOC ", toc.toByteArray());
        for (int i = 0; i < ENTRIES.size(); i++) {
            writeElement(out, ENTRIES.get(i).type(), pngs.get(i));
        }

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.write("icns".getBytes(StandardCharsets.US_ASCII));
        header.writeInt(8 + body.size());
        body.writeTo(file);
        Files.write(Path.of(args[0]), file.toByteArray());
    }

    private static void writeElement(DataOutputStream out, String type, byte[] data) throws IOException {
        out.write(type.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(8 + data.length);
        out.write(data);
    }

    /** A wrong-sized image would be scaled by Finder without a word; refuse it here instead. */
    private static void checkSize(byte[] png, Entry entry) {
        ByteBuffer bytes = ByteBuffer.wrap(png);
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes.get(i) != PNG_SIGNATURE[i]) {
                throw new IllegalArgumentException(entry.pixels() + ".png is not a PNG");
            }
        }
        int width = bytes.getInt(16);   // IHDR: 8 signature + 4 length + 4 type, then width, height
        int height = bytes.getInt(20);
        if (width != entry.pixels() || height != entry.pixels()) {
            throw new IllegalArgumentException(entry.pixels() + ".png is " + width + "x" + height);
        }
    }
}
