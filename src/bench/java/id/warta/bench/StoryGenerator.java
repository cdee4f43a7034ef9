package id.warta.bench;

import id.warta.model.Entity;
import id.warta.model.EntityType;
import id.warta.text.Gazetteer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of Indonesian geopolitics news stories: outlets with their dateline styles,
 * people, places and organisations drawn from the bundled gazetteers, sub-headed sections, direct
 * quotes (some running over several paragraphs) with the speech verbs the press uses, reading links
 * and captions, 300–1,200 words. The same seed gives the same stories.
 */
final class StoryGenerator {
    private static final String[] DATELINE_PLACES = {"Jakarta", "Jakarta", "Jakarta", "Moskow", "Washington",
            "Beijing", "Kyiv", "Brussel", "Jenewa", "Tokyo", "Kuala Lumpur", "Singapura", "Bangkok", "Kairo",
            "Tangerang", "Surabaya", "Bandung", "Makassar", "Medan", "Canberra", "New Delhi", "Teheran", "Seoul",
            "Manila", "Hanoi", "Doha", "Riyadh", "Ankara", "Paris", "London", "Berlin", "Denpasar", "Yogyakarta"};
    private static final String[] ROLES = {"Menteri Luar Negeri", "Presiden", "Perdana Menteri", "juru bicara",
            "Duta Besar", "Menteri Pertahanan", "Sekretaris Jenderal", "penasihat keamanan nasional",
            "Wakil Menteri Luar Negeri", "anggota parlemen", "pengamat hubungan internasional", "Ketua"};
    private static final String[] TOPICS = {"kerja sama ekonomi", "gencatan senjata", "keamanan maritim",
            "perdagangan bebas", "krisis pangan", "transisi energi", "sanksi ekonomi", "bantuan kemanusiaan",
            "perundingan damai", "hak asasi manusia", "perubahan iklim", "investasi infrastruktur",
            "stabilitas kawasan", "pertukaran tahanan", "kerja sama pertahanan", "tarif impor", "harga minyak",
            "pengungsi", "perbatasan darat", "program nuklir", "rantai pasok", "keamanan siber", "utang luar negeri"};
    private static final String[] VERBS = {"menegaskan", "mengatakan", "menyatakan", "menjelaskan",
            "menyebutkan", "mengungkapkan", "menambahkan", "menilai"};
    private static final String[] AFTER_QUOTE = {"kata", "kata", "kata", "ujar", "ujar", "tutur", "ucap", "ungkap",
            "jelas", "tegas", "tambah", "imbuh"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] HEAD_VERBS = {"Desak", "Bahas", "Tolak", "Dukung", "Kecam", "Sambut",
            "Tinjau", "Perkuat", "Soroti", "Minta", "Tegaskan", "Janjikan"};
    private static final String[] HEADINGS = {"Respons Internasional", "Dampak bagi Kawasan", "Langkah Selanjutnya",
            "Latar Belakang Konflik", "Sikap Pemerintah", "Tanggapan Oposisi", "Posisi Indonesia",
            "Tekanan Ekonomi", "Jalur Diplomasi", "Reaksi Pasar", "Kekhawatiran Warga", "Agenda Pertemuan"};
    private static final String[] SENTENCES = {
            "{P}, {R} {C}, {V} bahwa pemerintahnya siap membuka kembali pembicaraan mengenai {T} dengan {L}.",
            "Pertemuan tersebut berlangsung di {L} pada {D} dan dihadiri oleh delegasi {O}.",
            "Menurut {p}, {T} tidak dapat dipisahkan dari upaya menjaga stabilitas di kawasan {L}.",
            "Sejumlah analis menilai langkah {O} itu sebagai sinyal perubahan kebijakan terhadap {L}.",
            "Data terbaru menunjukkan nilai perdagangan kedua negara mencapai {N} miliar dolar AS pada tahun lalu.",
            "Dalam kunjungan itu, {p} juga bertemu dengan pejabat {O} untuk membahas {T}.",
            "Pemerintah {L} belum memberikan tanggapan resmi atas pernyataan tersebut hingga {D} malam.",
            "Ketegangan meningkat sejak awal tahun ketika {O} menuduh {L} melanggar kesepakatan sebelumnya.",
            "{p} menyebut sedikitnya {N} warga sipil terdampak akibat konflik yang berlangsung berbulan-bulan.",
            "Kementerian Luar Negeri menyampaikan bahwa Indonesia akan terus mendorong penyelesaian damai.",
            "Isu {T} diperkirakan menjadi agenda utama dalam pertemuan tingkat menteri pekan depan di {L}.",
            "Para pemimpin {O} sepakat untuk memperkuat koordinasi, meskipun perbedaan pandangan masih ada.",
            "Harga minyak mentah sempat naik {N} persen setelah kabar tersebut beredar di pasar Asia.",
            "{P} tiba di {L} pada {D} pagi dengan pengawalan ketat aparat keamanan setempat.",
            "Laporan {O} mencatat lebih dari {N} ribu orang mengungsi ke wilayah perbatasan dalam sebulan terakhir.",
            "Sebelumnya, {p} pernah mengusulkan pembentukan kelompok kerja bersama untuk menangani {T}.",
            "Pengamat dari Universitas Indonesia menilai posisi {L} dalam isu {T} semakin sulit dipertahankan.",
            "Kesepakatan itu mencakup {N} butir, termasuk komitmen menahan diri dan membuka jalur bantuan.",
            "Di sisi lain, kelompok masyarakat sipil di {L} meminta pemerintah lebih transparan soal {T}.",
            "Juru bicara {O} menolak berkomentar lebih jauh dan hanya menyebut pembicaraan masih berlangsung.",
            "Pembicaraan berlangsung hampir {N} jam secara tertutup tanpa kehadiran wartawan.",
            "{p} mengingatkan bahwa kegagalan mencapai kesepakatan akan merugikan semua pihak, terutama {L}.",
            "Parlemen {L} dijadwalkan menggelar sidang khusus untuk membahas hasil perundingan itu.",
            "Nilai tukar mata uang di kawasan melemah tipis menyusul ketidakpastian mengenai {T}.",
            "Kunjungan ini merupakan yang pertama bagi {p} sejak menjabat sebagai {R} {C}.",
            "Dewan Keamanan PBB dijadwalkan menggelar rapat darurat terkait situasi di {L}.",
            "Hubungan {L} dan {C} memburuk dalam beberapa tahun terakhir akibat sengketa {T}.",
            "Sejauh ini tercatat {N} negara telah menyatakan dukungan terhadap usulan {O} tersebut."};
    private static final String[] QUOTES = {
            "Kami ingin memastikan bahwa {T} tetap menjadi prioritas bersama",
            "Tidak ada jalan lain selain dialog, dan kami siap duduk bersama kapan saja",
            "Indonesia konsisten mendukung penyelesaian damai yang adil bagi semua pihak",
            "Kami sudah menyampaikan keberatan secara resmi kepada {O}",
            "Situasinya masih sangat rapuh, tetapi ada kemajuan yang nyata dalam beberapa hari terakhir",
            "Ini bukan soal satu negara saja, ini menyangkut masa depan kawasan",
            "Kami akan terus memantau perkembangan di {L} dan melindungi warga negara kami",
            "Setiap keputusan harus didasarkan pada hukum internasional dan Piagam PBB",
            "Perekonomian kami cukup kuat untuk menghadapi tekanan dari luar",
            "Kami berharap {L} menunjukkan itikad baik dengan menghentikan serangan",
            "Pintu perundingan tidak pernah tertutup, tetapi kepercayaan harus dibangun kembali",
            "Bantuan harus bisa masuk tanpa hambatan, itu syarat utama"};

    private final Random random;
    private final List<Entity> people;
    private final List<Entity> places;
    private final List<Entity> organisations;
    private final List<Entity> countries;

    StoryGenerator(long seed) {
        this.random = new Random(seed);
        List<Entity> all = Gazetteer.standard().entities();
        this.people = ofType(all, EntityType.PERSON);
        this.places = ofType(all, EntityType.PLACE);
        this.organisations = ofType(all, EntityType.ORGANIZATION);
        // Countries: the places the press also writes as "pemerintah X" – single-word names keep the prose natural.
        this.countries = places.stream().filter(e -> !e.name().contains(" ") || e.name().split(" ").length == 2)
                .limit(200).toList();
    }

    private static List<Entity> ofType(List<Entity> all, EntityType type) {
        return all.stream().filter(e -> e.type() == type).toList();
    }

    /** The next story; {@code number} makes it distinct from every other one the generator writes. */
    Story next(int number) {
        Outlet outlet = Outlet.ALL.get(random.nextInt(Outlet.ALL.size()));
        Cast cast = new Cast(pick(people), pick(people), pick(places), pick(countries), pick(organisations));
        int target = 300 + random.nextInt(901);
        String topic = pick(TOPICS);
        String headline = cast.lead.name() + " " + pick(HEAD_VERBS) + " " + capitalised(topic) + " dengan "
                + cast.place.name() + (random.nextInt(3) == 0 ? ", " + pick(DAYS) + " " + (1 + random.nextInt(28)) : "");
        OffsetDateTime published = OffsetDateTime.of(2023, 1, 1, 6, 0, 0, 0, ZoneOffset.ofHours(7))
                .plusDays(random.nextInt(1000)).plusMinutes(random.nextInt(16 * 60));
        String caption = random.nextInt(3) == 0
                ? "Pertemuan " + cast.lead.name() + " dengan delegasi " + cast.org.name() + " di " + cast.place.name() + "."
                : null;
        List<Story.Part> sections = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        String heading = null;
        int words = headline.split(" ").length;
        while (words < target) {
            String paragraph = paragraphs.isEmpty() && sections.isEmpty() ? lead(cast, topic) : paragraph(cast, topic, paragraphs);
            paragraphs.add(paragraph);
            words += paragraph.split(" ").length;
            if (paragraphs.size() >= 4 + random.nextInt(3) && words < target - 60) {
                sections.add(new Story.Part(heading, List.copyOf(paragraphs)));
                paragraphs.clear();
                heading = pick(HEADINGS);
            }
        }
        if (!paragraphs.isEmpty()) sections.add(new Story.Part(heading, List.copyOf(paragraphs)));
        String author = pick(people).name().split(" ")[0] + " " + (char) ('A' + random.nextInt(26)) + ".";
        return new Story(number, headline, outlet, pick(DATELINE_PLACES), published, caption,
                author, sections);
    }

    /** Who a story is about: two people, a place, a country and an organisation. */
    private record Cast(Entity lead, Entity second, Entity place, Entity country, Entity org) {
    }

    private String lead(Cast cast, String topic) {
        return cast.lead.name() + ", " + pick(ROLES) + " " + cast.country.name() + ", " + pick(VERBS)
                + " pada " + pick(DAYS) + " bahwa pembicaraan mengenai " + topic + " dengan " + cast.place.name()
                + " akan dilanjutkan. " + sentence(cast, topic) + " " + sentence(cast, topic);
    }

    private String paragraph(Cast cast, String topic, List<String> so) {
        int kind = random.nextInt(10);
        if (kind < 2) return quote(cast, topic, false);
        if (kind == 2) return quote(cast, topic, true);
        if (kind == 3 && random.nextInt(4) == 0) return "Baca juga: " + cast.org.name() + " " + pick(HEAD_VERBS)
                + " " + capitalised(pick(TOPICS));
        StringBuilder p = new StringBuilder();
        int n = 2 + random.nextInt(3);
        for (int i = 0; i < n; i++) p.append(i == 0 ? "" : " ").append(sentence(cast, topic));
        return p.toString();
    }

    /** A direct quote with its speaker; a long one opens a paragraph that runs on into the next. */
    private String quote(Cast cast, String topic, boolean twoParagraphs) {
        Entity speaker = random.nextBoolean() ? cast.lead : cast.second;
        String said = fill(pick(QUOTES), cast, topic);
        String verb = pick(AFTER_QUOTE);
        String name = random.nextInt(3) == 0 ? shortName(speaker) : speaker.name();
        if (!twoParagraphs) return "“" + said + ",” " + verb + " " + name + ".";
        return "“" + said + ". " + fill(pick(QUOTES), cast, topic) + ".\n\n“" + fill(pick(QUOTES), cast, topic)
                + ",” " + verb + " " + name + " kepada wartawan di " + cast.place.name() + ".";
    }

    private String sentence(Cast cast, String topic) {
        return fill(pick(SENTENCES), cast, topic);
    }

    private String fill(String template, Cast cast, String topic) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                continue;
            }
            char slot = template.charAt(i + 1);
            i += 2;
            out.append(switch (slot) {
                case 'P' -> (random.nextBoolean() ? cast.lead : cast.second).name();
                case 'p' -> shortName(random.nextBoolean() ? cast.lead : cast.second);
                case 'R' -> pick(ROLES);
                case 'C' -> cast.country.name();
                case 'L' -> random.nextInt(3) == 0 ? pick(places).name() : cast.place.name();
                case 'O' -> random.nextInt(4) == 0 ? pick(organisations).name() : cast.org.name();
                case 'T' -> random.nextInt(3) == 0 ? pick(TOPICS) : topic;
                case 'N' -> Integer.toString(2 + random.nextInt(400));
                case 'D' -> pick(DAYS);
                case 'V' -> pick(VERBS);
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            });
        }
        return out.toString();
    }

    /** How the press names a person the second time: the listed short alias, else the last word. */
    private static String shortName(Entity person) {
        for (String alias : person.aliases()) if (!alias.contains(" ") && person.name().contains(alias)) return alias;
        String[] words = person.name().split(" ");
        return words[words.length - 1];
    }

    private static String capitalised(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (!out.isEmpty()) out.append(' ');
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
