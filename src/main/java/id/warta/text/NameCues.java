package id.warta.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the recogniser's rules read: titles before names, speech and place cues, the words that
 * begin or end an organisation's or a place's name, and the ordinary words that are capitalised only at a
 * sentence start or in a Title-Case headline. Read once from {@code gazetteer/cues/} on the classpath.
 */
final class NameCues {
    /** The cue lists bundled with Warta, read once on first use. */
    static NameCues standard() {
        return Standard.CUES;
    }

    private static final class Standard {
        static final NameCues CUES = new NameCues();
    }

    private static final java.util.regex.Pattern VERB_SHAPE = java.util.regex.Pattern.compile("(me|ber|di|ter|mem|men|meng|meny)\\p{L}{3,}");
    private static final java.util.regex.Pattern DERIVED_SHAPE =
            java.util.regex.Pattern.compile("(mem|men|meng|meny|ber|ter|di|per|pem|pen|peng|peny|ke)\\p{L}+(an|i)");
    /**
     * Nouns borrowed with Latin endings (Prostitusi, Organisasi, Depresi, Mayoritas, Terorisme): never a name in train
     * (0 of 40 as a person); of the names so shaped only Sulawesi is common.
     */
    private static final java.util.regex.Pattern BORROWED_NOUN_SHAPE = java.util.regex.Pattern.compile("\\p{L}+(asi|usi|isi|esi|osi|itas|isme)");
    final Phrases personTitles = phrases("person-titles.lst");
    final Phrases placeHeads = phrases("place-heads.lst");
    final Phrases organizationHeads = phrases("organization-heads.lst");
    final Phrases organizationSections = phrases("organization-sections.lst");
    final Set<String> organizationTails = words("organization-tails.lst", false);
    final Set<String> personRoles = words("person-roles.lst", false);
    final Set<String> attribution = words("person-attribution.lst", false);
    final Set<String> personVerbs = words("person-verbs.lst", false);
    final Set<String> placeCues = words("place-cues.lst", false);
    final Set<String> notNames = words("not-names.lst", false);
    final Set<String> commonWords = words("common-words.lst", true);
    /** Common given names, matched as printed (capitalised): Bambang, Rini. */
    final Set<String> givenNames = wordsAsPrinted("given-names.lst");

    /**
     * Honorifics that the press prints as part of the name (Dr Lely Arriane Napitupulu, Mr Smith, KH Abdurrahman
     * Wahid, Sultan Hamengku Buwono X): kept in the printed span, dropped when the name is resolved.
     */
    static final Set<String> HONORIFICS = Set.of("Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "KH", "Sultan", "Sheikh", "Syekh", "Syeikh");
    final Set<String> englishWords = words("english-words.lst", true);

    /** Nouns after which a country names a people or a state's organ, not a place (tentara Israel, bahasa Inggris). */
    final Set<String> demonymNouns = Set.of("warga", "turis", "wisatawan", "militer", "tentara", "pasukan", "bahasa",
            "berbahasa", "masyarakat", "rakyat", "bangsa", "pihak", "orang", "penduduk", "etnis", "suku", "keturunan",
            "timnas", "pemain", "prajurit", "polisi", "jet", "kapal", "rudal", "drone", "pemerintah", "tim");

    /** Conjunctions and prepositions after which a listed place is still a place (dan Israel, antara Rusia). */
    final Set<String> functionWords = Set.of("dan", "atau", "serta", "dengan", "antara", "bahwa", "untuk", "bagi",
            "kepada", "yaitu", "yakni", "seperti", "termasuk", "hingga", "sampai", "maupun", "terhadap", "atas", "oleh",
            "melawan", "versus", "vs", "sementara", "sedangkan", "namun", "tetapi", "tapi", "karena", "jika", "ketika",
            "saat", "apakah", "bersama", "tentang", "soal", "pada", "dalam", "se", "sejak", "selain", "bukan", "juga",
            "adalah", "ialah", "merupakan", "yang", "itu", "ini", "pun", "lalu", "kemudian", "baik", "khususnya",
            "terutama", "misalnya", "di", "ke", "dari", "tanpa", "antar", "kawasan", "mengenai", "arah", "udara",
            "perairan", "pemilihan", "tanah", "wilayah", "daerah", "kota", "provinsi", "negara", "seluruh");

    /** Auxiliaries and adverbs that follow a subject: a lone name before them acts as a person. */
    final Set<String> auxiliaries = Set.of("juga", "sudah", "akan", "telah", "bisa", "dapat", "pun", "menjadi", "adalah",
            "tidak", "tak", "belum", "kini", "masih", "lantas", "lalu", "kemudian", "sendiri", "pernah", "sedang", "ingin",
            "mau", "harus", "justru", "optimistis", "yakin", "mengaku", "sempat", "segera", "hanya", "saat", "tengah");

    /** Adverbs between a subject and its verb (Tokyo sangat mengincar, Teheran kerap mengumumkan). */
    final Set<String> subjectAdverbs = Set.of("sangat", "kerap", "sering", "ingin", "lebih", "terus", "selalu", "mulai",
            "baru", "langsung", "turut", "ikut", "berulang", "lagi", "bahkan", "tetap");

    /** Copulas: after them a subject is described, not acting (Bali menjadi tempat, London adalah kota). */
    static final Set<String> COPULAS = Set.of("menjadi", "adalah", "merupakan", "ialah", "yaitu", "yakni");

    /** Verbs whose object is where something goes or is, so a place after them stays a place (mengunjungi Mesir). */
    final Set<String> placeVerbs = Set.of("mengunjungi", "memasuki", "mendekati", "meninggalkan", "menuju", "mendatangi",
            "menghantam", "menyerang", "menyerbu", "menginvasi", "menduduki", "melintasi", "mencapai", "berada", "berlokasi",
            "bertempat", "berasal", "bermukim", "menetap", "mendarat", "melanda", "mengguncang", "menerjang", "meliputi",
            "mengelilingi", "membombardir", "menembaki", "dikunjungi", "ditengahi", "berkunjung", "bertolak", "berangkat",
            "kembali", "tinggal", "terletak", "berbatasan");

    /** Nouns that locate what follows, so a place after them stays a place (di luar Abkhazia, sektor Golan). */
    final Set<String> locatingNouns = Set.of("luar", "sektor", "zona", "tepi", "pesisir", "pantai", "pedalaman", "jalur",
            "bagian", "sekitar", "pusat", "dekat", "ujung", "sisi", "perbatasan", "kawasan", "wilayah", "daerah", "konservasi",
            "selatan", "utara", "barat", "timur", "tengah", "seberang", "sepanjang", "penjuru", "pelosok", "alam", "asli",
            "konflik");

    /** Compass words that extend a place (Afrika Barat, Gaza selatan). */
    final Set<String> directions = Set.of("utara", "selatan", "timur", "barat", "tengah", "tenggara", "laut", "daya");

    /** Abbreviations after which a full stop neither ends the sentence nor breaks a name (Dr. Ir. H. Jr.). */
    final Set<String> abbreviations = Set.of("Dr", "Prof", "Ir", "H", "Hj", "KH", "Jr", "Sr", "St", "Drs", "Dra",
            "Mr", "Mrs", "Ms", "Lt", "Kol", "Jl", "Jln", "Sdr", "Bp", "Tn", "Ny", "dr");

    /** A set of phrases, each a sequence of words, matched longest first at a token position. */
    static final class Phrases {
        private final Set<String> phrases = new HashSet<>();
        private final Set<String> firstWords = new HashSet<>();
        /** Every phrase's word prefixes: match() stops growing a phrase at the first that is none. */
        private final Set<String> prefixes = new HashSet<>();
        private int longest = 1;

        void add(String phrase) {
            List<WordToken> t = WordToken.split(phrase);
            phrases.add(Gazetteer.join(t, 0, t.size()));
            for (int k = 1; k <= t.size(); k++) prefixes.add(Gazetteer.join(t, 0, k));
            firstWords.add(t.get(0).text());
            longest = Math.max(longest, t.size());
        }

        /** Number of tokens of the longest phrase at {@code from} (not past {@code limit}), or 0. */
        int match(List<WordToken> tokens, int from, int limit) {
            if (from >= limit || !firstWords.contains(tokens.get(from).text())) return 0;
            int best = 0;
            StringBuilder joined = new StringBuilder();
            for (int to = from + 1; to <= Math.min(limit, from + longest); to++) {
                if (to > from + 1) joined.append(' ');
                joined.append(tokens.get(to - 1).text());
                String phrase = joined.toString();
                if (!prefixes.contains(phrase)) break;
                if (phrases.contains(phrase)) best = to - from;
            }
            return best;
        }
    }

    private static Phrases phrases(String file) {
        Phrases p = new Phrases();
        for (String line : Gazetteer.readResource("/gazetteer/cues/" + file)) p.add(line);
        return p;
    }

    /** One entry a line; with {@code splitLines} every word of a line is an entry. Lower-case files are matched lower-cased. */
    private static Set<String> words(String file, boolean splitLines) {
        if (!splitLines) return new HashSet<>(Gazetteer.readResource("/gazetteer/cues/" + file));
        Set<String> out = new HashSet<>();
        for (String w : wordsAsPrinted(file)) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** Every word of every line, as printed (case kept). */
    private static Set<String> wordsAsPrinted(String file) {
        Set<String> out = new HashSet<>();
        for (String line : Gazetteer.readResource("/gazetteer/cues/" + file)) out.addAll(List.of(line.split("\\s+")));
        return out;
    }

    /** A word built as a verb: me-/ber-/di-/ter- forms (mengunjungi, bertemu, dikuasai). */
    boolean looksLikeVerb(String lower) {
        return lower.length() >= 5 && VERB_SHAPE.matcher(lower).matches() && !VERB_SHAPED_WORDS.contains(lower);
    }

    /**
     * Words shaped like me-/ber- verbs that are none: "Tawaran mereka dilakukan" has no verb after its first word.
     * (tersebut, mengenai, terhadap after a name still count: "Aburizal tersebut" is said of a person.)
     */
    private static final Set<String> VERB_SHAPED_WORDS = Set.of("mereka", "beberapa", "berbagai");

    /**
     * A word that names an office, not a person, when it opens a run of capitalised words before a name: an ordinary
     * Indonesian word (Masyarakat, Tradisional) or an English one (Electoral Integrity, Ocean Justice Initiative).
     * Given names never are.
     */
    boolean isOfficeWord(String word) {
        if (givenNames.contains(word)) return false;
        String w = word.toLowerCase(Locale.ROOT);
        return englishWords.contains(w) || isOrdinaryWord(w) || w.length() >= 7 && w.endsWith("onal");
    }

    /** A noun borrowed with a Latin ending (Anestesi, Organisasi, Mayoritas): no word of a person's name. */
    boolean isBorrowedNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() >= 7 && BORROWED_NOUN_SHAPE.matcher(w).matches() && !w.equals("sulawesi");
    }

    /**
     * An abstract noun, borrowed (Anestesi) or built with ke-…-an, pe-…-an or antar- (Kejahatan, Pelayanan,
     * Antarwilayah): no word of a person's name, though it often stands in an office before one (Kasubdit Kejahatan
     * Antarwilayah …).
     */
    boolean isAbstractNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isBorrowedNoun(w) || w.length() >= 7 && w.startsWith("ke") && w.endsWith("an")
                || w.length() >= 9 && w.startsWith("antar") // Antarwilayah, Antarnegara
                || w.length() >= 8 && w.startsWith("pe") && w.endsWith("an"); // Pelayanan, Pemasaran
    }

    /** An ordinary word by the list or by its shape: verbs and nouns built with -kan, -nya, -lah, and me-/ber-/di-…-kan/-an/-i. */
    boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return commonWords.contains(w) || Stopwords.contains(w);
    }

    /** Listed as ordinary, or shaped like a derived word; used where capitals say nothing (sentence starts, headlines). */
    boolean isOrdinaryWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (isCommonWord(w)) return true;
        if (w.length() >= 6 && (w.endsWith("kan") || w.endsWith("nya") || w.endsWith("lah") || w.endsWith("kah"))) return true;
        if (isBorrowedNoun(w)) return true;
        return w.length() >= 7 && DERIVED_SHAPE.matcher(w).matches();
    }
}
