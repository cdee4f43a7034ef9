package id.warta.ingest;

import id.warta.ingest.layout.Block;
import id.warta.ingest.layout.Dateline;
import id.warta.ingest.layout.Draft;
import id.warta.ingest.layout.Furniture;
import id.warta.ingest.layout.PrintedDate;
import id.warta.ingest.layout.SourceLine;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article saved as plain text, laid out as Indonesian outlets print it:
 * <pre>
 * Headline (the first line)
 *
 * Photo caption.                      ← optional, with an optional source block or date
 * Sumber :
 *   • ANTARA
 *
 * Tangerang – First paragraph …       ← the dateline stays for the layout step
 *
 * Sub-heading                         ← a short line without end punctuation
 *
 * Paragraph …                         ← paragraphs are separated by blank lines
 * </pre>
 * The header between headline and body may hold a publication date line
 * ({@code Senin, 18 Agustus 2025 10:15 WIB}), a source block ({@code Sumber :} then
 * {@code • ANTARA}, or {@code Sumber: Antara}), a by-line and a caption. Anything absent is null.
 * A time printed without a zone is WIB unless the header names WITA or WIT ({@link PrintedDate}); a source
 * block counts only when it names an outlet ({@link SourceLine}). Closing lines (credits, source lines,
 * reading links) are handed on as blocks of their own: where the body ends is the layout step's call.
 */
public final class PlainTextReader {
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:oleh|penulis|reporter|pewarta|laporan)\\s*:?\\s+\\S.{0,60}$");
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?iu)^(?:foto|keterangan foto|caption)\\s*:\\s*(.+)$");
    private static final Pattern CAPTION_START = Pattern.compile("(?u)^(?:Ilustrasi|Pertemuan|Suasana|Petugas|Foto)\\b.*");
    private static final Pattern END_PUNCTUATION = Pattern.compile(".*[.,;:!?…\"”’)\\]]$");
    /** How many chunks after the headline the body may start at, past a caption and source block. */
    private static final int HEADER_CHUNKS = 4;

    public Draft read(String text, String origin) throws InputException {
        if (text == null || text.isBlank()) throw new InputException(origin, "the file is empty");
        List<List<String>> chunks = chunks(text);
        // Text of only no-break spaces or byte-order marks is not blank to isBlank, but has no lines.
        if (chunks.isEmpty()) throw new InputException(origin, "the file is empty");
        Header header = new Header();
        int next = 0;
        List<String> first = chunks.get(0);
        if (isHeadline(first.get(0))) {
            header.headline = first.get(0);
            first.remove(0);
            if (first.isEmpty()) next = 1;
        }
        next = readHeader(chunks, next, header);
        List<Block> blocks = new ArrayList<>();
        for (int c = next; c < chunks.size(); c++) addBlocks(chunks.get(c), blocks);
        // A sub-heading or a credit alone is no text: the layout step drops both, leaving an empty article.
        if (header.headline == null && blocks.stream().allMatch(PlainTextReader::isNoText)) {
            throw new InputException(origin, "no article text found");
        }
        return new Draft(header.headline, header.source, header.published, null, header.caption, blocks);
    }

    private static boolean isNoText(Block b) {
        return b.isHeading() || Furniture.closes(b.text()) || Furniture.isInsert(b.text());
    }

    /** What the lines before the body say. */
    private static final class Header {
        String headline;
        String source;
        String published;
        String caption;
    }

    /** Non-blank lines grouped by blank lines, text normalised (line ends, no-break spaces, BOM). */
    static List<List<String>> chunks(String text) {
        String normal = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\t', ' ');
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : normal.split("\n", -1)) {
            String l = line.strip();
            if (l.contains("  ")) l = SPACES.matcher(l).replaceAll(" ");
            if (l.isEmpty()) {
                if (!current.isEmpty()) chunks.add(current);
                current = new ArrayList<>();
            } else {
                current.add(l);
            }
        }
        if (!current.isEmpty()) chunks.add(current);
        return chunks;
    }

    /** The first line is the headline unless it is already body text (a dateline, a long sentence). */
    private static boolean isHeadline(String line) {
        if (Dateline.find(line).filter(d -> !d.rest().isEmpty()).isPresent()) return false;
        int words = line.split("\\s+").length;
        if (words > 30) return false;
        return !(line.endsWith(".") && words > 15);
    }

    /**
     * Reads date, source block, by-line and caption lines after the headline; returns the index
     * of the first body chunk. When a later chunk opens with a dateline, everything before it is
     * header; otherwise only lines that announce themselves (Sumber, Foto, a date) are.
     */
    private static int readHeader(List<List<String>> chunks, int from, Header header) {
        int datelineChunk = -1;
        for (int c = from; c < Math.min(chunks.size(), from + HEADER_CHUNKS + 1); c++) {
            if (Dateline.find(chunks.get(c).get(0)).isPresent()) {
                datelineChunk = c;
                break;
            }
        }
        int c = from;
        for (; c < chunks.size(); c++) {
            if (c == datelineChunk) return c;
            List<String> chunk = chunks.get(c);
            boolean sourceInChunk = chunk.stream().anyMatch(SourceLine::isSourceLine);
            List<String> leftover = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                String line = chunk.get(i);
                Optional<String> source = SourceLine.named(line);
                Optional<PrintedDate> date = PrintedDate.line(line);
                if (date.isPresent()) {
                    if (header.published == null) header.published = date.get().inZone(zoneOf(chunk)).iso();
                } else if (source.isPresent()) {
                    String named = source.get();
                    if (named.isEmpty() && i + 1 < chunk.size()) named = SourceLine.withoutBullet(chunk.get(++i));
                    if (header.source == null) header.source = SourceLine.outlet(named).orElse(null);
                } else if (BYLINE.matcher(line).matches() || Furniture.isInsert(line)) {
                    continue;
                } else {
                    leftover.add(line);
                }
            }
            if (leftover.isEmpty()) continue;
            String text = String.join(" ", leftover);
            Matcher label = CAPTION_LABEL.matcher(text);
            boolean caption = datelineChunk > c || sourceInChunk || label.matches()
                    || (CAPTION_START.matcher(text).matches() && leftover.size() == 1 && text.split("\\s+").length <= 40
                    && c + 1 < chunks.size() && c == from);
            if (!caption || header.caption != null) {
                if (leftover.size() == chunk.size()) return c;
                chunk.clear();
                chunk.addAll(leftover);
                return c;
            }
            header.caption = label.matches() ? label.group(1).strip() : text;
        }
        return c;
    }

    /**
     * Adds one chunk as a heading or paragraph. A closing line (a credit, a source line) or a reading link
     * inside the chunk becomes a block of its own, so the layout step can judge it line by line.
     */
    private static void addBlocks(List<String> chunk, List<Block> blocks) {
        List<String> kept = new ArrayList<>();
        for (String line : chunk) {
            if (Furniture.closes(line) || Furniture.isInsert(line)) {
                addBlock(kept, blocks);
                kept.clear();
                blocks.add(Block.paragraph(line));
            } else {
                kept.add(line);
            }
        }
        addBlock(kept, blocks);
    }

    private static void addBlock(List<String> lines, List<Block> blocks) {
        if (lines.isEmpty()) return;
        String text = String.join(" ", lines);
        boolean heading = lines.size() == 1 && isSubHeading(text);
        blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
    }

    /** The zone named beside a date printed without one (WIB, WITA, WIT) in the same header chunk; else WIB. */
    private static ZoneOffset zoneOf(List<String> chunk) {
        for (String line : chunk) {
            Optional<ZoneOffset> zone = PrintedDate.zoneNamed(line);
            if (zone.isPresent()) return zone.get();
        }
        return PrintedDate.WIB;
    }

    /** A sub-heading: a short title-like line with no end punctuation. */
    static boolean isSubHeading(String line) {
        if (line.length() > 100 || END_PUNCTUATION.matcher(line).matches()) return false;
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))) return false;
        if (line.split("\\s+").length > 12) return false;
        return PrintedDate.line(line).isEmpty() && Dateline.find(line).isEmpty() && !Furniture.closes(line);
    }
}
