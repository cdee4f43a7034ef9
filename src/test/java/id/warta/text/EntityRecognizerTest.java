package id.warta.text;

import id.warta.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static id.warta.model.EntityType.ORGANIZATION;
import static id.warta.model.EntityType.PERSON;
import static id.warta.model.EntityType.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityRecognizerTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();

    private List<String> names(String line) {
        return recognizer.recognize(line).stream().map(s -> s.type() + ":" + s.text()).toList();
    }

    @Test
    void titleIsLeftOutOfTheNameAndOffsetsIndexTheLine() {
        String line = "Presiden AS Donald Trump bertemu Vladimir Putin.";
        List<EntitySpan> spans = recognizer.recognize(line);
        EntitySpan trump = spans.stream().filter(s -> s.text().equals("Donald Trump")).findFirst().orElseThrow();
        assertEquals(PERSON, trump.type());
        assertEquals("Donald Trump", line.substring(trump.start(), trump.end()));
        assertTrue(names(line).contains("PERSON:Vladimir Putin"));
        assertFalse(names(line).stream().anyMatch(n -> n.contains("Presiden")));
    }

    @Test
    void unknownNameAfterTitleIsAPerson() {
        assertTrue(names("Pernyataan itu disampaikan Menteri Luar Negeri Budiarto Wicaksono di Jakarta.")
                .contains("PERSON:Budiarto Wicaksono"));
    }

    @Test
    void titleDescriptionEndsWhereTheNameBegins() {
        List<String> n = names("Hal itu dikatakan Sekretaris Jenderal Partai Golkar Lodewijk Paulus kemarin.");
        assertTrue(n.contains("PERSON:Lodewijk Paulus"), n.toString());
        assertTrue(n.contains("ORGANIZATION:Partai Golkar"), n.toString());
    }

    @Test
    void attributionCuesMarkPeople() {
        assertTrue(names("“Kami siap,” kata Haryanto.").contains("PERSON:Haryanto"));
        assertTrue(names("Menurut Kuzmarov, Putin tampak berkomitmen.").contains("PERSON:Kuzmarov"));
        assertTrue(names("Sementara itu, Wibisono mengatakan harga naik.").contains("PERSON:Wibisono"));
    }

    @Test
    void placeCuesMarkPlaces() {
        assertTrue(names("Ia lahir di Pangkajene dan besar di sana.").contains("PLACE:Pangkajene"));
        assertTrue(names("Banjir melanda Kabupaten Sigi pekan lalu.").contains("PLACE:Kabupaten Sigi"));
    }

    @Test
    void organisationCuesMarkOrganisations() {
        assertTrue(names("Laporan itu dirilis Badan Riset Kelautan Nasional kemarin.")
                .contains("ORGANIZATION:Badan Riset Kelautan Nasional"));
        assertTrue(names("Ia bekerja untuk Covert Action Magazine sejak lama.").contains("ORGANIZATION:Covert Action Magazine"));
        assertTrue(names("Data itu dikutip dari laporan BKPSDM setempat.").contains("ORGANIZATION:BKPSDM"));
    }

    @Test
    void organisationKeepsItsBracketedShortForm() {
        assertTrue(names("Setelah Komisi Pemilihan Umum (KPU) memutuskan hasilnya.")
                .contains("ORGANIZATION:Komisi Pemilihan Umum (KPU)"));
    }

    @Test
    void ordinaryWordsAtSentenceStartAreNotNames() {
        List<String> n = names("Pakar: Putin Tunjukkan Minat Pulihkan Hubungan Rusia–AS");
        assertEquals(List.of("PERSON:Putin", "PLACE:Rusia", "PLACE:AS"), n);
        assertTrue(names("Diskusi tersebut berlangsung hampir tiga jam.").isEmpty());
        assertTrue(names("Isu Ukraina dan NATO Masih Jadi Hambatan").containsAll(List.of("PLACE:Ukraina", "ORGANIZATION:NATO")));
        assertEquals(2, names("Isu Ukraina dan NATO Masih Jadi Hambatan").size());
    }

    @Test
    void headlineNeedsMoreThanACapitalLetter() {
        assertTrue(names("Warga Mengungsi Setelah Gempa Guncang Lombok").stream().noneMatch(n -> n.startsWith("PERSON")));
        assertTrue(names("Warga Mengungsi Setelah Gempa Guncang Lombok").contains("PLACE:Lombok"));
    }

    @Test
    void knownNamesCountEvenInAHeadline() {
        List<EntitySpan> spans = recognizer.recognize("Kuzmarov Sebut Sanksi Masih Berlaku", Map.of("Kuzmarov", PERSON));
        assertEquals("Kuzmarov", spans.get(0).text());
        assertEquals(PERSON, spans.get(0).type());
    }

    @Test
    void daysMonthsAndCurrenciesAreNeverNames() {
        assertTrue(names("Pada Senin, 18 Agustus 2025, rupiah ditutup Rp16.200 per dolar.").isEmpty());
    }

    @Test
    void countryQualifyingANounIsNotAPlace() {
        assertFalse(names("Serangan udara Israel menewaskan 14 orang di Rafah.").contains("PLACE:Israel"));
        assertTrue(names("Serangan udara Israel menewaskan 14 orang di Rafah.").contains("PLACE:Rafah"));
    }

    @Test
    void hyphenatedPairOfPeopleIsOneNameAndEnDashSeparatesPlaces() {
        List<String> n = names("Pertemuan Putin-Trump di Alaska menjadi upaya penting.");
        assertTrue(n.containsAll(List.of("PERSON:Putin-Trump", "PLACE:Alaska")), n.toString());
        assertTrue(names("Hubungan Rusia–AS membaik.").containsAll(List.of("PLACE:Rusia", "PLACE:AS")));
    }

    @Test
    void arabicArticleStaysInTheName() {
        assertTrue(names("Presiden Suriah Bashar al-Assad tiba di Moskow.").contains("PERSON:Bashar al-Assad"));
        assertTrue(names("Ia bertemu Perdana Menteri Nuri al-Maliki.").contains("PERSON:Nuri al-Maliki"));
    }

    @Test
    void blankAndPunctuationLinesHaveNoNames() {
        assertTrue(recognizer.recognize("").isEmpty());
        assertTrue(recognizer.recognize("  ").isEmpty());
        assertTrue(recognizer.recognize("— … ,").isEmpty());
        assertTrue(recognizer.recognize(null).isEmpty());
    }

    @Test
    void spansNeverOverlapAndStayInsideTheLine() {
        String line = "Ketua Umum PDI Perjuangan Megawati Soekarnoputri bertemu Presiden Prabowo Subianto di Istana Merdeka, Jakarta (ANTARA).";
        List<EntitySpan> spans = recognizer.recognize(line);
        int last = 0;
        for (EntitySpan s : spans) {
            assertTrue(s.start() >= last && s.end() <= line.length() && s.start() < s.end(), s.toString());
            assertEquals(s.text(), line.substring(s.start(), s.end()));
            last = s.end();
        }
        assertTrue(names(line).containsAll(List.of("ORGANIZATION:PDI Perjuangan", "PERSON:Megawati Soekarnoputri",
                "PERSON:Prabowo Subianto", "PLACE:Istana Merdeka", "PLACE:Jakarta", "ORGANIZATION:ANTARA")), names(line).toString());
    }

    @Test
    void unknownWordOpeningASentenceBeforeAVerbIsItsSubject() {
        assertTrue(names("Wiratmoko menegaskan bahwa anggaran itu cukup.").contains("PERSON:Wiratmoko"));
        assertTrue(names("Helikopter tersebut jatuh di laut.").isEmpty(), names("Helikopter tersebut jatuh di laut.").toString());
        assertTrue(names("Edukasi dirancang dalam dua tahap.").isEmpty());
    }

    @Test
    void placeAfterAVerbActsAsAStateUnlessTheVerbGoesThere() {
        assertFalse(names("Para menteri menuduh Damaskus menghalangi bantuan.").contains("PLACE:Damaskus"));
        assertTrue(names("Delegasi itu mengunjungi Mesir pekan lalu.").contains("PLACE:Mesir"));
    }

    @Test
    void unknownWordListedWithAPlaceIsAPlace() {
        List<String> n = names("Banjir melanda Makassar dan Sungguminasa sejak Senin.");
        assertTrue(n.contains("PLACE:Sungguminasa"), n.toString());
    }

    @Test
    void honorificStaysInThePrintedName() {
        assertTrue(names("Menurut Dr Wulan Sasmita, vaksin itu aman.").contains("PERSON:Dr Wulan Sasmita"));
    }

    @Test
    void englishWordsNameAnAwardNotAPerson() {
        List<String> n = names("Ia menerima Golden Harvest Award di Jakarta.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("PERSON")), n.toString());
    }

    @Test
    void fraksiIsNotPartOfThePartysName() {
        assertTrue(names("Sikap Fraksi Partai Demokrat berbeda.").contains("ORGANIZATION:Partai Demokrat"));
    }

    @Test
    void buildingWordIsPartOfThePlace() {
        assertTrue(names("Wartawan menunggu di kantor Gubernur Sulawesi Selatan.").contains("PLACE:kantor Gubernur Sulawesi Selatan"),
                names("Wartawan menunggu di kantor Gubernur Sulawesi Selatan.").toString());
        assertTrue(names("Rapat digelar di Gedung DPR/MPR, Senayan.").contains("PLACE:Gedung DPR/MPR"));
    }

    @Test
    void ageInBracketsOrAnAppositionMarksAPerson() {
        assertTrue(names("Polisi memeriksa Sumarsih (46) di rumahnya.").contains("PERSON:Sumarsih"));
        assertTrue(names("Wirasena, pengamat ekonomi, menilai langkah itu tepat.").contains("PERSON:Wirasena"));
    }

    @Test
    void placeOpeningASentenceAsSubjectActsAsItsGovernment() {
        assertFalse(names("Teheran kerap mengumumkan kemajuan militernya.").contains("PLACE:Teheran"));
        assertFalse(names("Tokyo sangat mengincar kursi tuan rumah.").contains("PLACE:Tokyo"));
        assertTrue(names("London adalah kota termahal di Eropa.").contains("PLACE:London"));
        assertTrue(names("Bali juga merupakan tempat berkumpul.").contains("PLACE:Bali"));
    }

    @Test
    void buildingIsAPlaceOnlyWhereTheSentencePutsSomethingInIt() {
        assertTrue(names("Rapat digelar di gedung DPR, Senayan.").contains("PLACE:gedung DPR"));
        List<String> n = names("Pembangunan gedung MK memakan waktu dua tahun.");
        assertTrue(n.contains("ORGANIZATION:MK"), n.toString());
        assertFalse(n.contains("PLACE:gedung MK"), n.toString());
    }

    @Test
    void commonGivenNameAloneIsAPerson() {
        assertTrue(names("Pilihan pada Bambang jatuh karena alasan obyektif.").contains("PERSON:Bambang"));
        assertTrue(names("Suhardi pantang makan makanan yang terbuat dari gandum.").contains("PERSON:Suhardi"));
        assertFalse(names("Rapat digelar di Sudirman, Jakarta Pusat.").contains("PERSON:Sudirman"));
    }

    @Test
    void initialsBesideANameMakeAPersonNotAnOrganisation() {
        List<String> n = names("Anggota Fraksi PDI Perjuangan TB Hasanuddin mengingatkan seluruh kader.");
        assertTrue(n.contains("PERSON:TB Hasanuddin"), n.toString());
    }

    @Test
    void stancePrefixIsNoPlaceAndSePrefixStaysInIt() {
        assertFalse(names("Menteri kabinet pro-Suriah mundur pekan lalu.").contains("PLACE:Suriah"));
        List<String> n = names("Para ketua PAN se-Sulawesi Selatan hadir.");
        assertTrue(n.contains("PLACE:se-Sulawesi Selatan"), n.toString());
    }

    @Test
    void newspaperWordStaysInTheTitle() {
        List<String> n = names("Berita itu dimuat di harian Asia Raya pada 1945.");
        assertTrue(n.contains("ORGANIZATION:harian Asia Raya"), n.toString());
    }

    @Test
    void buildingNamedInEnglishAfterAPlaceCueIsOnePlace() {
        List<String> n = names("Wapres membuka pameran di Jakarta Convention Center, Jumat.");
        assertTrue(n.contains("PLACE:Jakarta Convention Center"), n.toString());
    }

    @Test
    void givenNameAfterKeOrDariIsAPersonNotADestination() {
        assertTrue(names("Para ketua menandatangani dukungan ke Zulkifli untuk kongres.").contains("PERSON:Zulkifli"));
    }

    @Test
    void twoBodiesJoinedByDanAreTwoOrganisations() {
        List<String> n = names("Pemkot Bandung dan DPRD Jawa Barat membahas anggaran.");
        assertTrue(n.contains("ORGANIZATION:Pemkot Bandung"), n.toString());
        assertTrue(n.contains("ORGANIZATION:DPRD"), n.toString());
        assertTrue(names("Kementerian Pendidikan dan Kebudayaan menerbitkan aturan.").contains("ORGANIZATION:Kementerian Pendidikan dan Kebudayaan"));
        assertTrue(names("Kedutaan Besar Republik Indonesia di Kairo memantau WNI.").contains("ORGANIZATION:Kedutaan Besar Republik Indonesia"));
    }

    @Test
    void secondTitleRightAfterTheDescriptionTakesTheName() {
        List<String> n = names("Kapal itu terlihat di Natuna, kata Kepala Bakamla Laksdya Irvansyah.");
        assertTrue(n.contains("PERSON:Irvansyah"), n.toString());
        assertFalse(n.contains("PERSON:Bakamla"), n.toString());
        assertTrue(names("Menteri Hukum dan HAM Yasonna H Laoly hadir.").contains("PERSON:Yasonna H Laoly"));
    }

    @Test
    void capitalisedWordOfAnOrganisationIsNoPlaceCue() {
        List<String> n = names("Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan WNI aman.");
        assertTrue(n.contains("PERSON:Rolliansyah Soemirat"), n.toString());
    }

    @Test
    void landmarksAndBalineseNamesInPlaces() {
        List<String> n = names("Wisatawan memadati Pantai Kuta dan Tanah Lot di Bali.");
        assertTrue(n.contains("PLACE:Pantai Kuta"), n.toString());
        assertTrue(names("Pesawat mendarat di Bandara Internasional I Gusti Ngurah Rai, Denpasar.")
                .contains("PLACE:Bandara Internasional I Gusti Ngurah Rai"));
        assertTrue(names("Demonstran berkumpul di depan Istana Merdeka sejak pagi.").stream().noneMatch(s -> s.startsWith("PERSON")));
    }

    @Test
    void stormsAndOperationsAreNoPeople() {
        assertTrue(names("Depresi itu naik menjadi Badai Tropis Cristobal pada Minggu.").isEmpty());
        assertTrue(names("Israel melancarkan Operasi Protective Edge di Gaza.").contains("PLACE:Gaza"));
        assertFalse(names("Israel melancarkan Operasi Protective Edge di Gaza.").stream().anyMatch(s -> s.startsWith("PERSON")));
    }

    @Test
    void facilityNamedByItsKindIsAPlaceOnlyWhereSomethingIsInIt() {
        assertTrue(names("Antrean kendaraan terjadi di beberapa SPBU sejak pagi.").contains("PLACE:SPBU"));
        assertTrue(names("Ia tidak akan datang ke TPS besok.").contains("PLACE:TPS"));
        assertFalse(names("Pertamina meminta semua SPBU menambah stok.").contains("PLACE:SPBU"));
    }

    @Test
    void cityAtTheEndOfABuildingsNameIsAPlaceOfItsOwn() {
        List<String> n = names("Kata Boediono di Gedung Utama Departemen Keuangan Jakarta, Selasa.");
        assertTrue(n.contains("PLACE:Gedung Utama Departemen Keuangan"), n.toString());
        assertTrue(n.contains("PLACE:Jakarta"), n.toString());
        assertTrue(names("Kontingen dari Provinsi DKI Jakarta memprotes.").contains("PLACE:Provinsi DKI Jakarta"));
        assertTrue(names("Penerbangan di Bandara Internasional Lombok dibatalkan.").contains("PLACE:Bandara Internasional Lombok"));
        assertTrue(names("Ia berpidato di Gedung Nusantara II, kompleks DPR.").contains("PLACE:Gedung Nusantara II"));
    }

    @Test
    void officeWithNoNameIsNeitherPersonNorPlace() {
        List<String> n = names("Menteri Imigrasi Australia yang kontroversial, Amanda Vanstone, dicopot.");
        assertEquals(List.of("PERSON:Amanda Vanstone"), n);
        assertTrue(names("Mantan Menteri Perumahan Rakyat itu lebih setuju.").isEmpty());
        assertTrue(names("Ketua Dewan Pimpinan Pusat Partai Demokrat menilai hal itu.").contains("ORGANIZATION:Partai Demokrat"));
    }

    @Test
    void placesListedBeforeAVerbAreItsSubjectNotWhereItHappens() {
        List<String> n = names("Rusia dan Jepang telah melarang impor unggas, dan laporan menyebut bahwa Afrika Selatan dan Indonesia juga mengikuti.");
        assertFalse(n.stream().anyMatch(x -> x.startsWith("PLACE")), n.toString());
        assertTrue(names("Korea Selatan dan Hong Kong Selasa mengatakan larangan itu berlaku.").isEmpty());
        assertTrue(names("Banjir melanda Jepang dan Korea Selatan pekan lalu.").contains("PLACE:Korea Selatan"));
    }

    @Test
    void officeIsAPlaceWhereThingsHappenInItAndABodyWhereItSpeaks() {
        assertTrue(names("Letusan mulai berlangsung, kata Kantor Meteorologi Islandia.").contains("ORGANIZATION:Kantor Meteorologi Islandia"));
        assertTrue(names("Berkas itu diserahkan di Kantor Komisi Pemilihan Umum (KPU), Jakarta.")
                .contains("PLACE:Kantor Komisi Pemilihan Umum (KPU)"));
    }

    @Test
    void companyNameRunsToItsTail() {
        assertTrue(names("Kontrak diperoleh PT Indonesia Tansport Tbk dari Conocophilips Indonesia Inc. kemarin.")
                .containsAll(List.of("ORGANIZATION:PT Indonesia Tansport Tbk", "ORGANIZATION:Conocophilips Indonesia Inc.")));
        assertTrue(names("DeSoto Inc. mengatakan mereka memecat 200 karyawan.").contains("ORGANIZATION:DeSoto Inc."));
        assertTrue(names("Saham itu dibeli oleh DeSoto Inc.").contains("ORGANIZATION:DeSoto Inc"));
    }

    @Test
    void officeBeforeAKnownPersonIsDescriptionNotPeople() {
        String line = "Kasubdit Kasasi dan Peninjauan Kembali Perdata Khusus Mahkamah Agung Andri Tristianto Sutrisna diperiksa.";
        List<String> n = recognizer.recognize(line, java.util.Map.of("Andri Tristianto Sutrisna", PERSON)).stream()
                .map(s -> s.type() + ":" + s.text()).toList();
        assertEquals(List.of("ORGANIZATION:Mahkamah Agung", "PERSON:Andri Tristianto Sutrisna"), n);
        List<String> p = names("Prostitusi ditenggarai merambah ke pelajar. \"Tawaran mereka dilakukan lewat pesan,\" kata dia.");
        assertFalse(p.stream().anyMatch(x -> x.startsWith("PERSON")), p.toString());
    }

    @Test
    void friendOrRelativeFromSomeoneIsAPerson() {
        assertTrue(names("Ia berperan sebagai teman baik dari Sivia Blink dalam film itu.").contains("PERSON:Sivia Blink"));
        assertTrue(names("Rombongan itu datang dari Surabaya kemarin.").contains("PLACE:Surabaya"));
    }

    @Test
    void listedNameThatIsAFunctionWordOpensASentenceAsTheWord() {
        assertFalse(names("Antara lain, 12 petani di Kediri menolak.").contains("ORGANIZATION:Antara"));
        assertTrue(names("Foto itu diambil di kantor berita Antara, kata dia.").stream().anyMatch(x -> x.contains("Antara")));
        assertTrue(names("Kuota turun dari 48 juta KL menjadi 46 juta KL.").isEmpty());
        assertTrue(names("Ia menjabat dalam Kabinet Indonesia Bersatu II selama lima tahun.").contains("ORGANIZATION:Kabinet Indonesia Bersatu II"));
    }

    @Test
    void twoBodiesWithTheirOwnHeadsAreTwoAndAnOfficeIsNoNameWord() {
        List<String> n = names("Kegiatan itu didukung Polres Merauke dan Pemkab Merauke sejak awal.");
        assertTrue(n.containsAll(List.of("ORGANIZATION:Polres Merauke", "ORGANIZATION:Pemkab Merauke")), n.toString());
        assertTrue(names("Partai-partai itu adalah Partai Keadilan dan Persatuan Indonesia dan lainnya.")
                .contains("ORGANIZATION:Partai Keadilan dan Persatuan Indonesia"));
        assertTrue(names("Dunia maya dikagetkan kabar meninggalnya seorang Dokter Anestesi Stefanus Taofik.")
                .contains("PERSON:Stefanus Taofik"));
    }

    @Test
    void titleBeforeACompanyWithItsTailNamesNoPerson() {
        List<String> n = names("Ia menjadi Direktur Utama PT Indonesia Asahan Aluminium (Persero) atau Inalum sejak kemarin.");
        assertTrue(n.contains("ORGANIZATION:PT Indonesia Asahan Aluminium (Persero)"), n.toString());
        assertFalse(n.stream().anyMatch(x -> x.startsWith("PERSON")), n.toString());
        assertFalse(names("Winardi menggantikan posisi Direktur SDM dan Tata Kelola yang ditinggal Tosin.").contains("PERSON:Tata Kelola"));
    }

    @Test
    void officesEthnicGroupsAndElectionsAreNoPeopleOrPlaces() {
        assertTrue(names("Presidium itu terdiri dari Herman Khaeron (Pimpinan Komisi IV DPR RI) dan lainnya.")
                .contains("PERSON:Herman Khaeron"));
        assertFalse(names("Rohingya mengungsi ke Bangladesh sejak Agustus.").contains("PERSON:Rohingya"));
        assertFalse(names("Ia maju dalam Pilgub DKI tahun depan.").stream().anyMatch(x -> x.contains("Pilgub")));
        List<String> n = names("Gempa terjadi di zona tumbukan Lempeng Indo-Australia, kata Kapolda Jawa Tengah Irjen Pol Condro Kirono.");
        assertFalse(n.stream().anyMatch(x -> x.endsWith("-")), n.toString());
        assertTrue(n.contains("PERSON:Condro Kirono"), n.toString());
        assertTrue(names("Kata Kasubdit Kejahatan Antarwilayah Bareskrim, Kombes Rivai Arvan, kemarin.").stream()
                .noneMatch(x -> x.contains("Kejahatan") || x.contains("Antarwilayah")));
    }
}
