package id.warta.text;

import id.warta.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people, places and organisations named in a line of Indonesian news text.
 *
 * <p>Names come from the {@link Gazetteer} first; names in no list are found by rules over runs of
 * capitalised words: a title before a name (Presiden, Menteri Luar Negeri) marks a person and is left out
 * of it; speech cues (kata, ujar, menurut) and speech verbs after a name (mengatakan) mark a person; place
 * cues (di, ke, kota) mark a place; words that begin an organisation (Kementerian, Partai) or end one
 * (Magazine, News) mark an organisation; an unknown acronym is an organisation. At a sentence start and
 * in a Title-Case headline, capitalisation says nothing, so an ordinary word there is never a name and an
 * unknown word needs more evidence than its capital letter. Thread-safe.
 */
public final class EntityRecognizer {
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "binti", "van", "von", "der", "de", "da", "al", "el", "dos", "del", "la", "le", "ibn", "abu");
    private static final Set<String> ORGANIZATION_JOINERS = Set.of("dan", "of", "and", "for", "the", "&", "-", "untuk");
    /**
     * Lower-case words for a building, a site or a natural feature: with the name after them they are the place
     * (kantor Presiden, kediaman Soekarno, hutan Jambi), unlike words for an area (kota, wilayah, daerah), which
     * stay outside it (kota Jakarta).
     */
    private static final Set<String> BUILDING_WORDS = Set.of("kompleks", "komplek", "gedung", "prefektur", "kantor",
            "kediaman", "restoran", "kampus", "istana", "stasiun", "jalan", "hutan", "perairan", "gletser", "kepulauan",
            "pelabuhan", "bandara", "markas", "pangkalan", "penjara", "kamp", "masjid", "gereja", "stadion", "wisma",
            "hotel", "lapangan", "kedutaan");
    /**
     * Facilities named by the acronym of their kind (SPBU: a petrol station, TPS: a polling station, RPH: an
     * abattoir): common nouns printed in capitals. Where the sentence puts something in one (di SPBU, di setiap
     * SPBU, ke TPS) the annotated news marks a place (7 of 7 after "di" in train); elsewhere it marks nothing.
     */
    private static final Set<String> FACILITY_ACRONYMS = Set.of("SPBU", "SPBG", "SPBE", "SPBN", "TPS", "TPA", "TPU", "RPH");
    /** Words that count the facilities a place preposition points at (di setiap SPBU, di beberapa SPBU). */
    private static final Set<String> QUANTIFIERS = Set.of("setiap", "tiap", "berbagai", "beberapa", "sebuah", "sejumlah", "banyak");
    /** Lower-case words for a newspaper or magazine: the annotated news keeps them in the title's span (harian Asia Raya). */
    private static final Set<String> PRINT_WORDS = Set.of("harian", "koran", "majalah", "tabloid", "mingguan");
    /** English words that end the name of a building or a site (Jakarta Convention Center, Sudirman CBD). */
    private static final Set<String> FACILITY_TAILS = Set.of("Center", "Centre", "CBD", "Mall", "Square", "Tower",
            "Towers", "Hall", "Arena", "Stadium", "Park", "Residence", "Plaza");
    /**
     * Numbers in a headed name after its first word (Gedung Nusantara II, Kabinet Indonesia Bersatu II): part of it.
     * Right after the head they number a unit and stay out (Komisi III DPR: 4 of 4 in train).
     */
    private static final Set<String> ROMAN_NUMERALS = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX");
    /** Company tails the press abbreviates with a stop (Inc., Cos.). */
    private static final Set<String> ABBREVIATED_TAILS = Set.of("Inc", "Corp", "Co", "Cos", "Ltd", "Bhd");
    /** Friends and relatives: "dari" after them names a person, not where something comes from. */
    private static final Set<String> RELATION_NOUNS = Set.of("teman", "temen", "sahabat", "kawan", "rekan", "anak", "putra",
            "putri", "istri", "suami", "ayah", "ibu", "adik", "kakak", "keluarga", "pacar", "kekasih", "cucu", "keponakan",
            "menantu", "mertua", "saudara", "orangtua");
    private static final Set<String> DAYS = Set.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad");
    /** Birth-order and caste names that follow the Balinese "I" (I Wayan, I Gusti). */
    private static final Set<String> BALINESE_NAMES = Set.of("Gusti", "Wayan", "Made", "Nyoman", "Ketut", "Komang",
            "Putu", "Kadek", "Gede", "Nengah", "Dewa", "Gde");
    /** Words that head the name of a storm, an operation or a contest. */
    private static final Set<String> EVENT_HEADS = Set.of("Badai", "Topan", "Siklon", "Taifun", "Hurikan", "Operasi",
            "Piala", "Olimpiade", "Kejuaraan", "Festival", "Anugerah");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", ";", "…", "–", "—", "|");
    /** Words that join two people: Hidayat dan Airlangga, Prabowo - Hatta (a ticket printed with spaces). */
    private static final Set<String> PERSON_JOINERS = Set.of("dan", "serta", "-", "–");
    private static final Set<String> LIST_JOINERS = Set.of("dan", "atau", "serta", ",");
    private static final Set<String> OPENERS = Set.of("“", "\"", "‘", "'", "(", "[", "«");

    private final Gazetteer gazetteer;
    private final NameCues cues;

    public EntityRecognizer() {
        this(Gazetteer.standard());
    }

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = NameCues.standard();
    }


    /** The names in {@code line}, in text order, never overlapping. */
    public List<EntitySpan> recognize(String line) {
        return recognize(line, Map.of());
    }

    /**
     * The names in {@code line}, where {@code known} holds names the surrounding article has already
     * established (Jeremy Kuzmarov, Kuzmarov → PERSON): they count as names even in a headline.
     */
    public List<EntitySpan> recognize(String line, Map<String, EntityType> known) {
        if (line == null || line.isBlank()) return List.of();
        return new Pass(line, WordToken.split(line), known).run();
    }

    /** As {@link #recognize(String, Map)}, with the line already split: {@link ArticleEntities} reads each passage twice. */
    List<EntitySpan> recognize(String line, List<WordToken> tokens, Map<String, EntityType> known) {
        if (line == null || line.isBlank()) return List.of();
        return new Pass(line, tokens, known).run();
    }

    /** One line's recognition: its tokens, what is known of its shape, and the spans found so far. */
    private final class Pass {
        final String line;
        final List<WordToken> tokens;
        final Map<String, EntityType> known;
        final boolean[] sentenceStart;
        final boolean titleCase;
        final boolean allCaps;
        final List<EntitySpan> out = new ArrayList<>();
        /** First and last words of the full person names found so far in this line. */
        final java.util.Set<String> nameParts = new java.util.HashSet<>();

        Pass(String line, List<WordToken> tokens, Map<String, EntityType> known) {
            this.line = line;
            this.tokens = tokens;
            this.known = known;
            this.sentenceStart = sentenceStarts();
            this.allCaps = isAllCaps();
            this.titleCase = allCaps || isTitleCase();
        }

        List<EntitySpan> run() {
            int i = 0;
            while (i < tokens.size()) {
                if (!startsName(i)) {
                    i++;
                    continue;
                }
                int j = runEnd(i);
                if (j == i + 1 && FACILITY_ACRONYMS.contains(tokens.get(i).text()) && !allCaps && isPutIn(i)) {
                    emit(i, j, EntityType.PLACE);
                    i = j;
                    continue;
                }
                if (i > 0 && BUILDING_WORDS.contains(tokens.get(i - 1).text()) && !allCaps && isLocated(i - 1)) {
                    // di kompleks DPR, ke gedung Sate: the building is the place, named by what it houses.
                    emit(i - 1, j, EntityType.PLACE);
                    i = j;
                    continue;
                }
                if (i > 0 && cues.placeCues.contains(tokens.get(i - 1).lower()) && tokens.get(i - 1).isLowerCase()
                        && j - i > 1 && FACILITY_TAILS.contains(tokens.get(j - 1).text()) && !allCaps) {
                    // di Jakarta Convention Center, di Bang Yos Centre: where something happens is the building.
                    emit(i, j, EntityType.PLACE);
                    i = j;
                    continue;
                }
                if (i > 0 && PRINT_WORDS.contains(tokens.get(i - 1).text()) && !tokens.get(i).isAcronym() && !allCaps
                        && gazetteer.longestMatch(tokens, i, j).map(m -> m.entry().type() != EntityType.ORGANIZATION).orElse(true)) {
                    // harian Asia Raya, majalah Tempo: the paper's name, with the word that says it is one, as printed.
                    emit(i - 1, j, EntityType.ORGANIZATION);
                    i = j;
                    continue;
                }
                i = Math.max(j, segment(i, j));
            }
            return out;
        }

        /**
         * A building word is a place where the sentence puts something in it (di gedung DPR, menuju kediaman
         * Soekarno, pedalaman hutan Jambi, a list: ", kompleks MPR/DPR"); elsewhere the annotated news names only
         * what follows (pembangunan gedung MK, kantor Antara: the organisation; 20 of 20 in train either way).
         */
        private boolean isLocated(int building) {
            if (building == 0) return false;
            String before = tokens.get(building - 1).lower();
            return cues.placeCues.contains(before) || before.equals(",") || cues.locatingNouns.contains(before);
        }

        /** Bandara Internasional Lombok: only ordinary words (Internasional, Utama) between head and city, so the city names the building. */
        private boolean hasNameWordBetween(int from, int to) {
            for (int k = from; k < to; k++) if (!cues.isOrdinaryWord(tokens.get(k).text())) return true;
            return false;
        }

        /** di SPBU, di setiap SPBU, ke TPS: a place preposition, perhaps with a quantifier, points at the facility. */
        private boolean isPutIn(int facility) {
            int k = facility - 1;
            if (k >= 0 && QUANTIFIERS.contains(tokens.get(k).lower())) k--;
            if (k < 0) return false;
            String w = tokens.get(k).lower();
            return tokens.get(k).isLowerCase() && (w.equals("di") || w.equals("ke") || w.equals("dari"));
        }

        /**
         * Kantor Meteorologi Islandia, Kantor Wilayah Kementerian Hukum: an office is a place where the sentence puts
         * something in it (di Kantor BEI) and the body itself where it speaks or acts (kata Kantor Berita IRNA);
         * in train 3 of 3 after a place cue are places, 0 of 6 elsewhere.
         */
        private boolean isOfficeSpeaking(int head) {
            return tokens.get(head).text().equals("Kantor") && !isLocated(head);
        }

        private boolean startsName(int i) {
            WordToken t = tokens.get(i);
            return t.isWord() && t.isCapitalised();
        }

        /** A run: capitalised words, with name particles, organisation joiners and abbreviation stops between them. */
        private int runEnd(int i) {
            int j = i + 1;
            while (j < tokens.size()) {
                WordToken t = tokens.get(j);
                if (startsName(j)) {
                    j++;
                } else if (j + 1 < tokens.size() && startsName(j + 1) && joins(t, tokens.get(j - 1))) {
                    j += 2;
                } else {
                    break;
                }
            }
            return j;
        }

        private boolean joins(WordToken t, WordToken before) {
            String s = t.text();
            if (s.equals(".")) return cues.abbreviations.contains(before.text()) || isInitial(before);
            if (s.equals("-") && before.end() == t.start()) return true;
            if (s.equals("/") && before.end() == t.start() && before.isAcronym()) return true; // DPR/MPR: one building, one span
            return NAME_PARTICLES.contains(s) || ORGANIZATION_JOINERS.contains(s);
        }

        private boolean isInitial(WordToken t) {
            return t.text().length() == 1 && t.isCapitalised();
        }

        /** Splits the run [i, j) into titles, known names, headed names and unknown names; returns where it stopped. */
        private int segment(int i, int j) {
            // Badai Tropis Cristobal, Operasi Protective Edge, Piala Asia: a storm, an operation or a contest is named
            // by the run it heads, and no person or place is (the annotated news marks none).
            if (j - i > 1 && EVENT_HEADS.contains(tokens.get(i).text())) return j;
            int p = i;
            int reached = j;
            boolean personCue = false;
            int honorific = -1;
            int honorificEnd = -1;
            while (p < j) {
                WordToken t = tokens.get(p);
                if (!t.isWord() || !t.isCapitalised()) {
                    p++;
                    continue;
                }
                int section = cues.organizationSections.match(tokens, p, j);
                if (section > 0 && namesOrganization(p + section, j)) {
                    p += section; // Dewan Pimpinan Pusat Partai Demokrat: the party is the organisation named
                    continue;
                }
                Optional<Gazetteer.Match> listed = listedAt(p, j);
                if (listed.isPresent() && listed.get().length() == 1 && sentenceStart[p] && !t.isAcronym()
                        && Stopwords.contains(t.lower())) {
                    p++; // Antara lain…, Antara Surya Paloh dan…: a listed name that is also a function word opens a sentence as the word
                    continue;
                }
                int title = cues.personTitles.match(tokens, p, j);
                if (listed.isPresent() && listed.get().length() >= title) {
                    Gazetteer.Match m = pairedPerson(p, listed.get(), j);
                    if (personCue && m.entry().type() == EntityType.PLACE) {
                        // Presiden Rusia, Gubernur Jawa Barat: the place qualifies the title, it is not where things happen.
                        p += m.length();
                        continue;
                    }
                    int end = m.entry().type() == EntityType.PERSON && honorific >= 0 && p == honorificEnd
                            ? emit(honorific, p + m.length(), EntityType.PERSON)
                            : emitListed(p, p + m.length(), m.entry().type());
                    if (m.entry().type() == EntityType.PERSON) personCue = false;
                    reached = Math.max(reached, end);
                    p = Math.min(end, Math.max(p + m.length(), end));
                    continue;
                }
                if (title > 0) {
                    int titleStart = p;
                    p += title;
                    personCue = true;
                    honorific = -1;
                    if (title == 1 && NameCues.HONORIFICS.contains(t.text())) {
                        honorific = titleStart; // Dr Lely Arriane Napitupulu, Sultan Hamengku Buwono X: part of the name
                        if (p < j && tokens.get(p).text().equals(".")) p++;
                        honorificEnd = p;
                    }
                    int[] name = titledName(p, j);
                    if (name != null && name[0] < 0) {
                        reached = Math.max(reached, segmentDescription(p, name[1])); // the next title takes the name
                        p = name[1];
                        continue;
                    }
                    if (name != null) {
                        // Sekretaris Kabinet Andi Widjajanto: the description ends where the name begins.
                        reached = Math.max(reached, segmentDescription(p, name[0]));
                        emit(honorific >= 0 && name[0] == honorificEnd ? honorific : name[0], name[1], EntityType.PERSON);
                        personCue = false;
                        p = name[1];
                    }
                    continue;
                }
                int organizationHead = cues.organizationHeads.match(tokens, p, j);
                int placeHead = cues.placeHeads.match(tokens, p, j);
                if (organizationHead == 0 && placeHead == 0 && (cues.notNames.contains(t.text()) || hasDigit(t) && !t.isAcronym()
                        || (ambiguous(p) ? cues.isOrdinaryWord(t.text()) : cues.isCommonWord(t.text())))) {
                    p++;
                    continue;
                }
                if (organizationHead > 0 && p + organizationHead < j) {
                    p = emitHeaded(p, p + organizationHead, j, EntityType.ORGANIZATION);
                    reached = Math.max(reached, p);
                    continue;
                }
                if (placeHead > 0 && p + placeHead < j && !allCaps) {
                    p = emitHeaded(p, p + placeHead, j, isOfficeSpeaking(p) ? EntityType.ORGANIZATION : EntityType.PLACE);
                    reached = Math.max(reached, p);
                    continue;
                }
                if (organizationHead > 0 || placeHead > 0) { // a head with no name after it
                    p++;
                    continue;
                }
                int q = unknownEnd(p, j);
                EntityType type = classify(p, q, personCue);
                if (type != null) {
                    int end = emit(type == EntityType.PERSON && honorific >= 0 && p == honorificEnd ? honorific : p, q, type);
                    reached = Math.max(reached, end);
                    if (type == EntityType.PERSON) personCue = false;
                }
                p = q;
            }
            return reached;
        }

        /**
         * After a title, the person's name is the run of unknown capitalised words that ends the title's
         * scope (up to the next title); what stands between is the title's description (Kementerian,
         * Partai Golkar, Kongo). Null when the scope holds a listed person or no such name; {-1, next title} when a
         * second title follows the description directly and takes the name.
         */
        private int[] titledName(int from, int j) {
            int scopeEnd = from;
            while (scopeEnd < j && !(scopeEnd > from && tokens.get(scopeEnd).isCapitalised()
                    && cues.personTitles.match(tokens, scopeEnd, j) > 0)) scopeEnd++;
            // Kepala Bakamla Laksdya Irvansyah, Kapolda Metro Jaya Irjen Karyoto: a second title right after the
            // description (no "dan" or comma between) takes the name; what precedes it only describes the office.
            if (scopeEnd < j && scopeEnd > from && tokens.get(scopeEnd).text().length() > 2
                    && tokens.get(scopeEnd - 1).isWord() && tokens.get(scopeEnd - 1).isCapitalised()) {
                return new int[]{-1, scopeEnd};
            }
            int end = scopeEnd;
            while (end > from && !(tokens.get(end - 1).isWord() && tokens.get(end - 1).isCapitalised())) end--;
            for (int k = from; k < end; k++) {
                Optional<Gazetteer.Match> m = listedAt(k, end);
                // Kasubdit Kasasi dan Peninjauan Kembali … Andri Tristianto Sutrisna, the name known from the article:
                // what stands before a listed or known person describes the office.
                if (m.isPresent() && m.get().entry().type() == EntityType.PERSON) return k > from ? new int[]{-1, k} : null;
            }
            // Direktur Utama PT Indonesia Asahan Aluminium (Persero): a company's tail after the scope says it was all description.
            if (end + 1 < tokens.size() && tokens.get(end).text().equals("(") && cues.organizationTails.contains(tokens.get(end + 1).text())) {
                return new int[]{-1, scopeEnd};
            }
            int start = end;
            while (start > from && isNameWord(start - 1, end)) start--;
            if (start < end && start - 1 > from && isInitials(start - 1)) start--; // Anggota Fraksi PDI-P TB Hasanuddin
            // Menteri Imigrasi Australia, Menteri Perumahan Rakyat itu: a scope that ends in no name is all description,
            // the office alone (a portfolio is no person, and a place in it qualifies the office).
            if (start == end) return end > from ? new int[]{-1, scopeEnd} : null;
            if (start == from) return null;
            return new int[]{start, end};
        }

        /**
         * Bandara I Gusti Ngurah Rai: Balinese names open with "I" before a birth-order or caste name; inside a place's
         * name it stays. (For a person the annotated news leaves it out: Wayan Subagja.)
         */
        private boolean isBalineseArticle(int k) {
            return tokens.get(k).text().equals("I") && k + 1 < tokens.size() && BALINESE_NAMES.contains(tokens.get(k + 1).text());
        }

        /** One or two capitals in no list, printed before a name: the person's initials. */
        private boolean isInitials(int k) {
            WordToken t = tokens.get(k);
            return t.isWord() && t.isAcronym() && t.text().length() <= 2 && !cues.notNames.contains(t.text())
                    && gazetteer.longestMatch(tokens, k, k + 1).isEmpty();
        }

        private boolean isNameWord(int k, int end) {
            WordToken t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalised() || t.isAcronym() || hasDigit(t)) return false;
            if (cues.notNames.contains(t.text()) || cues.isCommonWord(t.text()) || cues.organizationTails.contains(t.text())
                    || cues.isAbstractNoun(t.text())) return false; // Dokter Anestesi Stefanus Taofik
            if (cues.organizationHeads.match(tokens, k, end) > 0 || cues.placeHeads.match(tokens, k, end) > 0) return false;
            for (int s = Math.max(0, k - 3); s <= k; s++) {
                Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, s, end);
                if (m.isPresent() && s + m.get().length() > k) return false;
            }
            return true;
        }

        /** A title's description [from, to): organisations and heads are named, places and unknown words are not. */
        private int segmentDescription(int from, int to) {
            int p = from;
            int reached = to;
            while (p < to) {
                WordToken t = tokens.get(p);
                if (!t.isWord() || !t.isCapitalised()) {
                    p++;
                    continue;
                }
                int section = cues.organizationSections.match(tokens, p, to);
                if (section > 0 && namesOrganization(p + section, to)) {
                    p += section; // Ketua Dewan Pimpinan Pusat Partai Demokrat: the party is the organisation named
                    continue;
                }
                Optional<Gazetteer.Match> listed = gazetteer.longestMatch(tokens, p, to);
                if (listed.isPresent()) {
                    if (listed.get().entry().type() == EntityType.ORGANIZATION) reached = Math.max(reached, emit(p, p + listed.get().length(), EntityType.ORGANIZATION));
                    p += listed.get().length();
                    continue;
                }
                int head = cues.organizationHeads.match(tokens, p, to);
                if (head > 0 && p + head < to) {
                    p = emitHeaded(p, p + head, to, EntityType.ORGANIZATION);
                    reached = Math.max(reached, p); // a bracketed short form after it is taken with it
                    continue;
                }
                if (t.isAcronym() && !cues.notNames.contains(t.text()) && !allCaps) emit(p, p + 1, EntityType.ORGANIZATION);
                p++;
            }
            return reached;
        }

        /**
         * Jokowi-JK, Prabowo-Hatta: two people joined by a hyphen name their pairing (a ticket, a
         * government) and are printed as one name; {@link ArticleEntities} counts each person.
         */
        private Gazetteer.Match pairedPerson(int p, Gazetteer.Match first, int j) {
            int dash = p + first.length();
            if (first.entry().type() != EntityType.PERSON || dash + 1 >= j || !tokens.get(dash).text().equals("-")
                    || tokens.get(dash).start() != tokens.get(dash - 1).end() || tokens.get(dash).end() != tokens.get(dash + 1).start()) {
                return first;
            }
            Optional<Gazetteer.Match> second = listedAt(dash + 1, j);
            if (second.isEmpty() || second.get().entry().type() != EntityType.PERSON) return first;
            return new Gazetteer.Match(first.entry(), first.length() + 1 + second.get().length());
        }

        private Optional<Gazetteer.Match> listedAt(int p, int j) {
            Optional<Gazetteer.Match> best = gazetteer.longestMatch(tokens, p, j);
            if (known.isEmpty()) return best;
            for (int to = Math.min(j, p + 5); to > p; to--) {
                if (best.isPresent() && best.get().length() >= to - p) break;
                String name = Gazetteer.join(tokens, p, to);
                EntityType type = known.get(name);
                if (type != null) return Optional.of(new Gazetteer.Match(new Gazetteer.Entry(name, type), to - p));
            }
            return best;
        }

        /** Emits a listed name; a place takes a following compass word (Gaza selatan); a country after a demonym noun is skipped. */
        private int emitListed(int p, int end, EntityType type) {
            if (type == EntityType.PLACE) {
                // KPU DKI Jakarta, Partai Demokrat Bali, PN Jakpus: a place right after an organisation says which
                // branch it is; the annotated news marks no place there (in train 9 of the 12 are unmarked or inside the name).
                if (followsOrganization(p)) return end;
                if (continuesUnknownName(p)) return end;
                String prefix = hyphenPrefix(p);
                if (prefix.equals("anti") || prefix.equals("pro")) return end; // anti-Suriah, pro-Rusia: a stance, not a place
                if (prefix.equals("se")) return emit(p - 2, end, type); // se-Sulawesi Selatan: all of it, printed as one word
                if (p > 0 && isModifierPosition(tokens.get(p - 1), gazetteer.isCountry(canonicalOf(p, end)))) return end;
                if (gazetteer.isCountry(canonicalOf(p, end)) && isActor(p, end)) return end;
                if (sentenceStart[p] && !titleCase && opensAsSubject(p, end)) return end;
                if (end < tokens.size() && cues.directions.contains(tokens.get(end).lower())) end++;
            }
            return emit(p, end, type);
        }

        /**
         * Konvensi Jenewa, Siswa India, Pusat Topan AS, Charles Darwin: a listed place right after an unknown
         * capitalised word of the same run ends a longer name (a treaty, a group, a body, a person), so it is no
         * place of its own (in train 7 of the 9 such places were not marked as places).
         */
        private boolean continuesUnknownName(int p) {
            if (p == 0 || titleCase) return false;
            WordToken before = tokens.get(p - 1);
            if (sentenceStart[p - 1] && (cues.isOrdinaryWord(before.text()) || cues.placeCues.contains(before.lower()))) return false;
            if (!before.isWord() || !before.isCapitalised() || before.isAcronym() || hasDigit(before)) return false;
            if (!out.isEmpty() && out.get(out.size() - 1).end() == before.end()) return false;
            if (cues.notNames.contains(before.text()) || cues.placeHeads.match(tokens, p - 1, p) > 0) return false;
            return gazetteer.longestMatch(tokens, p - 1, p).isEmpty();
        }

        /** The lower-case word joined to {@code p} by a hyphen (se-Jawa, anti-Suriah), or "". */
        private String hyphenPrefix(int p) {
            if (p < 2 || !tokens.get(p - 1).text().equals("-")) return "";
            WordToken dash = tokens.get(p - 1);
            WordToken before = tokens.get(p - 2);
            boolean joined = before.end() == dash.start() && dash.end() == tokens.get(p).start();
            return joined && before.isWord() && before.isLowerCase() ? before.lower() : "";
        }

        /** The place comes right after an organisation, in the same run of capitalised words (KPU DKI Jakarta, BPD Riau). */
        private boolean followsOrganization(int p) {
            if (p == 0 || out.isEmpty()) return false;
            EntitySpan last = out.get(out.size() - 1);
            return last.type() == EntityType.ORGANIZATION && last.end() == tokens.get(p - 1).end() && tokens.get(p - 1).isWord();
        }

        private String canonicalOf(int p, int end) {
            return gazetteer.canonical(Gazetteer.join(tokens, p, end), EntityType.PLACE).orElse("");
        }

        /**
         * A country as the subject of a verb (Israel mengklaim, Iran telah meluncurkan) acts as a state,
         * not as a location; after a place cue (di Israel) it stays a place.
         */
        private boolean isActor(int p, int end) {
            if (end >= tokens.size() || p > 0 && cues.placeCues.contains(tokens.get(p - 1).lower())) return false;
            if (closesListOfPlaces(p)) return false;
            int after = afterListAndDay(end);
            if (after >= tokens.size()) return false;
            WordToken next = tokens.get(after);
            return next.isWord() && next.isLowerCase() && (cues.looksLikeVerb(next.lower()) || cues.auxiliaries.contains(next.lower())
                    || cues.subjectAdverbs.contains(next.lower()));
        }

        /**
         * Rusia dan Jepang telah melarang…, Korea Selatan dan Hong Kong Selasa mengatakan…: where a list of listed places
         * (and the day it happened) stands before a verb, the places together are its subject. Returns the token after
         * the list and the day, or {@code end} when no place follows.
         */
        private int afterListAndDay(int end) {
            int k = end;
            while (k + 1 < tokens.size() && (tokens.get(k).text().equals("dan") || tokens.get(k).text().equals(","))) {
                Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, k + 1, tokens.size());
                if (m.isEmpty() || m.get().entry().type() != EntityType.PLACE) break;
                k = k + 1 + m.get().length();
            }
            if (k < tokens.size() && DAYS.contains(tokens.get(k).text())) k++;
            return k;
        }

        /**
         * Tokyo sangat mengincar…, Teheran kerap mengumumkan…, Sudan dan kelompok-kelompok pemberontak…: a place
         * that opens a sentence as the subject of a verb or an adverb stands for its government or its people
         * (the annotated news leaves 18 of 20 such openings unmarked). A copula keeps it a place: Bali menjadi
         * tempat…, London adalah kota….
         */
        private boolean opensAsSubject(int p, int end) {
            if (end >= tokens.size() || closesListOfPlaces(p)) return false;
            end = afterListAndDay(end);
            if (end >= tokens.size()) return false;
            WordToken next = tokens.get(end);
            if (!next.isWord() || !next.isLowerCase()) return false;
            String w = next.lower();
            if (NameCues.COPULAS.contains(w)) return false;
            if (end + 1 < tokens.size() && NameCues.COPULAS.contains(tokens.get(end + 1).lower())) return false; // Bali juga merupakan
            if (w.equals("dan")) return end + 1 < tokens.size() && tokens.get(end + 1).isWord() && tokens.get(end + 1).isLowerCase();
            return cues.looksLikeVerb(w) && !w.startsWith("ter") || cues.auxiliaries.contains(w) || cues.subjectAdverbs.contains(w);
        }

        /** Donetsk, Lugansk, Kherson, dan Zaporozhye; Rusia–AS: the last of a list of places is a place like the others. */
        private boolean closesListOfPlaces(int p) {
            if (p < 2 || out.isEmpty()) return false;
            String joiner = tokens.get(p - 1).text();
            if (!Set.of("dan", ",", "atau", "–", "-", "/").contains(joiner)) return false;
            EntitySpan last = out.get(out.size() - 1);
            int before = joiner.equals("dan") && tokens.get(p - 2).text().equals(",") && p >= 3 ? p - 3 : p - 2;
            return last.type() == EntityType.PLACE && last.end() == tokens.get(before).end();
        }

        /**
         * A place right after a common noun qualifies it (serangan Israel, pejabat AS, bahasa Inggris): it
         * names a state or a people, not where something is. After a cue, a conjunction or a verb it is a place.
         */
        private boolean isModifierPosition(WordToken before, boolean country) {
            if (!before.isWord()) return false;
            String w = before.lower();
            if (cues.demonymNouns.contains(w)) return true; // also capitalised: Bahasa Indonesia, Pemerintah Indonesia
            if (!before.isLowerCase()) return false;
            int at = tokens.indexOf(before);
            if (at > 0 && (w.equals("negara") && tokens.get(at - 1).lower().equals("warga")
                    || w.equals("negeri") && tokens.get(at - 1).lower().equals("luar"))) {
                return true; // warga negara Australia, menteri luar negeri AS: a nationality, a portfolio
            }
            if (cues.placeCues.contains(w) || cues.functionWords.contains(w) || cues.attribution.contains(w)) return false;
            // disegel Jepang, menuduh Damaskus, dibantah Beijing: a place as a verb's agent or object acts as a state
            // (its government), unless the verb moves to or stays at it (mengunjungi Mesir, tiba di).
            if (cues.looksLikeVerb(w)) return !cues.placeVerbs.contains(w);
            // tanaman Hawaii, keistimewaan Yogyakarta: after a plain noun a place qualifies it; after a word that
            // locates (luar, sektor, sekitar) or a function word (akhirnya, hanya) it is still where things are.
            return country || !Stopwords.contains(w) && !cues.commonWords.contains(w) && !cues.locatingNouns.contains(w);
        }

        /** A headed name (Kementerian Luar Negeri Rusia, Kota Medan) runs to the end of the run or the next person. */
        private int emitHeaded(int p, int afterHead, int j, EntityType type) {
            int end = afterHead;
            while (end < j) {
                if (cues.personTitles.match(tokens, end, j) > 0 && tokens.get(end).isCapitalised()) break;
                Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, end, j);
                if (m.isPresent() && m.get().entry().type() == EntityType.PERSON) break;
                if (cues.notNames.contains(tokens.get(end).text()) && !isBalineseArticle(end)
                        && !(end > afterHead && ROMAN_NUMERALS.contains(tokens.get(end).text()))
                        && !(type == EntityType.ORGANIZATION && end > afterHead && cues.organizationTails.contains(tokens.get(end).text()))) break;
                if (type == EntityType.PLACE && end > afterHead && LIST_JOINERS.contains(tokens.get(end).text())) break; // Pantai Kuta dan Tanah Lot
                if (titleCase && end > afterHead && cues.isOrdinaryWord(tokens.get(end).text())) break; // Polres Lhokseumawe Serahkan …
                if (end > afterHead && startsAnotherOrganization(p, end, j)) break; // Pemkot Bandung dan DPRD Jawa Barat: two bodies
                end++;
            }
            while (end > afterHead && !tokens.get(end - 1).isWord()) end--;
            while (end > afterHead && !tokens.get(end - 1).isCapitalised()) end--;
            if (end == afterHead) return afterHead;
            int city = type == EntityType.PLACE ? trailingCity(afterHead, end) : -1;
            if (city > 0) {
                emit(p, city, type);
                return emit(city, end, EntityType.PLACE);
            }
            return emit(p, end, type);
        }

        /**
         * Gedung Utama Departemen Keuangan Jakarta, Taman Tiananmen Beijing, Kantor BEI Medan: a listed city at the end
         * of a building's name says where the building is; the annotated news marks the two apart (4 of 4 in train).
         * Where the city has its own head (Pasar Sentral Kota Medan) or follows the head directly (Hotel Indonesia,
         * Provinsi DKI Jakarta), the name is one. Returns where the city begins, or -1.
         */
        private int trailingCity(int afterHead, int end) {
            for (int k = afterHead; k < end; k++) {
                Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, k, end);
                if (m.isEmpty() || k + m.get().length() != end) continue;
                if (k == afterHead || m.get().entry().type() != EntityType.PLACE || gazetteer.isCountry(m.get().entry().canonical())) return -1;
                if (!tokens.get(k - 1).isWord() || cues.placeHeads.match(tokens, k - 1, end) > 0) return -1;
                return hasNameWordBetween(afterHead, k) ? k : -1;
            }
            return -1;
        }

        /**
         * "dan"/"serta" at {@code k} followed by a listed organisation (Pemkot Bandung dan DPRD Jawa Barat), by the
         * head word of the name at {@code p} again (Bursa Efek Jakarta dan Bursa Efek Surabaya) or by another head
         * (Polres Merauke dan Pemkab Merauke): two bodies, not one.
         */
        private boolean startsAnotherOrganization(int p, int k, int j) {
            String w = tokens.get(k).text();
            if (!(w.equals("dan") || w.equals("serta")) || k + 1 >= j) return false;
            Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, k + 1, j);
            if (m.isPresent()) return m.get().entry().type() == EntityType.ORGANIZATION;
            return tokens.get(k + 1).text().equals(tokens.get(p).text())
                    || cues.organizationHeads.match(tokens, k + 1, j) > 0 && tokens.get(k + 1).isCapitalised()
                    && !cues.isOrdinaryWord(tokens.get(k + 1).text()); // Pemkab, not Persatuan of Partai Keadilan dan Persatuan Indonesia
        }

        /** An unknown name runs over capitalised words and name particles until a title, listed name or ordinary word. */
        private int unknownEnd(int p, int j) {
            int q = p + 1;
            while (q < j) {
                WordToken t = tokens.get(q);
                if (t.isCapitalised()) {
                    if (cues.personTitles.match(tokens, q, j) > 0 || cues.notNames.contains(t.text())) break;
                    if ((titleCase ? cues.isOrdinaryWord(t.text()) : cues.isCommonWord(t.text())) || hasDigit(t)) break;
                    Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, q, j);
                    if (m.isPresent() && !cues.organizationTails.contains(t.text())) {
                        int after = q + m.get().length();
                        // Conocophilips Indonesia Inc: a listed place before a company's tail is part of its name.
                        if (after < j && cues.organizationTails.contains(tokens.get(after).text())) {
                            q = after;
                            continue;
                        }
                        break;
                    }
                    q++;
                } else if (q + 1 < j && tokens.get(q + 1).isCapitalised() && (NAME_PARTICLES.contains(t.text())
                        || t.text().equals("-") && t.start() == tokens.get(q - 1).end() && t.end() == tokens.get(q + 1).start())) {
                    q++;
                } else {
                    break;
                }
            }
            while (q > p + 1 && !tokens.get(q - 1).isCapitalised()) q--; // Indo-Australia: a joiner never ends the name
            return q;
        }

        /** The type of an unknown name [p, q), or null when the evidence is too thin to call it a name. */
        private EntityType classify(int p, int q, boolean personCue) {
            if (!hyphenPrefix(p).isEmpty()) return null; // e-Commerce, non-Muslim: a word built on a prefix, no name
            for (int k = p; k < q; k++) {
                if (cues.organizationTails.contains(tokens.get(k).text()) && k > p) {
                    return EntityType.ORGANIZATION;
                }
            }
            if (!allCaps) {
                if (hasInitials(p, q)) return EntityType.PERSON;
                for (int k = p; k < q; k++) {
                    if (tokens.get(k).isAcronym() || tokens.get(k).text().contains(".")) return EntityType.ORGANIZATION;
                }
            } else if (q - p == 1) {
                return null;
            }
            if (q - p == 1 && nameParts.contains(tokens.get(p).text())) return EntityType.PERSON;
            if (titleCase || allCommon(p, q)) return null;
            String next = q < tokens.size() ? tokens.get(q).lower() : "";
            boolean givenName = q - p == 1 && cues.givenNames.contains(tokens.get(p).text());
            if (ambiguous(p) && q - p == 1 && !cues.personVerbs.contains(next)
                    && !cues.auxiliaries.contains(next) && !(sentenceStart[p] && !titleCase
                    && (actsAsSubject(next) || isDescribedAfter(q) || isPairedAtStart(q) || givenName && opensClause(q)))) return null;
            if (personCue) return EntityType.PERSON;
            String prev = p > 0 ? tokens.get(p - 1).lower() : "";
            if (cues.attribution.contains(prev) || cues.personRoles.contains(prev)) return EntityType.PERSON;
            if (givenName && (prev.equals("ke") || prev.equals("dari"))) return EntityType.PERSON; // uang dari Budi, dukungan ke Zulkifli
            if (prev.equals("dari") && isRelationBefore(p - 1)) return EntityType.PERSON; // teman baik dari Sivia Blink
            if (isTitledInBrackets(q)) return EntityType.PERSON; // dari Herman Khaeron (Pimpinan Komisi IV DPR RI)
            // A cue is a lower-case word (di Jakarta); "Negeri" of Kementerian Luar Negeri is part of a name, not a cue.
            boolean cueWord = p > 0 && (tokens.get(p - 1).isLowerCase() || sentenceStart[p - 1]);
            if (cueWord && cues.placeCues.contains(prev) || isFollowedByListedPlace(q)) return EntityType.PLACE;
            if (q - p > 1) return hasEnglishWord(p, q) ? null : EntityType.PERSON;
            // A lone capitalised word with no cue: a person only when it acts as one (Hidayat juga menilai, dan Airlangga).
            if (cues.looksLikeVerb(next) || cues.auxiliaries.contains(next)) return EntityType.PERSON;
            if (isCoordinatedWithPerson(p, q) || isDescribedAfter(q)) return EntityType.PERSON;
            if (isCoordinatedWithPlace(p, q)) return EntityType.PLACE;
            // Bambang langsung menyebut…, pelantikan Budi, diikuti Yulianis: a common given name alone is a person.
            return givenName ? EntityType.PERSON : null;
        }

        /**
         * Adds the span [p, end); an organisation or place keeps a short form in brackets right after it,
         * as Indonesian news prints them: Partai Kebangkitan Bangsa (PKB). Returns the end token.
         */
        private int emit(int p, int end, EntityType type) {
            if (type != EntityType.PERSON && end + 2 < tokens.size() && tokens.get(end).text().equals("(")
                    && tokens.get(end + 2).text().equals(")") && isShortForm(p, end, type, tokens.get(end + 1))) {
                end += 3;
            }
            if (type == EntityType.ORGANIZATION && isAbbreviatedTail(end)) end++;
            int start = tokens.get(p).start();
            int stop = tokens.get(end - 1).end();
            out.add(new EntitySpan(line.substring(start, stop), type, start, stop));
            if (type == EntityType.PERSON && end - p > 1) {
                nameParts.add(tokens.get(p).text());
                nameParts.add(tokens.get(end - 1).text());
            }
            return end;
        }

        /**
         * The word in brackets after the name [p, end) is its short form: an acronym or an organisation's tail
         * (Partai Kebangkitan Bangsa (PKB)). After a place an outlet in brackets is a dateline (Jakarta (ANTARA)),
         * except after a building, whose short form is often its body's (Kantor Kementerian Sosial (Kemensos)).
         */
        private boolean isShortForm(int p, int end, EntityType type, WordToken inside) {
            boolean listedOrganization = isListedOrganization(inside.text());
            if (type == EntityType.PLACE && listedOrganization) return isBuilding(p, end);
            return inside.isAcronym() || cues.organizationTails.contains(inside.text());
        }

        private boolean isBuilding(int p, int end) {
            return cues.placeHeads.match(tokens, p, end) > 0 || BUILDING_WORDS.contains(tokens.get(p).text());
        }

        /**
         * DeSoto Inc. mengatakan, Home Shopping Network Inc., yang…: the stop of an abbreviated company tail belongs to
         * the name where the sentence goes on after it; before a capital or at the end it may end the sentence too.
         */
        private boolean isAbbreviatedTail(int end) {
            if (end + 1 >= tokens.size() || !ABBREVIATED_TAILS.contains(tokens.get(end - 1).text())) return false;
            WordToken stop = tokens.get(end);
            if (!stop.text().equals(".") || stop.start() != tokens.get(end - 1).end()) return false;
            WordToken next = tokens.get(end + 1);
            return next.isWord() && next.isLowerCase() || next.text().equals(",");
        }

        /** Herman Khaeron (Pimpinan Komisi IV DPR RI): an office in brackets after a name says it is a person's. */
        private boolean isTitledInBrackets(int q) {
            return q + 1 < tokens.size() && tokens.get(q).text().equals("(") && tokens.get(q + 1).isCapitalised()
                    && cues.personTitles.match(tokens, q + 1, tokens.size()) > 0;
        }

        /** teman baik dari …, anak dari …: a word for a friend or a relative within two words before "dari" at {@code from}. */
        private boolean isRelationBefore(int from) {
            for (int k = Math.max(0, from - 2); k < from; k++) if (RELATION_NOUNS.contains(tokens.get(k).lower())) return true;
            return false;
        }

        /** Kawangkoan, Minahasa, Sulawesi Utara: a name followed by a comma and a listed place is a place in it. */
        private boolean isFollowedByListedPlace(int q) {
            if (q + 1 >= tokens.size() || !tokens.get(q).text().equals(",")) return false;
            Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, q + 1, tokens.size());
            if (m.isEmpty() || m.get().entry().type() != EntityType.PLACE) return false;
            int after = q + 1 + m.get().length();
            return after >= tokens.size() || !tokens.get(after).isWord() || !tokens.get(after).isLowerCase()
                    || !cues.looksLikeVerb(tokens.get(after).lower());
        }

        /**
         * Suhardi mengalami…, Prasetyo merupakan…: at a sentence start, an unknown word (not an ordinary one by
         * list or shape) followed by an active or passive verb is its subject, a person. "Ter-" words are left
         * out: after a noun they are mostly adjectives and demonstratives (tersebut, terbesar).
         */
        private boolean actsAsSubject(String next) {
            return cues.looksLikeVerb(next) && !next.startsWith("ter");
        }

        /** An organisation starts at {@code k}: a listed one, a headed one or an acronym (possibly after a bracketed short form). */
        private boolean namesOrganization(int k, int j) {
            if (k + 3 < j && tokens.get(k).text().equals("(") && tokens.get(k + 2).text().equals(")")) k += 3;
            if (k >= j) return false;
            Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, k, j);
            if (m.isPresent()) return m.get().entry().type() == EntityType.ORGANIZATION;
            return cues.organizationHeads.match(tokens, k, j) > 0 || tokens.get(k).isAcronym();
        }

        /** Gates, yang juga…: a relative clause right after an opening word describes someone. */
        private boolean isDescribedAfter(int q) {
            if (isFollowedByAge(q)) return true;
            return q + 1 < tokens.size() && tokens.get(q).text().equals(",")
                    && (tokens.get(q + 1).text().equals("yang") || cues.personRoles.contains(tokens.get(q + 1).text()));
        }

        /** Grant (46), Khan (33): the press prints a person's age in brackets after the name. */
        private boolean isFollowedByAge(int q) {
            if (q + 2 >= tokens.size() || !tokens.get(q).text().equals("(") || !tokens.get(q + 2).text().equals(")")) return false;
            String n = tokens.get(q + 1).text();
            return n.length() <= 3 && n.chars().allMatch(Character::isDigit);
        }

        /**
         * TB Hasanuddin, BM Diah, Irianto MS Syarifuddin: one or two capital letters beside unknown name words are a
         * person's initials, not an organisation's short form.
         */
        private boolean hasInitials(int p, int q) {
            boolean initials = false;
            boolean word = false;
            for (int k = p; k < q; k++) {
                WordToken t = tokens.get(k);
                if (!t.isWord()) return false;
                if (t.isAcronym() || isInitial(t)) { // a single capital is an initial too, not a name word (R&D PR)
                    if (t.text().length() > 2) return false;
                    initials = true;
                } else {
                    if (cues.englishWords.contains(t.lower()) || cues.organizationTails.contains(t.text())) return false;
                    word = true;
                }
            }
            return initials && word;
        }

        /** Suhardi pantang…, Marwan yang juga…: a lower-case word or a comma follows the opening word. */
        private boolean opensClause(int q) {
            if (q >= tokens.size()) return false;
            WordToken t = tokens.get(q);
            return t.isWord() && t.isLowerCase() || t.text().equals(",");
        }

        /** Hidayat dan Airlangga mundur: two unknown words paired at a sentence start name two people. */
        private boolean isPairedAtStart(int q) {
            if (q + 2 >= tokens.size() || !tokens.get(q).text().equals("dan")) return false;
            WordToken other = tokens.get(q + 1);
            return other.isCapitalised() && !other.isAcronym() && !cues.isCommonWord(other.text())
                    && gazetteer.longestMatch(tokens, q + 1, tokens.size()).map(m -> m.entry().type() == EntityType.PERSON).orElse(true);
        }

        /** Hidayat dan Airlangga: a lone word joined by "dan" to a person is a person too. */
        private boolean isCoordinatedWithPerson(int p, int q) {
            boolean before = p >= 2 && PERSON_JOINERS.contains(tokens.get(p - 1).text()) && !out.isEmpty()
                    && out.get(out.size() - 1).type() == EntityType.PERSON && out.get(out.size() - 1).end() == tokens.get(p - 2).end();
            if (before) return true;
            if (q + 1 >= tokens.size() || !tokens.get(q).text().equals("dan")) return false;
            Optional<Gazetteer.Match> m = listedAt(q + 1, tokens.size());
            return m.isPresent() && m.get().entry().type() == EntityType.PERSON;
        }

        /**
         * Kashgar dan Hotan, Toledo, Tucson atau Topeka: an unknown word in a list right after a place, or
         * before "dan"/"atau" and a listed place, is a place too.
         */
        private boolean isCoordinatedWithPlace(int p, int q) {
            if (p >= 2 && LIST_JOINERS.contains(tokens.get(p - 1).text()) && !out.isEmpty()) {
                EntitySpan last = out.get(out.size() - 1);
                if (last.type() == EntityType.PLACE && last.end() == tokens.get(p - 2).end()) return true;
            }
            if (q + 1 >= tokens.size() || !Set.of("dan", "atau", "serta").contains(tokens.get(q).text())) return false;
            Optional<Gazetteer.Match> m = gazetteer.longestMatch(tokens, q + 1, tokens.size());
            return m.isPresent() && m.get().entry().type() == EntityType.PLACE;
        }

        /** Jakarta (ANTARA): an outlet in brackets after a place is a dateline, not the place's short form. */
        private boolean isListedOrganization(String name) {
            return gazetteer.canonical(name, EntityType.ORGANIZATION).isPresent();
        }

        /** Banking Efficiency Award, Royal Ballet: English words name an award, an event or a firm, not a person. */
        private boolean hasEnglishWord(int p, int q) {
            for (int k = p; k < q; k++) if (cues.englishWords.contains(tokens.get(k).lower())) return true;
            return false;
        }

        private boolean hasDigit(WordToken t) {
            for (int k = 0; k < t.text().length(); k++) if (Character.isDigit(t.text().charAt(k))) return true;
            return false;
        }

        private boolean allCommon(int p, int q) {
            for (int k = p; k < q; k++) {
                if (!(ambiguous(k) ? cues.isOrdinaryWord(tokens.get(k).text()) : cues.isCommonWord(tokens.get(k).text())) && !cues.directions.contains(tokens.get(k).lower())) return false;
            }
            return true;
        }

        private boolean ambiguous(int p) {
            return titleCase || sentenceStart[p];
        }

        private boolean[] sentenceStarts() {
            boolean[] starts = new boolean[tokens.size()];
            boolean atStart = true;
            for (int k = 0; k < tokens.size(); k++) {
                WordToken t = tokens.get(k);
                if (t.isWord()) {
                    starts[k] = atStart;
                    atStart = false;
                } else if (SENTENCE_ENDS.contains(t.text())) {
                    atStart = !(t.text().equals(".") && k > 0
                            && (cues.abbreviations.contains(tokens.get(k - 1).text()) || isInitial(tokens.get(k - 1))));
                } else if (!OPENERS.contains(t.text())) {
                    atStart = false;
                }
            }
            return starts;
        }

        /** A headline or sub-heading: no closing full stop and nearly every longer word capitalised. */
        private boolean isTitleCase() {
            String end = line.strip();
            if (end.endsWith(".") || end.endsWith("?\"") || end.endsWith(".”") || end.endsWith(".\"")) return false;
            int upper = 0;
            int lower = 0;
            for (WordToken t : tokens) {
                if (!t.isWord() || t.text().length() < 4 || Character.isDigit(t.text().charAt(0))) continue;
                if (t.isCapitalised()) upper++;
                else lower++;
            }
            return upper >= 3 && lower * 3 <= upper;
        }

        private boolean isAllCaps() {
            int words = 0;
            for (WordToken t : tokens) {
                if (!t.isWord() || Character.isDigit(t.text().charAt(0))) continue;
                if (!t.isAcronym() && t.text().length() > 1) return false;
                words++;
            }
            return words >= 4;
        }
    }
}
