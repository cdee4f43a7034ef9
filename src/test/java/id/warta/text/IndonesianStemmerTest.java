package id.warta.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndonesianStemmerTest {
    private final IndonesianStemmer stemmer = new IndonesianStemmer();

    @Test
    void derivedFormsOfPulihShareTheStemOfPulihkan() {
        String key = stemmer.stem("Pulihkan");
        assertEquals("pulih", key);
        for (String w : new String[]{"memulihkan", "pemulihan", "dipulihkan", "pulihkan", "Memulihkan"}) {
            assertEquals(key, stemmer.stem(w), w);
        }
    }

    @Test
    void perdamaianMeetsDamaiAndPertemuanMeetsBertemu() {
        assertEquals(stemmer.stem("damai"), stemmer.stem("perdamaian"));
        assertEquals(stemmer.stem("berdamai"), stemmer.stem("perdamaian"));
        assertEquals(stemmer.stem("bertemu"), stemmer.stem("pertemuan"));
        assertEquals("temu", stemmer.stem("pertemuan"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // meN- and peN- with the consonant they swallow
            "menulis, tulis", "penulis, tulis", "memukul, pukul", "menyerang, serang", "penyerangan, serang",
            "mengambil, ambil", "membangun, bangun", "pembangunan, bangun", "mendapatkan, dapat",
            "pendapatan, dapat", "mengkritik, kritik", "menjadi, jadi", "melihat, lihat", "merusak, rusak",
            // the hand-written roots settle nasal ambiguity
            "memakan, makan", "memiliki, milik", "kepemilikan, milik", "mengatakan, kata", "dikatakan, kata",
            "menyatakan, nyata", "pernyataan, nyata", "meminta, minta", "menguasai, kuasa",
            // stacked prefixes and confixes
            "memperkuat, kuat", "diperkuat, kuat", "keberhasilan, hasil", "kebijakan, bijak",
            "kementerian, menteri", "pemerintahan, perintah", "pemerintah, perintah", "diketahui, tahu",
            "mengetahui, tahu", "bekerja, kerja", "pekerja, kerja", "belajar, ajar", "mempelajari, ajar",
            "kesepakatan, sepakat", "keamanan, aman", "pertahanan, tahan", "bertahan, tahan", "tahanan, tahan",
            "berjalan, jalan", "menahan, tahan", "perubahan, ubah", "peraturan, atur",
            // particles and -nya
            "katanya, kata", "bertanya, tanya", "pemerintahnya, perintah", "meskipun, meski", "lainnya, lain",
            // reduplication
            "negara-negara, negara", "bersama-sama, sama",
            // ties between readings: confix beats prefix alone, nouns take -an after a root in -k
            "keterangan, terang", "pendidikan, didik", "tindakan, tindak", "memberikan, beri", "melawan, lawan",
            "menekan, tekan", "setelah, telah", "peneliti, teliti", "penelitian, teliti", "mengonsumsi, konsumsi",
    })
    void stripsAffixes(String word, String expected) {
        assertEquals(expected, stemmer.stem(word));
    }

    @ParameterizedTest(name = "{0} stays whole")
    @CsvSource({"menteri", "berita", "mereka", "sekolah", "masalah", "perang", "penting", "kembali", "memang",
            "perlu", "dengan", "jalan", "bulan", "akan", "bukan", "sampai", "damai", "pasukan", "tentara",
            "selatan", "indonesia", "rp3", "2024", "as",
            "menit", "serta", "sendiri", "sempat", "kerja", "terus", "menang", "kecil", "sehat", "sedangkan"})
    void leavesRootsThatLookAffixedAlone(String word) {
        assertEquals(word, stemmer.stem(word));
    }
}
