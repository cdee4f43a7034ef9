package id.warta.app;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    @Test
    void indonesianIsTheDefaultWhateverTheMachineLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Semua", new Texts(Texts.INDONESIAN).get("shelf.ALL"));
            assertEquals("All", new Texts(Texts.ENGLISH).get("shelf.ALL"));
            assertEquals("3 artikel", new Texts(Texts.INDONESIAN).format("list.count", 3));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static java.util.Set<Object> keys(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(p.keySet());
    }
}
