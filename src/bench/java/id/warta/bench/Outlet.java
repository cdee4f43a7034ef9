package id.warta.bench;

import java.util.List;
import java.util.Locale;

/**
 * A news outlet as the generator imitates it: its name, web host and house style for the dateline
 * (see shared/design/indonesian-news-conventions.md).
 */
record Outlet(String name, String host, String section, Style style) {
    enum Style { ANTARA, KOMPAS, CNN, TEMPO, REPUBLIKA, DETIK, LIPUTAN6, OKEZONE }

    static final List<Outlet> ALL = List.of(
            new Outlet("ANTARA", "kabar-antara.example", "dunia", Style.ANTARA),
            new Outlet("KOMPAS.com", "internasional.kompas.example", "global", Style.KOMPAS),
            new Outlet("CNN Indonesia", "cnnindonesia.example", "internasional", Style.CNN),
            new Outlet("Tempo", "dunia.tempo.example", "dunia", Style.TEMPO),
            new Outlet("Republika", "republika.example", "internasional", Style.REPUBLIKA),
            new Outlet("detikcom", "news.detik.example", "internasional", Style.DETIK),
            new Outlet("Liputan6.com", "liputan6.example", "global", Style.LIPUTAN6),
            new Outlet("Okezone", "news.okezone.example", "internasional", Style.OKEZONE));

    /** The dateline that opens the first paragraph, with its dash. */
    String dateline(String place) {
        String upper = place.toUpperCase(Locale.ROOT);
        return switch (style) {
            case ANTARA -> place + " (ANTARA) - ";
            case KOMPAS -> upper + ", KOMPAS.com - ";
            case CNN -> place + ", CNN Indonesia -- ";
            case TEMPO -> "TEMPO.CO, " + place + " - ";
            case REPUBLIKA -> "REPUBLIKA.CO.ID, " + upper + " -- ";
            case DETIK -> place + " - ";
            case LIPUTAN6 -> "Liputan6.com, " + place + " - ";
            case OKEZONE -> upper + " – ";
        };
    }
}
