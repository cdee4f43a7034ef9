package id.warta.store;

import id.warta.ingest.ArticlePipeline;
import id.warta.ingest.InputReader;
import id.warta.model.Article;
import id.warta.model.ArticleId;
import id.warta.model.EntityType;
import id.warta.model.Mention;
import id.warta.model.Quote;
import id.warta.model.Section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test library of 22 articles: the seed (parsed from data/) and 21 written for these tests in
 * the styles of Indonesian outlets. Their people are real public figures but every quote is
 * invented for the tests. Mentions are found by looking for each entity's names in the text,
 * so entity counts and offsets are real.
 */
final class NewsLibrary {
    static final String SEED_FILE = "data/000_541abc782ac656e9.txt";

    record Named(EntityType type, String canonical, List<String> forms) {
    }

    static Named person(String canonical, String... aliases) {
        return named(EntityType.PERSON, canonical, aliases);
    }

    static Named place(String canonical, String... aliases) {
        return named(EntityType.PLACE, canonical, aliases);
    }

    static Named org(String canonical, String... aliases) {
        return named(EntityType.ORGANIZATION, canonical, aliases);
    }

    private static Named named(EntityType type, String canonical, String... aliases) {
        List<String> forms = new ArrayList<>(List.of(aliases));
        forms.add(canonical);
        forms.sort(Comparator.comparingInt(String::length).reversed());
        return new Named(type, canonical, forms);
    }

    static Quote quote(String text, String speaker) {
        return new Quote(text, speaker, 0);
    }

    /** Builds an article whose mentions and entity lists come from finding the names in its text. */
    static Article article(String headline, String source, String published, List<String> paragraphs,
                           List<Quote> quotes, Named... names) {
        List<Mention> mentions = new ArrayList<>();
        Map<Named, Integer> counts = new LinkedHashMap<>();
        find(headline, Mention.HEADLINE, 0, names, mentions, counts);
        for (int p = 0; p < paragraphs.size(); p++) find(paragraphs.get(p), 0, p, names, mentions, counts);
        Article a = new Article(null, headline, source, null, published, null, null,
                List.of(new Section(null, paragraphs, "")), quotes,
                listed(counts, EntityType.PERSON), listed(counts, EntityType.PLACE),
                listed(counts, EntityType.ORGANIZATION), "", mentions);
        return a.withId(ArticleId.of(a.headline(), a.bodyText()));
    }

    private static void find(String text, int section, int paragraph, Named[] names, List<Mention> mentions,
                             Map<Named, Integer> counts) {
        boolean[] taken = new boolean[text.length()];
        for (Named n : names) {
            for (String form : n.forms()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    if (taken[m.start()]) continue;
                    for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                    mentions.add(new Mention(n.canonical(), n.type(), m.group(), section, paragraph, m.start(), m.end()));
                    counts.merge(n, 1, Integer::sum);
                }
            }
        }
    }

    private static List<String> listed(Map<Named, Integer> counts, EntityType type) {
        return counts.entrySet().stream().filter(e -> e.getKey().type() == type)
                .sorted(Map.Entry.<Named, Integer>comparingByValue().reversed())
                .map(e -> e.getKey().canonical()).toList();
    }

    static Article seed() throws Exception {
        return new ArticlePipeline().build(new InputReader().read(Path.of(SEED_FILE).toString()));
    }

    static final Named PUTIN = person("Vladimir Putin", "Putin");
    static final Named TRUMP = person("Donald Trump", "Trump");
    static final Named XI = person("Xi Jinping", "Xi");
    static final Named LAVROV = person("Sergey Lavrov", "Lavrov");
    static final Named SUGIONO = person("Sugiono");
    static final Named ZELENSKYY = person("Volodymyr Zelenskyy", "Zelenskyy");
    static final Named GUTERRES = person("António Guterres", "Guterres");
    static final Named PERMANA = person("Agus Permana", "Permana");
    static final Named AS = place("Amerika Serikat", "AS");
    static final Named RUSIA = place("Rusia");
    static final Named UKRAINA = place("Ukraina");
    static final Named TIONGKOK = place("Tiongkok", "China");
    static final Named GAZA = place("Gaza");
    static final Named SUDAN = place("Sudan");
    static final Named NATO = org("NATO");
    static final Named PBB = org("Perserikatan Bangsa-Bangsa", "PBB");
    static final Named ASEAN = org("ASEAN");

    /** The 21 written articles (the seed is added separately). */
    static List<Article> written() {
        return List.of(
                article("Putin dan Xi Jinping Bahas Kerja Sama Energi di Beijing", "KOMPAS.com",
                        "2025-05-08T09:00:00+07:00", List.of(
                                "Presiden Rusia Vladimir Putin bertemu Presiden Tiongkok Xi Jinping di Beijing untuk membahas kerja sama energi jangka panjang.",
                                "“Kerja sama energi kedua negara akan terus tumbuh,” kata Xi.",
                                "Putin menyebut pasokan gas ke Tiongkok sebagai prioritas."),
                        List.of(quote("Kerja sama energi kedua negara akan terus tumbuh", "Xi Jinping")),
                        PUTIN, XI, RUSIA, TIONGKOK, place("Beijing")),
                article("Menlu Sugiono Serukan Perdamaian di Gaza", "ANTARA", "2025-07-10T14:00:00+07:00", List.of(
                                "Menteri Luar Negeri Sugiono menyerukan perdamaian yang adil bagi rakyat Palestina di Gaza.",
                                "“Indonesia akan terus bersuara di PBB,” ujar Sugiono.",
                                "Sugiono juga mendesak dibukanya akses bantuan kemanusiaan."),
                        List.of(quote("Indonesia akan terus bersuara di PBB", "Sugiono")),
                        SUGIONO, GAZA, place("Palestina"), place("Indonesia"), PBB),
                article("Pemulihan Ekonomi Ukraina Butuh Dana Besar", "Tempo", "2025-06-01T10:00:00+07:00", List.of(
                                "Bank Dunia memperkirakan pemulihan ekonomi Ukraina membutuhkan dana ratusan miliar dolar.",
                                "Pemerintah di Kyiv berharap Uni Eropa ikut menanggung biaya rekonstruksi."),
                        List.of(), UKRAINA, place("Kyiv"), org("Uni Eropa"), org("Bank Dunia")),
                article("Trump Ancam Tarif Baru untuk Produk Tiongkok", "CNN Indonesia", "2025-04-03T20:00:00+07:00", List.of(
                                "Presiden AS Donald Trump mengancam tarif baru atas produk impor dari Tiongkok.",
                                "Kebijakan itu dikhawatirkan memicu perang dagang yang lebih luas antara Amerika Serikat dan China."),
                        List.of(), TRUMP, AS, TIONGKOK),
                article("Prabowo Bertemu Anwar Ibrahim Bahas Perbatasan", "detikcom", "2025-01-27T11:00:00+07:00", List.of(
                                "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim membahas perbatasan di Kalimantan.",
                                "“Kita selesaikan dengan semangat ASEAN,” kata Anwar."),
                        List.of(quote("Kita selesaikan dengan semangat ASEAN", "Anwar Ibrahim")),
                        person("Prabowo Subianto", "Prabowo"), person("Anwar Ibrahim", "Anwar"), place("Malaysia"),
                        place("Kalimantan"), ASEAN),
                article("ASEAN Desak Junta Myanmar Hentikan Kekerasan", "Republika", "2024-11-12T08:00:00+07:00", List.of(
                                "Negara-negara ASEAN di Asia Tenggara mendesak junta Myanmar menghentikan kekerasan terhadap warga sipil.",
                                "Pemimpin junta Min Aung Hlaing belum menanggapi desakan tersebut."),
                        List.of(), ASEAN, place("Asia Tenggara"), place("Myanmar"), person("Min Aung Hlaing")),
                article("Lavrov: Rusia Siap Berunding dengan Ukraina", "ANTARA", "2025-03-15T16:00:00+07:00", List.of(
                                "Menteri Luar Negeri Rusia Sergey Lavrov mengatakan Moskow siap berunding dengan Ukraina.",
                                "“Kami terbuka untuk perundingan tanpa syarat awal,” kata Lavrov.",
                                "Lavrov menambahkan bahwa Presiden Putin telah menyetujui pendekatan itu."),
                        List.of(quote("Kami terbuka untuk perundingan tanpa syarat awal", "Sergey Lavrov")),
                        LAVROV, RUSIA, UKRAINA, place("Moskow"), PUTIN),
                article("Harga Minyak Naik Setelah Serangan di Teluk Persia", "VIVA", "2025-06-20T07:30:00+07:00", List.of(
                                "Harga minyak mentah naik tajam setelah serangan terhadap kapal tanker di Teluk Persia.",
                                "OPEC menyatakan pasokan masih aman meski ketegangan dengan Iran meningkat."),
                        List.of(), place("Teluk Persia"), place("Iran"), org("OPEC")),
                article("Zelenskyy Minta Tambahan Bantuan Pertahanan Udara", "Liputan6.com", "2025-02-11T13:00:00+07:00", List.of(
                                "Presiden Ukraina Volodymyr Zelenskyy meminta NATO menambah bantuan sistem pertahanan udara.",
                                "“Setiap hari tanpa perlindungan berarti korban baru,” kata Zelenskyy."),
                        List.of(quote("Setiap hari tanpa perlindungan berarti korban baru", "Volodymyr Zelenskyy")),
                        ZELENSKYY, UKRAINA, NATO),
                article("NATO Gelar Latihan Militer di Laut Baltik", "KOMPAS.com", "2024-10-05T10:00:00+07:00", List.of(
                                "Aliansi NATO menggelar latihan militer besar di Laut Baltik dengan melibatkan kapal dari Polandia.",
                                "Sekretaris Jenderal Mark Rutte menyebut latihan itu bersifat defensif."),
                        List.of(), NATO, place("Laut Baltik"), place("Polandia"), person("Mark Rutte", "Rutte")),
                article("Indonesia dan Jepang Perkuat Kerja Sama Maritim", "ANTARA", "2025-08-01T09:00:00+07:00", List.of(
                                "Menlu Sugiono dan mitranya dari Jepang sepakat memperkuat kerja sama maritim.",
                                "Kedua negara akan menggelar patroli bersama di perairan internasional."),
                        List.of(), SUGIONO, place("Jepang"), place("Indonesia")),
                article("Pertemuan G20 di Johannesburg Soroti Utang Negara Berkembang", "Tempo", "2025-07-18T18:00:00+07:00", List.of(
                                "Pertemuan para menteri keuangan G20 di Johannesburg menyoroti beban utang negara berkembang.",
                                "Sri Mulyani meminta IMF memperluas keringanan utang."),
                        List.of(), org("G20"), place("Johannesburg"), person("Sri Mulyani"), org("IMF")),
                article("Korea Utara Luncurkan Rudal Balistik", "CNN Indonesia", "2025-05-22T06:00:00+07:00", List.of(
                                "Korea Utara meluncurkan rudal balistik yang jatuh di perairan dekat Jepang.",
                                "Pemimpin Korut Kim Jong Un disebut menyaksikan peluncuran itu."),
                        List.of(), place("Korea Utara", "Korut"), place("Jepang"), person("Kim Jong Un")),
                article("Iran Bantah Tuduhan Pengayaan Uranium", "Republika", "2025-06-02T15:00:00+07:00", List.of(
                                "Menteri Luar Negeri Iran Abbas Araghchi membantah tuduhan pengayaan uranium tingkat senjata.",
                                "“Program kami damai dan diawasi IAEA,” kata Araghchi."),
                        List.of(quote("Program kami damai dan diawasi IAEA", "Abbas Araghchi")),
                        place("Iran"), person("Abbas Araghchi", "Araghchi"), org("IAEA")),
                article("Warga Gaza Kekurangan Air Bersih", "detikcom", "2025-08-05T12:00:00+07:00", List.of(
                                "Warga Gaza kekurangan air bersih setelah jaringan pipa rusak.",
                                "Badan PBB UNICEF memperingatkan risiko wabah penyakit."),
                        List.of(), GAZA, PBB, org("UNICEF")),
                article("Trump dan Putin Sepakat Bertemu Lagi", "VIVA", "2025-08-19T21:00:00+07:00", List.of(
                                "Donald Trump dan Vladimir Putin sepakat untuk bertemu lagi setelah pertemuan di Alaska.",
                                "“Kami membuat kemajuan besar,” kata Trump kepada wartawan di AS.",
                                "Trump tidak merinci kapan pertemuan berikutnya digelar."),
                        List.of(quote("Kami membuat kemajuan besar", "Donald Trump")),
                        TRUMP, PUTIN, place("Alaska"), AS),
                article("Sekjen PBB Guterres Serukan Gencatan Senjata di Sudan", "ANTARA", "2025-03-01T09:00:00+07:00", List.of(
                                "Sekretaris Jenderal PBB António Guterres menyerukan gencatan senjata segera di Sudan.",
                                "“Rakyat Sudan sudah terlalu lama menderita,” kata Guterres."),
                        List.of(quote("Rakyat Sudan sudah terlalu lama menderita", "António Guterres")),
                        GUTERRES, PBB, SUDAN),
                article("Diplomasi Kopi Indonesia di Eropa", "Liputan6.com", "2024-12-12T10:00:00+07:00", List.of(
                                "Sebuah café di Brussel menyajikan kopi Gayo dalam acara diplomasi budaya Indonesia.",
                                "Duta besar berharap ekspor kopi ke Uni Eropa meningkat."),
                        List.of(), place("Brussel"), place("Indonesia"), org("Uni Eropa")),
                article("Filipina Protes Manuver Kapal Tiongkok di Laut China Selatan", "KOMPAS.com",
                        "2025-04-22T17:00:00+07:00", List.of(
                                "Pemerintah Filipina memprotes manuver kapal penjaga pantai Tiongkok di Laut China Selatan.",
                                "“Kami tidak akan mundur dari perairan kami,” kata Presiden Ferdinand Marcos Jr."),
                        List.of(quote("Kami tidak akan mundur dari perairan kami", "Ferdinand Marcos Jr.")),
                        place("Filipina"), place("Laut China Selatan"), TIONGKOK, person("Ferdinand Marcos Jr.")),
                article("Jalan Panjang Menuju Perdamaian Sudan", "Tempo", "2025-05-30T19:00:00+07:00", List.of(
                                "Upaya perdamaian di Sudan masih jauh dari hasil setelah dua tahun perang saudara.",
                                "Uni Afrika menawarkan diri sebagai penengah di Khartoum."),
                        List.of(), SUDAN, place("Khartoum"), org("Uni Afrika")),
                article("Kemenlu Evakuasi WNI dari Wilayah Konflik", "detikcom", "2025-06-25T10:00:00+07:00", List.of(
                                "Juru bicara Kementerian Luar Negeri Agus Permana mengatakan evakuasi berjalan lancar.",
                                "“Semua WNI dalam keadaan selamat,” kata Permana."),
                        List.of(quote("Semua WNI dalam keadaan selamat", "Agus Permana")),
                        PERMANA, org("Kementerian Luar Negeri", "Kemenlu")));
    }
}
