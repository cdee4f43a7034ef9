package id.warta.text;

import id.warta.model.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads idner-news-2k (CoNLL: {@code token POS tag}, blank line between sentences, BIO tags PER/LOC/ORG)
 * back into plain sentences, as the recogniser meets text, with the gold names as character spans.
 * Only the words and tags are used; the part-of-speech column is ignored.
 */
final class IdnerCorpus {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", ")", "?", "!", "”", "%", "'s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "“");

    /** A rebuilt sentence and its gold names. */
    record Sentence(String text, List<EntitySpan> gold) {
    }

    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!rows.isEmpty()) out.add(build(rows));
                rows = new ArrayList<>();
                continue;
            }
            int last = line.lastIndexOf(' ');
            int mid = line.lastIndexOf(' ', last - 1);
            rows.add(new String[]{line.substring(0, mid), line.substring(last + 1)});
        }
        if (!rows.isEmpty()) out.add(build(rows));
        return out;
    }

    private static Sentence build(List<String[]> rows) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[rows.size()];
        int[] ends = new int[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            String word = rows.get(k)[0];
            boolean space = k > 0 && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(rows.get(k - 1)[0]);
            if (space) text.append(' ');
            starts[k] = text.length();
            text.append(word);
            ends[k] = text.length();
        }
        List<EntitySpan> gold = new ArrayList<>();
        int k = 0;
        while (k < rows.size()) {
            String tag = rows.get(k)[1];
            if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
                k++;
                continue;
            }
            String kind = tag.substring(2);
            int j = k + 1;
            while (j < rows.size() && rows.get(j)[1].equals("I-" + kind)) j++;
            gold.add(trimmed(text.toString(), starts[k], ends[j - 1], type(kind)));
            k = j;
        }
        return new Sentence(text.toString(), gold);
    }

    /** The corpus keeps brackets inside some tokens ("(SBY)"); a name alone in brackets is the name without them. */
    private static EntitySpan trimmed(String text, int start, int end, EntityType type) {
        if (end - start > 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            start++;
            end--;
        }
        return new EntitySpan(text.substring(start, end), type, start, end);
    }

    static EntityType type(String kind) {
        return switch (kind) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.PLACE;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> throw new IllegalArgumentException("unknown tag " + kind);
        };
    }
}
