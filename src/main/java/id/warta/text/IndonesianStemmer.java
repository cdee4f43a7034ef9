package id.warta.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule-based Indonesian affix stripping for matching words that share a root
 * (memulihkan, pemulihan, dipulihkan, Pulihkan → pulih; perdamaian → damai; pertemuan, bertemu → temu).
 *
 * <p>It follows the confix-stripping scheme of Nazief–Adriani and its "enhanced" variant, but without
 * their large root dictionary: every way of peeling particles (-lah, -kah, -pun), the possessive -nya,
 * one derivational suffix (-kan, -an, -i) and up to three prefixes (di-, ke-, se-, meN-, peN-, ber-,
 * ter-, per-) is enumerated, each with the nasal prefixes' possible recodings (menulis → tulis,
 * memakai → pakai, menyerang → serang, mengambil → ambil). Candidates that break the guards are dropped:
 * a stem keeps at least two syllables and three letters and starts like an Indonesian word (no
 * "mbali" from kembali), confixes Indonesian does not form (di-…-an, me-…-an, ke-…-kan …) are refused,
 * and -i is only peeled together with a prefix (so menteri stays whole). Of the rest, a stem found in
 * a small hand-written list of roots ({@code known-roots.txt}) wins; otherwise the reading that peels
 * the most affixes wins, then the one with more prefixes. The result is a matching key, not always the
 * dictionary root; what matters is that a word's derived forms agree.
 *
 * <p>Names must not be stemmed (Menteri, Sebastian, Kertanegara would be mangled the way any affix
 * stripper mangles them): callers pass only ordinary words, e.g. lower-case tokens that are not
 * part of a recognised name. Thread-safe; each instance remembers the stems it has computed.
 */
public final class IndonesianStemmer {
    private static final Set<String> ROOTS = WordList.load("known-roots.txt");
    private static final String VOWELS = "aeiou";
    private static final Set<String> ONSETS = Set.of("bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr",
            "pl", "pr", "sk", "sl", "sm", "sn", "sp", "st", "sw", "tr", "kh", "ng", "ny", "sy");
    private static final int MAX_PREFIXES = 3;
    private static final Set<String> VERBAL_PREFIXES = Set.of("me", "di", "ter", "ber");
    /** Words repeat a lot in news; remembering stems makes indexing a library several times faster. */
    private static final int CACHE_LIMIT = 200_000;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The stem of one word; lower-cased. Words with digits or other non-letters come back lower-cased. */
    public String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        String known = cache.get(w);
        if (known != null) return known;
        String stem = stemUncached(w);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(w, stem);
        return stem;
    }

    private String stemUncached(String w) {
        if (w.indexOf('-') > 0) return stemCompound(w);
        if (w.length() < 4 || !isLetters(w) || ROOTS.contains(w)) return w;
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        for (Peeled inflected : inflections(w)) {
            for (String suffix : new String[]{"", "kan", "an", "i"}) {
                if (!inflected.text.endsWith(suffix)) continue;
                String base = inflected.text.substring(0, inflected.text.length() - suffix.length());
                for (Peeled prefixed : prefixes(base, 0, -1, null)) {
                    int affixes = inflected.count + (suffix.isEmpty() ? 0 : 1) + prefixed.count;
                    Candidate c = new Candidate(prefixed.text, affixes, prefixed.count, !suffix.isEmpty(),
                            suffixRank(suffix, prefixed.first), ROOTS.contains(prefixed.text), order++);
                    if (affixes == 0 || acceptable(c, suffix, prefixed.first, base)) candidates.add(c);
                }
            }
        }
        return candidates.stream().min(Candidate.BEST).map(Candidate::stem).orElse(w);
    }

    /** Reduplication (negara-negara, bersama-sama): one stem when the halves agree. */
    private String stemCompound(String w) {
        String[] parts = w.split("-");
        List<String> stems = new ArrayList<>();
        for (String p : parts) if (!p.isEmpty()) stems.add(stem(p));
        if (stems.isEmpty()) return w;
        if (stems.stream().distinct().count() == 1) return stems.get(0);
        return String.join("-", stems);
    }

    /**
     * Which reading of a word ending in -kan wins a tie: verbs (me-, di-, ter-, ber-) take -kan
     * (dilakukan, berdasarkan); nouns, with pe-, per-, ke- or no prefix, take -an after a root in -k
     * (tindakan, pendidikan, perbaikan, gerakan).
     */
    private static int suffixRank(String suffix, String firstPrefix) {
        boolean verbal = firstPrefix != null && VERBAL_PREFIXES.contains(firstPrefix);
        return switch (suffix) {
            case "kan" -> verbal ? 0 : 1;
            case "an" -> verbal ? 1 : 0;
            default -> 2;
        };
    }

    private static boolean acceptable(Candidate c, String suffix, String firstPrefix, String base) {
        if (!plausibleStem(c.stem)) return false;
        if (!suffix.isEmpty() && endsInCluster(c.stem)) return false;   // pulihk(an), produks(i)
        if (suffix.equals("i")) {
            if (c.prefixes == 0) return false;                     // menteri, diskusi, tani stay whole
            if (base.endsWith("a") && !c.root) return false;        // -ai mostly ends roots: sampai, capai
        }
        return suffix.isEmpty() || firstPrefix == null || !refusedConfix(firstPrefix, suffix);
    }

    /** Prefix–suffix pairs Indonesian does not combine (Asian, Adriani et al. 2007). */
    private static boolean refusedConfix(String prefix, String suffix) {
        return switch (prefix) {
            case "ber" -> suffix.equals("i");
            case "di" -> suffix.equals("an");
            case "ke" -> suffix.equals("i") || suffix.equals("kan");
            case "me" -> suffix.equals("an");
            case "se" -> suffix.equals("i") || suffix.equals("kan");
            case "ter" -> suffix.equals("an");
            case "pe" -> suffix.equals("i");                         // peneliti is peneliti, not peN-teliti-i
            default -> false;
        };
    }

    static boolean plausibleStem(String s) {
        if (s.length() < 3 || syllables(s) < 2) return false;
        boolean c0 = !isVowel(s.charAt(0));
        boolean c1 = !isVowel(s.charAt(1));
        return !(c0 && c1) || ONSETS.contains(s.substring(0, 2));
    }

    /** Roots end in one consonant (or ng); a cluster means the suffix was cut in the wrong place. */
    private static boolean endsInCluster(String s) {
        int n = s.length();
        return !isVowel(s.charAt(n - 1)) && !isVowel(s.charAt(n - 2)) && !s.endsWith("ng");
    }

    /** The word as is, without a particle, without -nya, and without both (-nyalah). */
    private static List<Peeled> inflections(String w) {
        List<Peeled> out = new ArrayList<>();
        out.add(new Peeled(w, 0, null));
        for (String particle : new String[]{"lah", "kah", "pun"}) {
            if (w.endsWith(particle) && w.length() > particle.length() + 2) {
                String rest = w.substring(0, w.length() - particle.length());
                out.add(new Peeled(rest, 1, null));
                if (rest.endsWith("nya") && rest.length() > 5) out.add(new Peeled(cut(rest, 3), 2, null));
            }
        }
        if (w.endsWith("nya") && w.length() > 5) out.add(new Peeled(cut(w, 3), 1, null));
        return out;
    }

    /**
     * Every way of peeling prefixes off {@code s}. Prefixes come in layers, outermost first:
     * di- (0), ke-/se- (1), meN-/peN-/pe- (2), ber-/ter-/per- (3); each peeled prefix must sit in a
     * deeper layer than the one before it (di-per-, ke-pem-, mem-per-, pem-ber-), meN- only outermost.
     */
    private static List<Peeled> prefixes(String s, int count, int layer, String first) {
        List<Peeled> out = new ArrayList<>();
        out.add(new Peeled(s, count, first));
        if (count == MAX_PREFIXES) return out;
        for (Strip strip : strips(s, count == 0)) {
            if (strip.layer <= layer) continue;
            for (String rest : strip.remainders) {
                if (rest.length() < 3 || syllables(rest) < 2) continue;     // peeling further only shortens it
                // meN-/peN- that swallowed the k of ke- (mengetahui = meN-ketahu-i) may still peel ke-.
                boolean swallowedKe = rest.startsWith("ke") && !s.endsWith(rest);
                int nextLayer = swallowedKe ? 0 : strip.layer;
                out.addAll(prefixes(rest, count + 1, nextLayer, first == null ? strip.name : first));
            }
        }
        return out;
    }

    private record Strip(String name, int layer, List<String> remainders) {
    }

    private static List<Strip> strips(String s, boolean outermost) {
        List<Strip> out = new ArrayList<>();
        if (s.startsWith("di")) out.add(new Strip("di", 0, List.of(cut0(s, 2))));
        if (s.startsWith("ke")) out.add(new Strip("ke", 1, List.of(cut0(s, 2))));
        if (s.startsWith("se")) out.add(new Strip("se", 1, List.of(cut0(s, 2))));
        if (s.startsWith("me") && outermost) addNasal(out, "me", s);
        if (s.startsWith("pe")) addNasal(out, "pe", s);
        addLiquid(out, "ber", "be", s);
        addLiquid(out, "ter", "te", s);
        addLiquid(out, "per", "pe", s);
        return out;
    }

    /** ber-/ter-/per-, with be- before C+er (bekerja), te-/pe- before r (terasa → rasa), bel-/pel-ajar. */
    private static void addLiquid(List<Strip> out, String prefix, String shortForm, String s) {
        List<String> rests = new ArrayList<>();
        if (s.startsWith(prefix)) {
            String rest = cut0(s, 3);
            rests.add(rest);
            if (!rest.isEmpty() && isVowel(rest.charAt(0))) rests.add("r" + rest);
        } else if (s.startsWith(shortForm) && s.length() > 5 && !isVowel(s.charAt(2))
                && s.startsWith("er", 3) && shortForm.equals("be")) {
            rests.add(cut0(s, 2));
        }
        if (s.startsWith(shortForm + "lajar")) rests.add(cut0(s, 3));
        if (!rests.isEmpty()) out.add(new Strip(prefix, 3, rests));
    }

    /** meN- and peN- with their assimilated forms and the consonant each may have swallowed. */
    private static void addNasal(List<Strip> out, String p, String s) {
        String name = p.equals("me") ? "me" : "pe";
        List<String> rests = new ArrayList<>();
        String r;
        if (s.startsWith(p + "ng")) {
            r = cut0(s, 4);
            if (startsVowel(r)) {
                rests.add(r);
                rests.add("k" + r);
            } else if (r.startsWith("g") || r.startsWith("h") || r.startsWith("q") || r.startsWith("kh")
                    || (r.startsWith("k") && r.length() > 1 && !isVowel(r.charAt(1)))) {
                rests.add(r);
            }
        } else if (s.startsWith(p + "ny")) {
            r = cut0(s, 4);
            if (startsVowel(r)) {
                rests.add("s" + r);
                rests.add("ny" + r);
            }
        } else if (s.startsWith(p + "m")) {
            r = cut0(s, 3);
            if (startsVowel(r)) {
                rests.add("p" + r);
                rests.add("m" + r);
            } else if (r.startsWith("b") || r.startsWith("f") || r.startsWith("v") || r.startsWith("pe")
                    || (r.startsWith("p") && r.length() > 1 && !isVowel(r.charAt(1)))) {
                rests.add(r);
            }
        } else if (s.startsWith(p + "n")) {
            r = cut0(s, 3);
            if (startsVowel(r)) {
                rests.add("t" + r);
                rests.add("n" + r);
            } else if (r.startsWith("c") || r.startsWith("d") || r.startsWith("j") || r.startsWith("z")
                    || r.startsWith("sy") || r.startsWith("tr")) {
                rests.add(r);
            }
        } else if (s.length() > 2 && "lrwy".indexOf(s.charAt(2)) >= 0 && !s.startsWith(p + "r")) {
            rests.add(cut0(s, 2));                                  // melihat, mewakili, pelaku
        } else if (p.equals("pe") && s.length() > 2 && !isVowel(s.charAt(2)) && s.charAt(2) != 'r') {
            rests.add(cut0(s, 2));                                  // petani, pekerja, pedagang
        }
        if (p.equals("me") && s.startsWith("mer")) rests.add(cut0(s, 2));   // merusak, merebut
        if (!rests.isEmpty()) out.add(new Strip(name, 2, rests));
    }

    private record Peeled(String text, int count, String first) {
    }

    private record Candidate(String stem, int affixes, int prefixes, boolean suffixed, int suffixRank,
                             boolean root, int order) {
        boolean confix() {
            return prefixes > 0 && suffixed;
        }

        static final Comparator<Candidate> BEST = Comparator.comparing((Candidate c) -> !c.root)
                .thenComparing(c -> -c.affixes)
                .thenComparing(c -> !c.confix())                        // keterangan: ke-terang-an
                .thenComparing(c -> -c.prefixes)
                .thenComparingInt(c -> c.suffixRank)
                .thenComparingInt(c -> c.order);
    }

    /** Vowel letters: la-in, bu-ah and ka-ta all count two, so lain(nya) and (se)buah may be peeled. */
    private static int syllables(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (isVowel(s.charAt(i))) n++;
        return n;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean startsVowel(String s) {
        return !s.isEmpty() && isVowel(s.charAt(0));
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < 'a' || s.charAt(i) > 'z') return false;
        return true;
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }

    private static String cut0(String s, int n) {
        return s.length() <= n ? "" : s.substring(n);
    }
}
