package id.warta.ingest;

import id.warta.text.Boilerplate;
import id.warta.text.Dateline;
import id.warta.text.PublishedDate;

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
 * Tangerang – First paragraph …       ← the dateline stays for ArticleAssembler
 *
 * Sub-heading                         ← a short line without end punctuation
 *
 * Paragraph …                         ← paragraphs are separated by blank lines
 * </pre>
 * The header between headline and body may hold a publication date line
 * ({@code Senin, 18 Agustus 2025 10:15 WIB}), a source block ({@code Sumber :} then
 * {@code • ANTARA}, or {@code Sumber: Antara}), a by-line and a caption. Anything absent is null.
 */
public final class PlainTextReader {
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)^sumber\\s*:\\s*(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●*-]\\s*(.+)$");
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
        for (int c = next; c < chunks.size(); c++) {
            if (!addBlocks(chunks.get(c), blocks, header)) break;
        }
        // A sub-heading alone is no text: the assembler drops headings without paragraphs, leaving an empty article.
        if (header.headline == null && blocks.stream().allMatch(Block::isHeading)) {
            throw new InputException(origin, "no article text found");
        }
        return new Draft(header.headline, header.source, header.published, null, header.caption, blocks);
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
            boolean sourceInChunk = chunk.stream().anyMatch(l -> SOURCE_LABEL.matcher(l).matches());
            List<String> leftover = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                String line = chunk.get(i);
                Matcher source = SOURCE_LABEL.matcher(line);
                Optional<String> date = PublishedDate.parse(line);
                if (date.isPresent()) {
                    if (header.published == null) header.published = date.get();
                } else if (source.matches()) {
                    String named = source.group(1).strip();
                    if (named.isEmpty() && i + 1 < chunk.size()) named = chunk.get(++i);
                    Matcher bullet = BULLET.matcher(named);
                    if (bullet.matches()) named = bullet.group(1).strip();
                    if (!named.isEmpty() && header.source == null) header.source = Dateline.canonicalOutlet(named);
                } else if (BYLINE.matcher(line).matches() || Boilerplate.isInsert(line)) {
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
     * Adds one chunk as a heading or paragraph; reading links are dropped, and a credit line
     * (Editor:, Pewarta:, Copyright …) ends the body. Returns false once the body has ended.
     */
    private static boolean addBlocks(List<String> chunk, List<Block> blocks, Header header) {
        List<String> kept = new ArrayList<>();
        boolean ended = false;
        for (String line : chunk) {
            if (Boilerplate.isInsert(line)) continue;
            if (Boilerplate.startsTail(line)) {
                Matcher source = SOURCE_LABEL.matcher(line);
                if (source.matches() && header.source == null && !source.group(1).isBlank()) {
                    header.source = Dateline.canonicalOutlet(source.group(1).strip());
                }
                ended = true;
                break;
            }
            kept.add(line);
        }
        if (!kept.isEmpty()) {
            String text = String.join(" ", kept);
            boolean heading = kept.size() == 1 && isSubHeading(text);
            blocks.add(heading ? Block.heading(text) : Block.paragraph(text));
        }
        return !ended;
    }

    /** A sub-heading: a short title-like line with no end punctuation. */
    static boolean isSubHeading(String line) {
        if (line.length() > 100 || END_PUNCTUATION.matcher(line).matches()) return false;
        if (!Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))) return false;
        if (line.split("\\s+").length > 12) return false;
        return PublishedDate.parse(line).isEmpty() && Dateline.find(line).isEmpty();
    }
}
