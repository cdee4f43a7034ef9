package id.warta.store;

import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates Indonesian-looking news articles for the search benchmark: a seeded random mix of
 * sentences over a vocabulary of common words (with affixed forms, Zipf-distributed), people,
 * places and organisations (with aliases), quotes, sources and dates. Not meant to read well;
 * meant to give the index realistic sizes, word frequencies and entity spreads.
 */
final class GeneratedNews {
    private static final String[] FUNCTION_WORDS = ("""
            yang dan di ke dari untuk dengan pada dalam itu ini akan tidak juga telah sudah masih bisa harus
            kata ujar menurut bahwa secara antara setelah sebelum karena namun tetapi atau serta oleh para
            """).trim().split("\\s+");
    private static final String[] CONTENT_WORDS = ("""
            pemerintah presiden menteri negara rakyat warga pejabat pihak kedua dua tiga banyak besar baru
            mengatakan menyatakan menegaskan menyebut menjelaskan menambahkan meminta mendesak menolak
            hubungan kerja sama ekonomi politik keamanan pertahanan perdagangan energi pangan kesehatan
            perdamaian damai berdamai mendamaikan pertemuan bertemu menemui temu pemulihan memulihkan pulih
            dipulihkan perundingan berunding runding kesepakatan sepakat menyepakati serangan menyerang
            diserang penyerangan bantuan membantu dibantu sanksi menjatuhkan tarif impor ekspor investasi
            pembangunan membangun dibangun infrastruktur pelabuhan perbatasan wilayah kawasan laut udara
            militer tentara pasukan rudal senjata gencatan konflik perang krisis pengungsi kemanusiaan
            pemilihan umum demokrasi parlemen undang kebijakan keputusan memutuskan putusan pengadilan
            tuduhan membantah dibantah penyelidikan menyelidiki laporan melaporkan dilaporkan wartawan
            kunjungan berkunjung mengunjungi delegasi diplomatik diplomasi kedutaan duta besar
            minyak gas harga naik turun pasar mata uang inflasi utang pinjaman anggaran dana miliar dolar
            rupiah pertumbuhan tumbuh penurunan meningkat peningkatan menurun stabil stabilitas ketegangan
            dukungan mendukung didukung penolakan penting utama strategis global regional internasional
            nasional daerah kota provinsi ibu pekan bulan tahun hari lalu depan kemarin esok pagi malam
            """).trim().split("\\s+");

    private static final String[] FIRST = ("Agus Budi Citra Dewi Eko Fajar Gita Hadi Indra Joko Kartika Lestari Made "
            + "Nur Putri Rizki Sari Teguh Wahyu Yusuf Ahmad Hendra Maya Rina Bayu Dimas Fitri Galih Ika Lukman").split(" ");
    private static final String[] LAST = ("Santoso Wijaya Pratama Saputra Hidayat Nugroho Kusuma Siregar Nasution "
            + "Simanjuntak Wibowo Setiadi Halim Gunawan Rahman Harahap Lubis Sitompul Tanjung Hutapea").split(" ");
    private static final String[][] FAMOUS = {
            {"Vladimir Putin", "Putin"}, {"Donald Trump", "Trump"}, {"Volodymyr Zelenskyy", "Zelenskyy"},
            {"Sergey Lavrov", "Lavrov"}, {"Xi Jinping", "Xi"}, {"Prabowo Subianto", "Prabowo"},
            {"Sugiono"}, {"Anwar Ibrahim", "Anwar"}, {"António Guterres", "Guterres"}, {"Marco Rubio", "Rubio"},
            {"Emmanuel Macron", "Macron"}, {"Narendra Modi", "Modi"}, {"Kim Jong Un"}, {"Abbas Araghchi", "Araghchi"}};
    private static final String[][] PLACES = {
            {"Amerika Serikat", "AS"}, {"Rusia", "Federasi Rusia"}, {"Ukraina"}, {"Tiongkok", "China"},
            {"Indonesia", "RI"}, {"Jakarta"}, {"Gaza"}, {"Israel"}, {"Iran"}, {"Korea Utara", "Korut"},
            {"Korea Selatan", "Korsel"}, {"Jepang"}, {"Malaysia"}, {"Filipina"}, {"Myanmar"}, {"Sudan"},
            {"Moskow", "Moskwa"}, {"Washington"}, {"Beijing"}, {"Kyiv", "Kiev"}, {"Brussel"}, {"Jenewa"},
            {"Laut China Selatan"}, {"Teluk Persia"}, {"Alaska"}, {"Anchorage"}, {"Singapura"}, {"India"},
            {"Prancis"}, {"Jerman"}, {"Inggris", "Britania Raya"}, {"Turki"}, {"Mesir"}, {"Arab Saudi"}};
    private static final String[][] ORGS = {
            {"Perserikatan Bangsa-Bangsa", "PBB"}, {"NATO"}, {"ASEAN"}, {"Uni Eropa", "UE"}, {"BRICS"}, {"G20"},
            {"IMF"}, {"WHO"}, {"Hamas"}, {"Hizbullah"}, {"OKI"}, {"Bank Dunia"}, {"Kementerian Luar Negeri", "Kemenlu"},
            {"DPR"}, {"TNI"}, {"OPEC"}, {"IAEA"}, {"UNICEF"}};
    private static final String[] SOURCES = {"ANTARA", "KOMPAS.com", "Tempo", "Republika", "CNN Indonesia",
            "detikcom", "Liputan6.com", "VIVA"};

    private record Name(EntityType type, String canonical, String[] forms) {
    }

    private final Random random;
    private final List<Name> people = new ArrayList<>();
    private final List<Name> places = new ArrayList<>();
    private final List<Name> orgs = new ArrayList<>();

    /** Writes a library of {@code count} generated articles to {@code file}, for tests that compare ways of searching it. */
    static void library(java.nio.file.Path file, long seed, int count) {
        GeneratedNews news = new GeneratedNews(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) articles.add(news.next(i));
        try (Library library = Library.open(file)) {
            library.saveAll(articles);
        }
    }

    GeneratedNews(long seed) {
        this.random = new Random(seed);
        for (String[] f : FAMOUS) people.add(new Name(EntityType.PERSON, f[0], f));
        for (String first : FIRST) {
            for (String last : LAST) {
                String full = first + " " + last;
                people.add(new Name(EntityType.PERSON, full, new String[]{full, last}));
            }
        }
        for (String[] p : PLACES) places.add(new Name(EntityType.PLACE, p[0], p));
        for (String[] o : ORGS) orgs.add(new Name(EntityType.ORGANIZATION, o[0], o));
    }

    /** Zipf-like pick: index i with weight about 1/(i+1). */
    private <T> T zipf(List<T> items) {
        double u = random.nextDouble();
        int i = (int) Math.floor(Math.pow(items.size() + 1, u)) - 1;
        return items.get(Math.min(items.size() - 1, Math.max(0, i)));
    }

    /**
     * News-like word frequencies: function words first, then a long tail of 20,000 words in which
     * the real content words stand every 40 ranks among made-up ones, so a content word is in a
     * few percent of articles, as in real news, not in nearly all of them.
     */
    private static final List<String> VOCABULARY = vocabulary();

    private static List<String> vocabulary() {
        List<String> out = new ArrayList<>(List.of(FUNCTION_WORDS));
        String[] syllables = "ba be bi bo bu ka ke ki ko ku la li lu ma me mi mo na ni nu pa pe pi ra ri ru sa se si su ta te ti tu ga gi wa ja jo ya ngan tan kan lam rang".split(" ");
        Random r = new Random(7);
        int content = 0;
        while (out.size() < 20_000) {
            if (out.size() % 40 == 0 && content < CONTENT_WORDS.length) {
                out.add(CONTENT_WORDS[content++]);
            } else {
                StringBuilder w = new StringBuilder();
                int n = 2 + r.nextInt(3);
                for (int i = 0; i < n; i++) w.append(syllables[r.nextInt(syllables.length)]);
                out.add(w.toString());
            }
        }
        return out;
    }

    /** Set phrases of the news, so phrase queries have something to find. */
    private static final List<String> PHRASES = List.of("kerja sama", "gencatan senjata", "kerja sama ekonomi",
            "duta besar", "hak asasi manusia", "Dewan Keamanan", "perjanjian damai", "bantuan kemanusiaan",
            "Menteri Luar Negeri", "kerja sama pertahanan", "perang dagang", "jalur diplomasi");

    /**
     * One word in this many starts a set phrase. It was 1 in 40: about 7 phrases per article, which
     * put "kerja sama ekonomi" in 46% of all articles; in real news such a phrase is in a few percent.
     * At 1 in 300 an article holds about one set phrase, "kerja sama ekonomi" is in ~10% of articles
     * and "gencatan senjata" in ~15%: still frequent, as in a geopolitics library, not ubiquitous.
     */
    private static final int WORDS_PER_PHRASE = 300;

    private String word() {
        if (random.nextInt(WORDS_PER_PHRASE) == 0) return zipf(PHRASES);
        return zipf(VOCABULARY);
    }

    Article next(int n) {
        List<Name> cast = new ArrayList<>();
        cast.add(zipf(people));
        if (random.nextBoolean()) cast.add(zipf(people));
        cast.add(zipf(places));
        cast.add(zipf(places));
        cast.add(zipf(orgs));
        List<Mention> mentions = new ArrayList<>();
        Map<Name, Integer> counts = new LinkedHashMap<>();
        String headline = sentence(6 + random.nextInt(4), cast, Mention.HEADLINE, 0, mentions, counts, false);
        List<Section> sections = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 3; k++) {
                    if (k > 0) text.append(' ');
                    text.append(sentence(10 + random.nextInt(8), cast, s, p, mentions, counts, true, text.length()));
                }
                if (p == 1 && random.nextInt(3) == 0) {
                    Name speaker = cast.get(0);
                    String said = sentence(8, List.of(), s, p, new ArrayList<>(), new LinkedHashMap<>(), false);
                    said = said.substring(0, said.length() - 1);
                    text.append(" “").append(said).append(",” kata ");
                    int start = text.length();
                    text.append(speaker.canonical()).append('.');
                    mentions.add(new Mention(speaker.canonical(), speaker.type(), speaker.canonical(), s, p, start,
                            start + speaker.canonical().length()));
                    counts.merge(speaker, 1, Integer::sum);
                    quotes.add(new Quote(said, speaker.canonical(), s));
                }
                paragraphs.add(text.toString());
            }
            String heading = s == 0 ? null : capitalise(word()) + " " + capitalise(word()) + " " + capitalise(word());
            sections.add(new Section(heading, paragraphs, ""));
        }
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
        String published = day + "T" + String.format("%02d", 6 + random.nextInt(16)) + ":00:00+07:00";
        Article a = new Article(null, headline, SOURCES[random.nextInt(SOURCES.length)], "Jakarta", published,
                "https://berita.example/" + n, null, sections, quotes, listed(counts, EntityType.PERSON),
                listed(counts, EntityType.PLACE), listed(counts, EntityType.ORGANIZATION), "", mentions);
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    private String sentence(int words, List<Name> cast, int section, int paragraph, List<Mention> mentions,
                            Map<Name, Integer> counts, boolean period) {
        return sentence(words, cast, section, paragraph, mentions, counts, period, 0);
    }

    /** Words with, now and then, one of the cast's names; {@code offset} is where the sentence will stand. */
    private String sentence(int words, List<Name> cast, int section, int paragraph, List<Mention> mentions,
                            Map<Name, Integer> counts, boolean period, int offset) {
        StringBuilder out = new StringBuilder();
        int base = offset;
        for (int i = 0; i < words; i++) {
            if (i > 0) out.append(' ');
            if (!cast.isEmpty() && random.nextInt(6) == 0) {
                Name name = cast.get(random.nextInt(cast.size()));
                String form = name.forms()[random.nextInt(name.forms().length)];
                mentions.add(new Mention(name.canonical(), name.type(), form, section, paragraph,
                        base + out.length(), base + out.length() + form.length()));
                counts.merge(name, 1, Integer::sum);
                out.append(form);
            } else {
                String w = word();
                out.append(i == 0 ? capitalise(w) : w);
            }
        }
        if (period) out.append('.');
        return out.toString();
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static List<String> listed(Map<Name, Integer> counts, EntityType type) {
        return counts.entrySet().stream().filter(e -> e.getKey().type() == type)
                .sorted(Map.Entry.<Name, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().canonical()).toList();
    }
}
