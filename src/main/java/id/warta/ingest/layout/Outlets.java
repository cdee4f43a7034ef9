package id.warta.ingest.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outlet registry: every outlet Warta knows, under the one name readers know it by, with the forms
 * printed in datelines, credits and source lines and the sites it publishes under. Read once from
 * {@code data/outlets.tsv} on the classpath. Datelines, source lines, site rules and pages all name their
 * outlet through here, so one outlet has one {@code source} whatever the input format. Thread-safe.
 */
public final class Outlets {
    private static final String RESOURCE = "/outlets.tsv";
    /** Web suffixes printed after an outlet's name (KOMPAS.com, REPUBLIKA.CO.ID, JUARA.net). */
    private static final Pattern WEB_SUFFIX = Pattern.compile("(?i)\\.(?:co\\.id|com|co|id|net|tv|news|org|or\\.id)$");
    private static final Pattern KEY_DROP = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A name printed as a web address: Kabarpas.com, Fajar.co.id. */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|co\\.id|co|id|net|tv|news|org|or\\.id)$");
    /** Words newspapers, magazines and stations are named with: Harian Timur, Pos Kupang, Radar TV. */
    private static final Pattern PRESS_WORD = Pattern.compile(
            "(?iu)\\b(?:harian|koran|majalah|tabloid|news|pos|post|tv|radio|online|times|warta|kabar|berita|daily"
                    + "|journal|jurnal|tribune|channel|media|pers)\\b");
    /** Words that name a government body, a company or a school, which issue releases but publish no news. */
    private static final Pattern BODY_WORD = Pattern.compile(
            "(?iu)\\b(?:pemerintah|kementerian|dinas|badan|humas|pt|tbk|kota|kabupaten|provinsi|universitas|inc|ltd"
                    + "|corporation|company|perusahaan|lembaga|sekretariat)\\b");
    private static final Outlets STANDARD = load();

    private final Map<String, Outlet> byForm;
    /** Forms that stand for every name starting with them (detik* → detikNews, detikHealth …), longest first. */
    private final List<Map.Entry<String, Outlet>> byPrefix;
    /** Domain (with an optional path) → outlet; the longest match of a page's address wins. */
    private final Map<String, Outlet> byDomain;

    private Outlets(Map<String, Outlet> byForm, List<Map.Entry<String, Outlet>> byPrefix, Map<String, Outlet> byDomain) {
        this.byForm = Map.copyOf(byForm);
        this.byPrefix = List.copyOf(byPrefix);
        this.byDomain = Map.copyOf(byDomain);
    }

    /** The registry bundled with Warta. */
    public static Outlets standard() {
        return STANDARD;
    }

    /**
     * The outlet a printed name stands for: {@code TEMPO.CO}, {@code Tempo}, {@code IHRAM.CO.ID},
     * {@code detikNews}, {@code ANTARA News}, {@code Antara/Xinhua} (the first of a shared credit). Empty for
     * a name the registry does not know.
     */
    public Optional<Outlet> byName(String printed) {
        if (printed == null || printed.isBlank()) return Optional.empty();
        String first = printed.split("/")[0];
        for (String candidate : new String[]{first, WEB_SUFFIX.matcher(first.strip()).replaceFirst("")}) {
            String key = key(candidate);
            if (key.isEmpty()) continue;
            Outlet exact = byForm.get(key);
            if (exact != null) return Optional.of(exact);
            for (Map.Entry<String, Outlet> prefix : byPrefix) {
                if (key.startsWith(prefix.getKey())) return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The outlet that publishes at {@code address} (a URL, or a bare host such as {@code nasional.kompas.com}):
     * the longest registered domain the host ends with, a registered path narrowing it
     * ({@code bbc.com/indonesia}). Empty for sites the registry does not list.
     */
    public Optional<Outlet> byAddress(String address) {
        if (address == null || address.isBlank()) return Optional.empty();
        String host;
        String path = "";
        String a = address.strip();
        if (a.contains("://")) {
            try {
                URI uri = URI.create(a.replace(" ", "%20"));
                host = uri.getHost();
                path = uri.getRawPath() == null ? "" : uri.getRawPath();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            int slash = a.indexOf('/');
            host = slash < 0 ? a : a.substring(0, slash);
            path = slash < 0 ? "" : a.substring(slash);
        }
        if (host == null) return Optional.empty();
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String firstSegment = path.replaceFirst("^/", "").split("/")[0].toLowerCase(Locale.ROOT);
        // From the full host down to its last two labels: m.news.detik.com, news.detik.com, detik.com.
        for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            if (!firstSegment.isEmpty()) {
                Outlet withPath = byDomain.get(h + "/" + firstSegment);
                if (withPath != null) return Optional.of(withPath);
            }
            Outlet outlet = byDomain.get(h);
            if (outlet != null) return Optional.of(outlet);
        }
        return Optional.empty();
    }

    /**
     * The name to store for an outlet printed as {@code printed}: the registry's name when it knows the
     * outlet; otherwise the printed name cleaned (brackets, slashes, stray punctuation and extra spaces
     * gone), never refused. Null for a blank name.
     */
    public String canonical(String printed) {
        if (printed == null) return null;
        Optional<Outlet> known = byName(printed);
        if (known.isPresent()) return known.get().name();
        String clean = printed.replaceAll("[\\s\\u00a0]+", " ").strip()
                .replaceAll("^[\\s(\\[/•·*\\-–—:]+|[\\s)\\]/.,;:\\-–—]+$", "");
        return clean.isBlank() ? null : clean;
    }

    /** One name, one outlet: a form or domain listed under two outlets is an error in the registry, not a choice. */
    private static void claim(Map<String, Outlet> names, String key, Outlet outlet, int line) {
        Outlet before = names.putIfAbsent(key, outlet);
        if (before != null && !before.equals(outlet)) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": '" + key + "' already names " + before.name());
        }
    }

    /**
     * Whether a name the registry does not know is printed as an outlet's: as a web address
     * ({@code Kabarpas.com}), or with a word newspapers and stations are named with and none that names a
     * government body or a company ({@code Harian Timur} is, {@code Humas Pemerintah Kota Taipei} is not).
     */
    public boolean looksLikeOutlet(String printed) {
        if (printed == null) return false;
        String clean = canonical(printed);
        if (clean == null) return false;
        if (WEB_ADDRESS.matcher(clean).matches()) return true;
        return clean.split("\\s+").length <= 4 && PRESS_WORD.matcher(clean).find() && !BODY_WORD.matcher(clean).find();
    }

    /** Lower case, letters and digits only: {@code KOMPAS.com} and {@code Kompas.com} are one key. */
    static String key(String name) {
        return KEY_DROP.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Outlets load() {
        try (InputStream in = Outlets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the registry's lines (see data/outlets.tsv for the format); a malformed line is an error naming it. */
    static Outlets parse(BufferedReader reader) throws IOException {
        Map<String, Outlet> forms = new HashMap<>();
        Map<String, Outlet> prefixes = new HashMap<>();
        Map<String, Outlet> domains = new HashMap<>();
        int number = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] columns = line.split("\t");
            if (columns.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected 4 tab-separated columns");
            }
            Outlet outlet = new Outlet(columns[0].strip(), Outlet.Kind.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)));
            claim(forms, key(outlet.name()), outlet, number);
            for (String form : columns[2].split("\\|")) {
                String f = form.strip();
                if (f.endsWith("*")) claim(prefixes, key(f), outlet, number);
                else if (!f.isEmpty()) claim(forms, key(f), outlet, number);
            }
            for (String domain : columns[3].split("\\|")) {
                String d = domain.strip().toLowerCase(Locale.ROOT);
                if (!d.isEmpty()) claim(domains, d, outlet, number);
            }
        }
        List<Map.Entry<String, Outlet>> byPrefix = new ArrayList<>(prefixes.entrySet());
        byPrefix.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return new Outlets(forms, byPrefix, domains);
    }
}
