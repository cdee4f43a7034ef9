package id.warta.text;

import id.warta.model.Entity;
import id.warta.model.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rule-based speaker names: finds the person in a run of capitalised words ({@code Kapolres Ajun
 * Komisaris Roland Manurung} → {@code Roland Manurung}) and resolves a surname or a bare role to the
 * full name the article introduced earlier ({@code Kuzmarov} → {@code Jeremy Kuzmarov},
 * {@code Presiden} → {@code Joko Widodo}). Self-contained: it needs no entity recogniser, only the
 * conventions that roles, titles and institutions stand before Indonesian names.
 */
public final class Speakers {
    /** Titles, roles and ranks: they stand before a name but never qualify an institution. */
    private static final Set<String> ROLES = Set.copyOf(Arrays.asList(("presiden wakil perdana menteri menlu kanselir sekjen sekretaris jenderal "
            + "dubes duta besar jubir juru bicara kapolri kapolda kapolres kapolsek kasat kasi kasubdit kabid kabag kadis "
            + "akbp kompol akp iptu ipda ajun komisaris inspektur brigjen irjen komjen letjen mayjen kombes kolonel letkol "
            + "mayor kapten gubernur wagub bupati wabup wali walkot camat lurah kades kepala ketua umum anggota direktur "
            + "dirut utama eksekutif manajer pemimpin redaksi pakar pengamat analis peneliti dosen rektor dekan profesor "
            + "prof dr ir drs h hj kh bapak pak ibu bu koordinator komandan panglima hakim jaksa penyidik mantan calon "
            + "plt pj staf khusus utusan penasihat asisten deputi peneliti senior general manager director chief head "
            + "vice president officer founder laksda marsda pelatih warga").split("\\s+")));
    /** Words that are capitalised in running text but are never part of a person's name. */
    private static final Set<String> NOT_NAME = Set.copyOf(Arrays.asList((
            // roles and ranks
            "presiden wakil perdana menteri menlu mendagri menkeu menhan mensos menko kanselir sekjen sekretaris "
                    + "jenderal dubes duta besar jubir juru bicara kapolri kapolda kapolres kapolsek kasat kasi kasubdit "
                    + "kabid kabag kadis kadin kasatreskrim reskrim akbp kompol akp iptu ipda aiptu bripka brigadir "
                    + "ajun komisaris komisaris besar inspektur brigjen irjen komjen letjen mayjen marsekal laksamana "
                    + "jenderal kolonel letkol mayor kapten letnan sersan kopral prajurit panglima pangdam danrem dandim "
                    + "gubernur wagub bupati wabup wali kota walkot camat lurah kades kepala ketua umum harian anggota "
                    + "direktur dirut utama eksekutif pelaksana manajer kepala staf pemimpin redaksi pemred redaktur "
                    + "pakar pengamat analis peneliti dosen guru besar rektor dekan profesor prof dr ir drs dra h hj "
                    + "kh k.h. habib ustaz ustadz kiai gus bapak pak ibu bu saudara sdr tuan nyonya raja ratu pangeran "
                    + "paus uskup imam syekh sheikh perwakilan koordinator komandan kepala humas kabid humas kasubbag "
                    + "hakim jaksa agung penyidik pengacara kuasa hukum advokat panitera ketua majelis senator anggota "
                    + "dewan legislator politikus politisi pelatih kapten striker pemain penyerang kiper bek gelandang "
                    + "aktor aktris penyanyi sutradara produser ceo cfo coo founder pendiri chairman sekjen warga "
                    + "mantan calon eks plt plh pj penjabat pejabat staf khusus stafsus utusan penasihat asisten deputi "
                    + "inspektorat auditor kepala bagian kepala seksi kasie kapuspen kapuspenkum kabareskrim dirreskrimum "
                    + "dirreskrimsus dirlantas kasatlantas kanit kapolsek "
                    // institutions and their words
                    + "kementerian kemenlu kemenkeu kemendagri kemensos kemenkes badan dinas lembaga komisi dewan majelis "
                    + "mahkamah pengadilan kejaksaan kejari kejati kepolisian polri polda polres polsek polisi tni "
                    + "partai fraksi universitas institut sekolah rumah sakit bank pt cv tbk persero perum yayasan "
                    + "asosiasi himpunan ikatan persatuan perhimpunan serikat federasi liga klub kantor biro pusat "
                    + "direktorat jenderal ditjen divisi bidang bagian seksi subdirektorat satuan satgas tim unit "
                    + "luar negeri dalam keuangan pertahanan sosial kesehatan pendidikan kebudayaan agama hukum "
                    + "perhubungan perdagangan perindustrian pertanian kelautan perikanan energi sumber daya mineral "
                    + "koordinator bidang politik keamanan perekonomian pariwisata kreatif pemuda olahraga ketenagakerjaan "
                    + "riset teknologi informatika komunikasi lingkungan hidup kehutanan investasi bumn desa "
                    + "pembangunan nasional rakyat daerah perwakilan tinggi konstitusi pemberantasan korupsi pemilihan "
                    + "umum pengawas pemerintah pemerintahan provinsi kabupaten kecamatan kelurahan dusun kota negara "
                    + "republik kerajaan kesultanan magazine news times post agency kantor berita redaksi media "
                    + "pemilu pilkada pilpres istana gedung jalan jl stadion bandara pelabuhan pasar masjid gereja "
                    // places that stand between a role and a name (Presiden Rusia Vladimir Putin)
                    + "indonesia ri rusia amerika serikat as china cina tiongkok rrt jepang korea selatan utara barat "
                    + "timur tengah ukraina inggris britania prancis perancis jerman italia spanyol belanda turki iran "
                    + "irak israel palestina arab saudi mesir india pakistan afghanistan suriah lebanon yordania qatar "
                    + "australia kanada meksiko brasil argentina malaysia singapura thailand filipina vietnam myanmar "
                    + "kamboja laos brunei timor leste eropa uni asia afrika nato pbb asean jakarta jawa sumatera "
                    + "kalimantan sulawesi papua bali nusa tenggara maluku aceh banten yogyakarta dki jabar jateng jatim "
                    + "washington moskow beijing kremlin gedung putih "
                    // Indonesian provinces, their short forms and large cities, which stand between a role and a name
                    + "sumut sumbar sumsel riau kepri jambi bengkulu lampung babel bangka belitung jabar jateng jatim "
                    + "diy ntb ntt kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra sulbar gorontalo "
                    + "malut pabar papua metro jaya raya medan padang palembang pekanbaru batam bandung semarang "
                    + "surabaya malang solo denpasar mataram kupang makassar manado kendari palu ambon jayapura "
                    + "pontianak banjarmasin samarinda balikpapan palangka tangerang tangsel bekasi depok bogor "
                    + "cirebon yogya magelang sleman bantul kediri jember banyuwangi "
                    // police and military ranks
                    + "kombes kombespol akbp kompol brigjenpol irjenpol komjenpol bripda briptu bharada aipda iptu "
                    + "letda lettu serma serka sertu praka pratu kasdam kasad kasal kasau "
                    + "laksda laksma laksdya marsda marsma marsdya dokter gigi drg "
                    // English roles and institution words printed in Indonesian copy
                    + "general manager director president vice chief officer head executive founder co-founder "
                    + "institute center centre foundation group corporation express company hotel university school "
                    // outlets, named when a source speaks "kepada Kompas"
                    + "kompas antara tempo reuters afp xinhua bbc cnn "
                    // offices printed in short form
                    + "dinkes dishub disdik disnaker dispenda pemkab pemkot pemprov bappeda bappenas kemenkes kemenhub "
                    + "kemendag kemenperin kemenkumham kemendikbud kemenag kemenpan kemnaker kemenparekraf kemlu "
                    + "puskesmas rsud rsup tanpa covid corona korona virus "
                    // sentence starters and function words capitalised at a sentence start
                    + "menurut namun sementara selain dalam saat ketika sebelumnya kemudian selanjutnya adapun bahkan "
                    + "jika kalau karena meski meskipun sedangkan pada di ke dari oleh untuk bagi dengan hal ini itu "
                    + "hari kata ujar tutur lebih tak tidak ada para sang si sebagai seperti yang dan atau tetapi "
                    + "tapi juga pun lalu maka sehingga agar supaya bila apabila setelah sesudah usai seusai sejak hingga "
                    + "sampai terkait soal mengenai tentang atas bawah antara tersebut kami kita saya aku ia dia beliau "
                    + "mereka anda kamu selasa senin rabu kamis jumat sabtu minggu januari februari maret april mei "
                    + "juni juli agustus september oktober november desember sumber foto video baca editor pewarta "
                    + "penulis reporter tahun bulan pekan tanggal pukul wib wita wit sultan "
                    // quantity and manner words that open sentences, religions and their followers
                    + "sejumlah sebanyak secara salah selama beberapa banyak semua seluruh setiap tiap kondisi pihak "
                    + "islam muslim kristen katolik hindu buddha konghucu "
                    // clergy titles
                    + "pastor pendeta romo bhiksu biksu bhikkhu maha pdt")
            .split("\\s+")));
    /** Head words whose own name follows them: the first capitalised word after one is not a person's. */
    private static final Set<String> INSTITUTIONS = Set.of("universitas", "institut", "kementerian", "partai",
            "yayasan", "bank", "pt", "cv", "masjid", "komisi", "badan", "dinas", "kelompok", "lembaga", "komunitas",
            "perkumpulan", "asosiasi", "forum", "gerakan", "koalisi", "aliansi", "ikatan", "persatuan", "perhimpunan",
            "serikat", "himpunan", "balai", "rs", "sekolah", "sma", "smp", "madrasah", "pesantren", "pondok",
            "gereja", "klub", "puskesmas", "rsud", "rsup", "bumdes", "kampung", "satgas", "gugus", "koperasi", "perusahaan", "paguyuban", "kodam",
            "korem", "kodim", "fraksi", "pengadilan", "stasiun", "hotel", "museum", "harian", "majalah");
    private static final Pattern ROMAN = Pattern.compile("^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII)$");
    /** Degrees printed after a name: S.H., M.Si., Ph.D., SpPD. */
    private static final Pattern DEGREE = Pattern.compile("^(?:[A-Z][a-zA-Z]{0,3}\\.){1,3}(?:[A-Z][a-zA-Z]{0,3}\\.?)?$|^Sp[A-Z]{1,4}.*$");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*$");
    /** Words before a place or institution: "di Banyumas", "warga Chicago". */
    private static final Set<String> LOCATIVE = Set.of("di", "ke", "dari", "asal", "warga", "wilayah", "daerah",
            "kota", "kabupaten", "provinsi", "kawasan", "pemkab", "pemkot", "pemprov");
    private static final Pattern NOUN = Pattern.compile("^(?:pe|ke|se)\\p{L}{3,}an$|^\\p{L}{4,}asi$|^di\\p{L}{4,}(?:kan|i)$");
    private static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau");
    /** Of those, the ones that only ever open a name: one before them belongs to an office. */
    private static final Set<String> FIRST_ELEMENTS = Set.of("muhammad", "mohammad", "muhamad", "mohamad", "mochammad",
            "abdul", "abu", "i", "ni", "gusti", "putu", "made", "ketut", "wayan", "nyoman", "komang", "kadek", "lalu",
            "baiq", "andi", "teuku", "tengku", "raden", "kiagus");
    private static final Set<String> NAMED_THINGS = Set.of("uu", "ruu", "undang-undang", "perppu", "perpres", "perda",
            "permen", "kuhp", "program", "kartu", "operasi", "gerakan", "hari", "festival", "kapal", "kri", "km", "kmp",
            // places named after people: Bandara Abdulrachman Saleh, Jalan Sudirman, Stadion Manahan
            "bandara", "jalan", "jl", "gedung", "stadion", "pelabuhan", "lapangan", "bendungan", "waduk");
    private static final Set<String> SPEECH_CUES = Set.of("kata", "ujar", "ucap", "tutur", "menurut", "lanjut",
            "tambah", "ungkap", "jelas", "imbuh", "papar", "sebut", "terang", "tegas", "bagi", "pak", "bu");
    private static final Set<String> SPEECH_VERBS = Set.of("mengatakan", "menambahkan", "menjelaskan", "menyatakan",
            "menuturkan", "mengungkapkan", "menegaskan", "menyampaikan", "berkata", "juga", "pun", "menilai", "berharap");
    /**
     * First elements of names that are not used alone for the person: Arabic (Muhammad, Abdul, Abu,
     * Siti), Javanese ordinals and honorific names (Sri, Tri, Dwi, Raden), Balinese birth-order and
     * caste names (I, Ni, Gusti, Putu, Made, Ida, Bagus, Anak, Agung, Tjokorda), Sasak (Lalu, Baiq),
     * Bugis (Andi), Acehnese (Teuku, Tengku, Cut), Palembang (Kiagus, Masagus, Raden).
     */
    private static final Set<String> GIVEN_NAME_PREFIXES = Set.copyOf(Arrays.asList(("muhammad mohammad muhamad mohamad "
            + "moh muh mochammad mochamad achmad ahmad ahmed abdul abdur abdurrahman abd abu siti nur nurul sri tri dwi "
            + "eka catur panca raden rr mas i ni gusti putu made ida bagus ayu anak agung tjokorda cokorda komang "
            + "ketut wayan nyoman kadek gede lalu baiq andi teuku tengku cut kiagus masagus nyimas daeng la wa "
            + "al el de van von m").split("\\s+")));

    private Speakers() {
    }

    /** True for he/she forms that point back to the last named speaker. */
    public static boolean isPronoun(String word) {
        return word != null && PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A token that can be part of a person's name: capitalised, not a role, institution or acronym. */
    static boolean isNameToken(String token) {
        if (!CAPITALISED.matcher(token).matches()) return false;
        String lower = token.toLowerCase(Locale.ROOT);
        if (NOT_NAME.contains(lower) || NOT_NAME.contains(lower.replaceAll("[.]+$", ""))) return false;
        if (INSTITUTIONS.contains(lower)) return false;
        // pe-/per-/ke- … -an nouns (Perlindungan, Pengembangan, Kesehatan) name offices, never people.
        if (NOUN.matcher(lower).matches()) return false;
        if (lower.endsWith("nya")) return false;
        // A reduplicated noun (Undang-Undang, Anak-Anak) is a common word, never a name.
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && lower.substring(0, hyphen).equals(lower.substring(hyphen + 1))) return false;
        // "Tangerang." ends a sentence; only an initial ("M.") keeps its dot inside a name.
        if (token.endsWith(".") && token.length() > 2) return false;
        if (token.length() >= 2 && token.equals(token.toUpperCase(Locale.ROOT)) && !token.endsWith(".")) return false;
        return true;
    }

    /**
     * {@link #personIn(List)}, also dropping leading words the article uses elsewhere as the
     * qualifier of an institution ({@code KPU Sulut}, {@code Masjid Istiqlal}): a given name is not
     * printed straight after an acronym or institution without the rest of the name.
     */
    public static String personIn(List<String> run, String text) {
        String person = personIn(run);
        if (person.isEmpty()) return person;
        List<String> tokens = new ArrayList<>(List.of(person.split("\\s+")));
        tokens = tokens.subList(knownOfficeEnd(tokens, text), tokens.size());
        tokens = tokens.subList(shortNameStart(tokens, text), tokens.size());
        // Ocean Justice Initiative Mas Achmad Santosa, Masyarakat Wahyudi Djafar: ordinary words before the name
        // end the office's name (what the article calls "Koalisi Masyarakat Sipil", "Indonesian Ocean Justice Initiative").
        while (tokens.size() > 2 && !isGivenNamePrefix(tokens.get(0)) && NameCues.standard().isOfficeWord(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
        }
        while (tokens.size() > 2 && !isGivenNamePrefix(tokens.get(0)) && isQualifier(tokens.get(0), tokens.get(1), text)) {
            tokens = tokens.subList(1, tokens.size());
        }
        // One name word left after a place or institution word the article uses as such elsewhere
        // ("Kepala Desa Karangbenda Sakino", "di Karangbenda"): the place is not part of the name.
        if (tokens.size() == 2 && !isGivenNamePrefix(tokens.get(0)) && isQualifier(tokens.get(0), tokens.get(1), text)
                && isUsedAlone(tokens.get(1), tokens.get(0), null, text)) {
            tokens = tokens.subList(1, 2);
        }
        String name = String.join(" ", tokens);
        // What is left is itself an organisation or place the gazetteer knows (Golkar, Gadjah Mada): no person.
        return tokens.size() <= 3 && isOfficeName(name) && !isNamedAsSpeaker(tokens.get(0), text) ? "" : name;
    }

    /**
     * Where a name starts after an office the gazetteer knows: the words up to the end of the last
     * organisation or place name among the leading words ({@code Muhammadiyah Haedar Nashir} →
     * {@code Haedar Nashir}), as long as two words are left, since a given name can be a place's too
     * ({@code Bima Arya}).
     */
    private static int knownOfficeEnd(List<String> tokens, String text) {
        int cut = 0;
        for (int from = 0; from + 2 < tokens.size(); from++) {
            for (int to = from + 1; to + 2 <= tokens.size() && to - from <= 4; to++) {
                if (isOfficeName(String.join(" ", tokens.subList(from, to)))
                        && !isNamedAsSpeaker(tokens.get(from), text)) cut = Math.max(cut, to);
            }
        }
        return cut;
    }

    private static boolean isOfficeName(String words) {
        for (Entity e : Gazetteer.standard().entitiesNamed(words)) {
            if (e.type() != EntityType.PERSON) return true;
        }
        return false;
    }

    /**
     * Where a name starts when the article later calls the person by a word inside it: Indonesian
     * copy names a person in full once, then by one of their names ({@code Haedar}), so the words
     * before a later-used given name belong to the office ({@code Pantau Gambut Iola Abas} with
     * {@code kata Iola} → {@code Iola Abas}). Only a word followed by more of the name counts (a
     * surname used alone says nothing about the words before it), and customary first elements
     * ({@code Muhammad}, {@code I Gusti}, {@code Lalu}) stay.
     */
    private static int shortNameStart(List<String> tokens, String text) {
        if (isGivenNamePrefix(tokens.get(0))) return 0;
        // A word the article has speak (kata Alissa) marks the name's start before one it merely uses alone: in
        // "Jaringan Gusdurian Alissa Wahid" the network is named alone too (posko Gusdurian yang…).
        int usedAlone = 0;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            boolean prefixes = true;
            for (int i = 0; i < k; i++) prefixes &= isGivenNamePrefix(tokens.get(i));
            if (prefixes) continue;
            if (isGivenNamePrefix(tokens.get(k - 1))) continue;
            if (!isUsedAlone(tokens.get(k), tokens.get(k - 1), tokens.get(k + 1), text)) continue;
            if (isNamedAsSpeaker(tokens.get(k), text)) return k;
            if (usedAlone == 0) usedAlone = k;
        }
        return usedAlone;
    }

    /**
     * Whether {@code word} stands somewhere in {@code text} as a name of its own: a capitalised word
     * not preceded by {@code before} nor followed by {@code after} (nor by another capitalised word).
     */
    static boolean isUsedAlone(String word, String before, String after, String text) {
        if (word.length() < 3) return false;
        for (int at = wordAt(text, word, 0); at >= 0; at = wordAt(text, word, at + word.length())) {
            List<String> left = tokensBefore(text, at);
            String previous = left.isEmpty() ? "" : left.get(left.size() - 1);
            if (previous.equals(before) || (!previous.isEmpty() && isNameToken(previous))) continue;
            int next = at + word.length();
            if (next >= text.length() || text.charAt(next) != ' ') return true;   // punctuation or the end
            next++;
            if (after != null && text.startsWith(after, next)) continue;
            if (next < text.length() && Character.isUpperCase(text.charAt(next))) continue;
            return true;
        }
        return false;
    }

    /**
     * Whether {@code word} names someone speaking somewhere in {@code text}: after a speech cue
     * ({@code kata Bima}, {@code menurut Bima}) or before a speech verb ({@code Bima mengatakan}). A
     * place or organisation the gazetteer knows can be a given name too (Bima Arya).
     */
    private static boolean isNamedAsSpeaker(String word, String text) {
        for (int at = wordAt(text, word, 0); at >= 0; at = wordAt(text, word, at + word.length())) {
            List<String> left = tokensBefore(text, at);
            if (!left.isEmpty() && SPEECH_CUES.contains(left.get(left.size() - 1).toLowerCase(Locale.ROOT))) return true;
            List<String> right = tokensAfter(text, at + word.length());
            if (!right.isEmpty() && SPEECH_VERBS.contains(right.get(0))) return true;
        }
        return false;
    }

    /** First elements of Indonesian names that the press keeps with the name: Muhammad, Abdul, I Gusti, Lalu. */
    static boolean isGivenNamePrefix(String token) {
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) == '.') end--;
        return GIVEN_NAME_PREFIXES.contains(token.substring(0, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} stands elsewhere in {@code text} after an acronym, institution or locative word
     * and not before {@code next}. Same matches as the regex {@code (\S+)\s+WORD(?!\p{L})(\s+\S+)?} run
     * with find(), written as a scan: compiling and running that regex over the whole article for every
     * speaker candidate was the pipeline's second-hottest spot under JFR.
     */
    private static boolean isQualifier(String word, String next, String text) {
        int from = 0;
        int at = text.indexOf(word, from);
        while (at >= 0) {
            int end = at + word.length();
            int spaceStart = at;
            while (spaceStart > from && isRegexSpace(text.charAt(spaceStart - 1))) spaceStart--;
            int beforeStart = spaceStart;
            while (beforeStart > from && !isRegexSpace(text.charAt(beforeStart - 1))) beforeStart--;
            if (spaceStart == at || beforeStart == spaceStart || end < text.length() && Character.isLetter(text.codePointAt(end))) {
                at = text.indexOf(word, at + 1);
                continue;
            }
            String before = text.substring(beforeStart, spaceStart);
            int afterSpace = end;
            while (afterSpace < text.length() && isRegexSpace(text.charAt(afterSpace))) afterSpace++;
            int afterEnd = afterSpace;
            while (afterEnd < text.length() && !isRegexSpace(text.charAt(afterEnd))) afterEnd++;
            boolean hasAfter = afterSpace > end && afterEnd > afterSpace;
            String after = hasAfter ? text.substring(afterSpace, afterEnd) : "";
            from = hasAfter ? afterEnd : end;
            at = text.indexOf(word, from);
            if (after.startsWith(next)) continue;
            // Only institutions and places qualify a word this way; a rank before it (Kombes Sambodo) does not.
            String lower = before.toLowerCase(Locale.ROOT);
            if (before.length() >= 2 && before.equals(before.toUpperCase(Locale.ROOT)) && before.matches("\\p{Lu}+")) return true;
            if (INSTITUTIONS.contains(lower) || LOCATIVE.contains(lower)) return true;
        }
        return false;
    }

    /** {@code \s} of java.util.regex without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A token of a capitalised run: a name token, a role or institution word, an acronym or initial. */
    static boolean isCapitalised(String token) {
        return CAPITALISED.matcher(token).matches() || token.matches("\\d+") || token.matches("drg?\\.?");
    }

    /**
     * The person in a capitalised run: the last stretch of name tokens, with degrees dropped
     * ({@code Menteri Luar Negeri Sergey Lavrov} → {@code Sergey Lavrov}); empty when the run
     * is only a role ({@code Presiden}).
     */
    public static String personIn(List<String> run) {
        List<String> tokens = new ArrayList<>(run);
        while (!tokens.isEmpty() && DEGREE.matcher(tokens.get(tokens.size() - 1)).matches()
                && tokens.size() > 1 && !tokens.get(tokens.size() - 1).matches("^[A-Z]\\.$")) {
            tokens.remove(tokens.size() - 1);
        }
        int end = tokens.size();
        int start = end;
        while (start > 0 && (isNameToken(tokens.get(start - 1)) || isInitials(tokens, start - 1))) start--;
        while (start < end && isInitials(tokens, start)) start++;
        // Balinese "I Gusti Putu …", "Ni Made …": the one-letter article starts the name.
        if (start > 0 && start < end && tokens.get(start - 1).matches("I|Ni") && isGivenNamePrefix(tokens.get(start))) start--;
        // A customary first element after office words ("Taman Margasatwa Ragunan Ketut Widarsono") starts the name.
        for (int k = start + 1; k + 1 < end; k++) {
            if (FIRST_ELEMENTS.contains(tokens.get(k).toLowerCase(Locale.ROOT)) && !isGivenNamePrefix(tokens.get(k - 1))) {
                start = k;
                break;
            }
        }
        if (start == end) return "";
        // A law's or programme's name follows its head word (UU Cipta Kerja, Kartu Prakerja): no person.
        if (start > 0 && NAMED_THINGS.contains(tokens.get(start - 1).toLowerCase(Locale.ROOT))) return "";
        // An institution's own name follows its head word (Universitas Nusantara, Komisi I): the
        // person starts after it.
        if (start > 0 && INSTITUTIONS.contains(tokens.get(start - 1).toLowerCase(Locale.ROOT))) {
            // Nothing after the institution's own name (Partai Golkar, Universitas Gadjah Mada): no person.
            String head = tokens.get(start - 1).toLowerCase(Locale.ROOT);
            if (end - start == 1 || end - start == 2 && (head.equals("universitas") || head.equals("institut"))) return "";
            if (ROMAN.matcher(tokens.get(start)).matches() && end - start > 1) start++;
            else if (end - start >= 3) start++;
            while (end - start > 3 && !isGivenNamePrefix(tokens.get(start))) start++;
        }
        // A lone initial ("H.", "M.") is an honorific or abbreviation, not a name.
        while (start < end - 1 && tokens.get(start).matches("^\\p{Lu}\\.$") && isHonorific(tokens.get(start))) start++;
        return String.join(" ", tokens.subList(start, end));
    }

    /** Short capitals between or after name tokens are initials ({@code Bambang PS Brodjonegoro}, {@code Eddy MS}). */
    private static boolean isInitials(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (!t.matches("\\p{Lu}{1,2}\\.?") || NOT_NAME.contains(t.toLowerCase(Locale.ROOT))) return false;
        return i > 0 && isNameToken(tokens.get(i - 1));
    }

    private static boolean isHonorific(String token) {
        return token.equals("H.") || token.equals("Hj.") || token.equals("K.H.");
    }

    /** True when the run names no person, only a role or institution ({@code Presiden}, {@code Kapolres}). */
    public static boolean isRoleOnly(List<String> run) {
        return !run.isEmpty() && personIn(run).isEmpty();
    }

    /**
     * The full form of {@code name} as the article first introduced it: the earliest mention in
     * {@code text} where the name stands inside a longer run of name tokens
     * ({@code Kuzmarov} → {@code Jeremy Kuzmarov}). The name itself when no longer form exists.
     */
    public static String fullName(String name, String text) {
        if (name == null || name.isBlank()) return name;
        String known = knownFullName(name, text);
        if (known != null) return known;
        List<String> parts = List.of(name.split("\\s+"));
        // An indexOf scan for the name between non-letters: a regex compiled and run per call was 11% of ingest (JFR).
        for (int at = wordAt(text, name, 0); at >= 0; at = wordAt(text, name, at + name.length())) {
            List<String> left = tokensBefore(text, at);
            List<String> right = tokensAfter(text, at + name.length());
            List<String> run = new ArrayList<>(left);
            run.addAll(parts);
            for (int i = 0; i < right.size(); i++) {
                String t = right.get(i);
                boolean initials = t.matches("\\p{Lu}{1,2}\\.?") && i + 1 < right.size() && isNameToken(right.get(i + 1));
                if (!isNameToken(t) && !initials) break;
                run.add(t);
            }
            String person = personIn(run, text);
            int size = person.isEmpty() ? 0 : person.split("\\s+").length;
            if (size > parts.size() && size <= 5 && (" " + person + " ").contains(" " + name + " ")) return person;
        }
        return parts.size() == 1 && name.length() >= 4 ? nicknameOf(name, text) : name;
    }

    /**
     * The name the press knows a person by under another form ({@code Jokowi} → {@code Joko Widodo}),
     * from the gazetteer, when the article prints that name too; null otherwise.
     */
    private static String knownFullName(String name, String text) {
        for (Entity e : Gazetteer.standard().entitiesNamed(name)) {
            if (e.type() == EntityType.PERSON && !e.name().equals(name) && wordAt(text, e.name(), 0) >= 0) return e.name();
        }
        return null;
    }

    /** Where {@code word} next stands in {@code text} from {@code from} with no letter on either side; -1 if nowhere. */
    private static int wordAt(String text, String word, int from) {
        for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean letterBefore = at > 0 && Character.isLetter(text.codePointBefore(at));
            boolean letterAfter = end < text.length() && Character.isLetter(text.codePointAt(end));
            if (!letterBefore && !letterAfter) return at;
        }
        return -1;
    }

    /** A short form the article uses for a longer name: {@code Risma} for {@code Tri Rismaharini}. */
    private static String nicknameOf(String name, String text) {
        int from = 0;
        while (true) {
            // (?<!\p{L})NAME\p{Ll}{2,} as a scan: a name's start, then at least two lower-case letters.
            int at = text.indexOf(name, from);
            while (at >= 0 && at > 0 && Character.isLetter(text.codePointBefore(at))) at = text.indexOf(name, at + 1);
            if (at < 0) break;
            int end = at + name.length();
            while (end < text.length() && Character.getType(text.codePointAt(end)) == Character.LOWERCASE_LETTER) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end - (at + name.length()) < 2) {
                from = at + 1;
                continue;
            }
            from = end;
            List<String> run = new ArrayList<>(tokensBefore(text, at));
            run.add(text.substring(at, end));
            for (String t : tokensAfter(text, end)) {
                if (!isNameToken(t)) break;
                run.add(t);
            }
            String person = personIn(run, text);
            if (person.split("\\s+").length >= 2) return person;
            // A short form of a one-word name (Ardi for Ardiwinata) printed as a name of its own.
            if (person.equals(text.substring(at, end)) && isNameToken(person)) return person;
        }
        return name;
    }

    /**
     * The person a bare role points to: the latest mention of the role followed by a name
     * ({@code Presiden Joko Widodo} for {@code Presiden}); null when the article names nobody so.
     */
    public static String holderOf(List<String> role, String text) {
        String phrase = role.stream().map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile("(?<![\\p{L}])" + phrase + "\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,8})").matcher(text);
        String holder = null;
        while (m.find()) {
            List<String> run = List.of(m.group(1).strip().split("\\s+"));
            String person = personIn(run, text);
            if (!person.isEmpty()) holder = person;
        }
        return holder == null ? null : fullName(holder, text);
    }

    /**
     * Up to eight word tokens directly before {@code at} (no punctuation crossed), within 120 characters:
     * each token of letters, apostrophes, dots and hyphens followed by one space. A backward scan; the
     * end-anchored regex it replaces was tried from every position of the window (JFR's hottest spot).
     */
    private static List<String> tokensBefore(String text, int at) {
        int floor = Math.max(0, at - 120);
        List<String> out = new ArrayList<>();
        int end = at;
        while (out.size() < 8 && end - 1 > floor && text.charAt(end - 1) == ' ' && isTokenChar(text.charAt(end - 2))) {
            int start = end - 1;
            while (start > floor && isTokenChar(text.charAt(start - 1))) start--;
            out.add(0, text.substring(start, end - 1));
            end = start;
        }
        return out;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '.' || c == '-';
    }

    private static final Pattern TOKENS_AFTER = Pattern.compile("^((?: [\\p{L}'’.-]+){0,4})");

    /** Up to four word tokens directly after {@code at} (no punctuation crossed). */
    private static List<String> tokensAfter(String text, int at) {
        String after = text.substring(at, Math.min(text.length(), at + 80));
        Matcher m = TOKENS_AFTER.matcher(after);
        if (!m.find()) return List.of();
        String run = m.group(1).strip();
        if (run.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String t : run.split("\\s+")) {
            // "Nurwan." ends the sentence: keep the word, stop there. "P." stays an initial.
            if (t.endsWith(".") && t.length() > 2) {
                out.add(t.substring(0, t.length() - 1));
                break;
            }
            out.add(t);
        }
        return out;
    }
}
