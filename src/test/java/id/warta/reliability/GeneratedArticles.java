package id.warta.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Distinct, realistic plain-text articles written to a folder for the crash and concurrency tests. */
final class GeneratedArticles {
    private static final List<String> PEOPLE = List.of("Sugiono", "Prabowo Subianto", "Sergey Lavrov",
            "Retno Marsudi", "Wang Yi", "Penny Wong", "Anwar Ibrahim");
    private static final List<String> PLACES = List.of("Jakarta", "Moskow", "Beijing", "Washington", "Kairo",
            "Canberra", "Tokyo", "Kuala Lumpur");
    private static final List<String> ORGANIZATIONS = List.of("ASEAN", "PBB", "NATO", "Uni Eropa", "BRICS");
    private static final List<String> TOPICS = List.of("perdagangan", "keamanan maritim", "energi", "pangan",
            "perubahan iklim", "investasi", "pendidikan");

    private GeneratedArticles() {
    }

    /** Writes {@code count} articles named a0000.txt …; the same seed writes the same files. */
    static List<Path> write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("a%04d.txt", i)), article(i, random));
        }
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    static String article(int i, Random random) {
        String person = pick(PEOPLE, random);
        String place = pick(PLACES, random);
        String org = pick(ORGANIZATIONS, random);
        String topic = pick(TOPICS, random);
        return person + " Bahas " + topic + " di " + place + ", Pertemuan ke-" + i + "\n\n"
                + place.toUpperCase() + " (ANTARA) - " + person + " bertemu delegasi " + org + " di " + place
                + " dalam pertemuan ke-" + i + " yang membahas " + topic + ", Senin.\n\n"
                + "Pertemuan nomor " + i + " itu juga menyinggung kerja sama " + org + " di kawasan.\n\n"
                + "Kerja Sama Berlanjut\n\n"
                + "“Kami ingin " + topic + " yang adil bagi semua,” kata " + person + " kepada wartawan.\n\n"
                + "Sebanyak " + (random.nextInt(900) + 100) + " peserta hadir dalam pertemuan itu.\n";
    }

    private static String pick(List<String> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
