import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

import javax.imageio.ImageIO;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the app's icon from its one vector source, {@code src/packaging/warta.svg}, into what each
 * installer takes: {@code warta-N.png} for N in {@link #SIZES} (Linux uses the 256 one), {@code warta.ico}
 * (Windows) and {@code warta.icns} (macOS), both made of those PNGs.
 *
 * <p>Run by the build under {@code -Pdist} with JSVG (com.github.weisj:jsvg, MIT, from Maven Central) on
 * the class path: {@code java -cp jsvg.jar src/build/AppIcon.java SVG OUT_DIR}. JSVG because it is one
 * small jar with no dependencies that draws through Java2D, so the build needs no network, no native
 * converter (ImageMagick, rsvg) and nothing beyond the JDK; Batik would bring some twenty jars for the same
 * picture. The PNGs are drawn for each size from the vector, not scaled from one bitmap.
 */
public class AppIcon {
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    /** Windows' shell picks from these; 256 is the largest an .ico holds. */
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 256};

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp jsvg.jar AppIcon.java ICON.svg OUT_DIR");
            System.exit(2);
        }
        Path svg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        SVGDocument document = new SVGLoader().load(svg.toUri().toURL());
        if (document == null) {
            System.err.println(svg + ": not an SVG JSVG can read (see the warnings above)");
            System.exit(1);
        }
        Files.createDirectories(out);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            byte[] png = png(render(document, size));
            Files.write(out.resolve("warta-" + size + ".png"), png);
            pngs.put(size, png);
        }
        Files.write(out.resolve("warta.ico"), ico(pngs));
        Files.write(out.resolve("warta.icns"), icns(pngs));
        System.out.printf("icon %s: %d PNG sizes, warta.ico, warta.icns in %s%n", svg, SIZES.length, out);
    }

    static BufferedImage render(SVGDocument document, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.render((Component) null, g, new ViewBox(0, 0, size, size));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) throw new IOException("no PNG writer in this JDK");
        return bytes.toByteArray();
    }

    /**
     * An ICO file whose images are PNGs (read by Windows since Vista): a 6-byte header, one 16-byte entry
     * per image (width and height 0 meaning 256), then the images. Little-endian throughout.
     */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        List<Integer> sizes = java.util.Arrays.stream(ICO_SIZES).boxed().filter(pngs::containsKey).toList();
        int offset = 6 + 16 * sizes.size();
        int total = offset + sizes.stream().mapToInt(s -> pngs.get(s).length).sum();
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            ico.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            ico.putInt(png.length).putInt(offset);
            offset += png.length;
        }
        for (int size : sizes) ico.put(pngs.get(size));
        return ico.array();
    }

    /**
     * An ICNS file (Apple's icon family): the magic {@code icns} and the file's length, then one element
     * per image, each a four-letter type, its length (header included) and the PNG, big-endian. The types
     * say pixel size and scale: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024
     * (512@2x), ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x).
     */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(elements);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            if (png == null) continue;
            out.writeBytes(type.getKey());
            out.writeInt(8 + png.length);
            out.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + elements.size());
        elements.writeTo((OutputStream) head);
        return file.toByteArray();
    }
}
