package id.warta.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article saved as plain text. (Minimal version: first line headline, blank-line
 * paragraphs; the full Indonesian layout rules land with the plain-text parser work.)
 */
public final class PlainTextReader {
    public Draft read(String text, String origin) throws InputException {
        if (text == null || text.isBlank()) throw new InputException(origin, "the file is empty");
        String[] chunks = text.replace("\r\n", "\n").strip().split("\n\\s*\n");
        String headline = chunks[0].strip();
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i < chunks.length; i++) blocks.add(Block.paragraph(chunks[i].strip()));
        return new Draft(headline, null, null, null, null, blocks);
    }
}
