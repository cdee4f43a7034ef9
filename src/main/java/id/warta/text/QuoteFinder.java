package id.warta.text;

import id.warta.model.Quote;
import id.warta.model.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Direct quotes and their speakers, by the conventions of Indonesian news:
 * <ul>
 *   <li>a quote is text in “…” or "…" with an attribution cue after it ({@code “…,” kata Roland},
 *       {@code “…,” ujarnya}, {@code “…,” Roland menambahkan}) or before it
 *       ({@code Roland mengatakan, “…”}, {@code Menurut dia, “…”}); quoted words with no cue are
 *       emphasis (scare quotes) and are skipped;</li>
 *   <li>a quote over several paragraphs (an opening mark on each, a closing mark only at the end)
 *       is one quote; a quote broken by its cue ({@code “…,” kata X, “…”}) gives two quotes by X;</li>
 *   <li>pronoun cues ({@code katanya}, {@code kata dia}, {@code ia menambahkan}) resolve to the
 *       latest person who spoke (quoted or reported) or became the topic (a known speaker named
 *       again as a sentence's subject, a person named in full acting as one); a surname to the full
 *       name first introduced; a bare role ({@code kata Presiden}) to the person the article gave
 *       that role.</li>
 * </ul>
 * Marks are read by their context (an opening mark follows a space and precedes a letter), so
 * text that prints ” for both marks is read as well as text with proper “ ”.
 */
public final class QuoteFinder {
    private static final String CUES = "kata|ujar|ucap|tutur|tegas|jelas|ungkap|imbuh|tambah|papar|sebut|terang|"
            + "lanjut|pungkas|tandas|tulis|seru|sambung|kilah|aku|jawab|bilang|timpal|cetus|kenang|akui|harap|pinta|"
            + "ajak|ingat|katakan|paparnya|menurut";
    private static final String VERBS = "mengatakan|menyatakan|menegaskan|menjelaskan|mengungkapkan|menambahkan|"
            + "berkata|menuturkan|memaparkan|menyebutkan|menerangkan|bilang|berujar|mengimbuhkan|melanjutkan|"
            + "menyampaikan|menulis|berpesan|mengaku|menandaskan|memungkaskan|menyebut|mengingatkan|menimpali|"
            + "bertanya|menjawab|menekankan|mencuit|berseloroh|berkomentar|mengungkap|menukas|menyahut|bercerita|"
            + "mengeluhkan|berharap|mengakui|membeberkan|mengklaim|menilai|mengajak|meminta|mengimbau|berjanji|"
            + "menduga|memperkirakan|berpendapat|menyarankan|mengusulkan|menganggap|memandang|meyakini|"
            + "menyoroti|mengkritik|menanggapi|mengungkapkan|menerangkan|menyebutkan|mengemukakan|memastikan|"
            // speech acts and stances that report what someone said or holds
            + "membenarkan|menyayangkan|menyesalkan|mempertanyakan|mengapresiasi|mendesak|menjabarkan|menyinggung|"
            + "membantah|menyerukan|memperingatkan|menginstruksikan|mencontohkan|mengharapkan|menargetkan|mendorong|"
            + "menjanjikan|menceritakan|mengisahkan|mengeluh|menepis|menampik|mengapresiasi|"
            + "yakin|optimistis|pesimistis|khawatir";
    /** One of {@link #VERBS}, factored for speed (see {@link WordChoice}); always followed by a word end. */
    private static final String VERB = WordChoice.of(VERBS);
    private static final String ADVERBS = "(?:juga\\s+|pun\\s+|lalu\\s+|kemudian\\s+|kembali\\s+|bahkan\\s+|sempat\\s+|"
            + "lantas\\s+|pernah\\s+|sebelumnya\\s+|sendiri\\s+|saat\\s+itu\\s+|terus\\s+|masih\\s+|tetap\\s+|"
            + "sudah\\s+|telah\\s+|akan\\s+|turut\\s+|ikut\\s+|langsung\\s+|pun\\s+)*";
    private static final Pattern CUE_AFTER = Pattern.compile(
            "(?iu)^\\s*[,.!?;:]?\\s*(?:demikian\\s+|begitu\\s+)?(" + CUES + ")(nya)?(?![\\p{L}])(.*)$", Pattern.DOTALL);
    private static final Pattern VERB_AFTER = Pattern.compile(
            "(?u)^\\s*[,.!?;:]?\\s*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,7}|[Ii]a\\s+|[Dd]ia\\s+|[Bb]eliau\\s+)" + ADVERBS
                    + VERB + "(?![\\p{L}])");
    private static final Pattern VERB_BEFORE = Pattern.compile(
            "(?u)((?:\\p{Lu}[\\p{L}'’.-]*,?\\s+){1,9}|(?<![\\p{L}])[Ii]a\\s+|(?<![\\p{L}])[Dd]ia\\s+|(?<![\\p{L}])[Bb]eliau\\s+)"
                    + ADVERBS + VERB + "(?![\\p{L}])[^.!?“”\"]{0,90}?[,:]\\s*$");
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:menurut|kata|ujar|tutur|ucap|tambah|lanjut)\\s+([^.,;“”\"]{1,90})[,:]\\s*$");
    private static final Set<String> STOPS = Set.of("di", "kepada", "saat", "ketika", "dalam", "pada", "usai",
            "seusai", "dengan", "sambil", "seraya", "melalui", "lewat", "kemarin", "yang", "sebelum", "setelah",
            "selepas", "dari", "sebagaimana", "seperti", "dikutip", "mengutip", "menanggapi", "menjawab",
            "tadi", "lalu", "kala", "tatkala", "sesuai", "terkait", "soal", "mengenai", "tentang", "untuk", "bagi");
    private static final Set<String> DEMONSTRATIVES = Set.of("ini", "itu", "tersebut");
    private static final Set<String> CONNECTORS = Set.of("dan", "serta", "untuk", "&");
    private static final Pattern ABBREVIATION = Pattern.compile("^(?:Dr|Prof|Ir|Drs|Dra|Hj|St|Moh|Muh|Mr|Mrs|Ny|Tn|Sdr)\\.$|^(?:\\p{Lu}\\.)+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+|,|;|:|\\(|\\)");

    /** Where an attribution points: a named run, a pronoun, or nothing. */
    private record Attribution(List<String> run, boolean pronoun) {
        static final Attribution NONE = new Attribution(List.of(), false);
        static final Attribution PRONOUN = new Attribution(List.of(), true);

        boolean found() {
            return pronoun || !run.isEmpty();
        }
    }

    /** One quote as found: where it opens and closes (global offsets) and its words. */
    private record Span(int para, int open, int closePara, int close, String text) {
    }

    /** The direct quotes in {@code sections}, in reading order, with their section indexes. */
    public List<Quote> find(List<Section> sections) {
        Body body = new Body(sections);
        List<Span> spans = spans(body);
        TreeMap<Integer, String> speakers = indirectSpeakers(body, spans);
        // Named cues first: who speaks in this article, so that a later mention of one of them as a
        // sentence's subject makes them the one a pronoun cue points to.
        List<Attribution> attributions = new ArrayList<>(spans.size());
        String[] named = new String[spans.size()];
        Set<String> known = new HashSet<>(speakers.values());
        for (int i = 0; i < spans.size(); i++) {
            Attribution a = attribution(body, spans.get(i));
            attributions.add(a);
            if (a.found() && !a.pronoun) {
                named[i] = resolve(a, body, spans.get(i), speakers);
                if (named[i] != null) known.add(named[i]);
            }
        }
        addSubjects(body, spans, known, speakers);
        List<Quote> quotes = new ArrayList<>();
        Span previous = null;
        String previousSpeaker = null;
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Attribution a = attributions.get(i);
            String speaker;
            if (a.found()) {
                speaker = a.pronoun ? resolve(a, body, span, speakers) : named[i];
            } else if (previous != null && isInterruption(body, previous, span) && previousSpeaker != null) {
                speaker = previousSpeaker;
            } else {
                previous = null;
                continue;
            }
            if (speaker != null) speakers.put(body.global(span.closePara, span.close), speaker);
            quotes.add(new Quote(span.text, speaker, body.section(span.para)));
            previous = span;
            previousSpeaker = speaker;
        }
        return quotes;
    }

    // ---------------------------------------------------------------- spans

    /** Pairs quote marks into spans, joining paragraphs a quote runs over. */
    private static List<Span> spans(Body body) {
        List<Span> out = new ArrayList<>();
        int openPara = -1;
        int openAt = -1;
        StringBuilder words = new StringBuilder();
        for (int p = 0; p < body.size(); p++) {
            String text = body.paragraph(p);
            if (openPara >= 0) {
                // Still open at the last paragraph's end: it continues only if this one opens again.
                int first = firstNonSpace(text);
                if (first < 0 || !isMark(text.charAt(first))) {
                    openPara = -1;
                    words.setLength(0);
                } else {
                    words.append(' ');
                    openAt = openAt < 0 ? first : openAt;
                }
            }
            int i = openPara >= 0 ? firstNonSpace(text) + 1 : 0;
            int segmentStart = i;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isMark(c)) continue;
                if (openPara < 0 && opens(text, i)) {
                    openPara = p;
                    openAt = i;
                    segmentStart = i + 1;
                    words.setLength(0);
                } else if (openPara >= 0 && closes(text, i)) {
                    words.append(text, segmentStart, i);
                    String quoted = clean(words.toString());
                    if (!quoted.isEmpty()) out.add(new Span(openPara, openAt, p, i, quoted));
                    openPara = -1;
                    words.setLength(0);
                }
            }
            if (openPara >= 0) words.append(text, Math.min(segmentStart, text.length()), text.length());
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»';
    }

    /** An opening mark stands after a space or bracket (or at the start) and before a word. */
    private static boolean opens(String s, int i) {
        char c = s.charAt(i);
        boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([—–-".indexOf(s.charAt(i - 1)) >= 0;
        boolean wordAfter = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1)) && !isMark(s.charAt(i + 1));
        if (spaceBefore && wordAfter) return true;
        return (c == '“' || c == '„' || c == '«') && wordAfter;
    }

    /** A closing mark stands after a word and before a space, punctuation or the end. */
    private static boolean closes(String s, int i) {
        char c = s.charAt(i);
        boolean wordBefore = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
        boolean spaceAfter = i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1))
                || ",.;:!?)".indexOf(s.charAt(i + 1)) >= 0;
        if (wordBefore && spaceAfter) return true;
        return (c == '”' || c == '»') && wordBefore;
    }

    private static int firstNonSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }

    /** The quoted words without the comma that hands over to the cue ({@code “…,” kata X}). */
    private static String clean(String quoted) {
        String s = quoted.replaceAll("\\s+", " ").strip();
        while (s.endsWith(",") || s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    // ---------------------------------------------------------------- attribution

    private static Attribution attribution(Body body, Span span) {
        String after = afterQuote(body.paragraph(span.closePara), span.close);
        Attribution a = afterCue(after);
        if (a.found()) return a;
        a = verbAfter(after);
        if (a.found()) return a;
        return beforeQuote(body.paragraph(span.para).substring(0, span.open));
    }

    /** The rest of the paragraph after the closing mark, up to the next quote mark. */
    private static String afterQuote(String paragraph, int close) {
        String rest = paragraph.substring(close + 1);
        for (int i = 0; i < rest.length(); i++) if (isMark(rest.charAt(i))) return rest.substring(0, i);
        return rest;
    }

    /** {@code “…,” kata Roland}, {@code “…,” ujarnya}, {@code “…,” kata dia}. */
    private static Attribution afterCue(String after) {
        Matcher m = CUE_AFTER.matcher(after);
        if (!m.matches()) return Attribution.NONE;
        if (m.group(2) != null) return Attribution.PRONOUN;
        return named(m.group(3));
    }

    /** {@code “…,” Roland menambahkan}, {@code “…,” ia menambahkan}. */
    private static Attribution verbAfter(String after) {
        Matcher m = VERB_AFTER.matcher(after);
        if (!m.find()) return Attribution.NONE;
        String subject = m.group(1).strip();
        if (Speakers.isPronoun(subject)) return Attribution.PRONOUN;
        return new Attribution(List.of(subject.split("\\s+")), false);
    }

    /** {@code Roland mengatakan, “…”}, {@code Ia menambahkan: “…”}, {@code Menurut dia, “…”}. */
    private static Attribution beforeQuote(String before) {
        String tail = before.length() > 300 ? before.substring(before.length() - 300) : before;
        Matcher m = CUE_BEFORE.matcher(tail);
        if (m.find()) return named(m.group(1));
        m = VERB_BEFORE.matcher(tail);
        if (m.find()) {
            String subject = m.group(1).replace(",", " ").strip();
            if (Speakers.isPronoun(subject)) return Attribution.PRONOUN;
            return new Attribution(List.of(subject.split("\\s+")), false);
        }
        return Attribution.NONE;
    }

    /**
     * The speaker after a cue word: a pronoun, or the capitalised run after a few lower-case
     * role words ({@code kata pakar hukum Budi Santoso}). When the first run is a role with the
     * name after a comma ({@code kata Kepala Dusun Nglahar, Wahyu Wibowo}) the clean name wins.
     */
    private static Attribution named(String rest) {
        List<String> tokens = new ArrayList<>();
        Matcher w = WORD.matcher(rest);
        while (w.find() && tokens.size() < 40) tokens.add(withoutFullStop(w.group()));
        int i = 0;
        if (i < tokens.size() && Speakers.isPronoun(tokens.get(i))) return Attribution.PRONOUN;
        int skipped = 0;
        while (i < tokens.size() && skipped < 5 && isLowerWord(tokens.get(i))
                && !STOPS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
            if (Speakers.isPronoun(tokens.get(i))) return Attribution.PRONOUN;
            i++;
            skipped++;
        }
        List<List<String>> segments = new ArrayList<>();
        while (i < tokens.size()) {
            List<String> run = new ArrayList<>();
            while (i < tokens.size()) {
                if (tokens.get(i).equals("(") && !run.isEmpty()) {
                    // "Panglima Komando Armada I (Pangkoarmada) Laksda Abdul Rasyid": skip the short form.
                    int close = tokens.subList(i, tokens.size()).indexOf(")");
                    if (close < 0) break;
                    i += close + 1;
                    continue;
                }
                boolean connector = CONNECTORS.contains(tokens.get(i)) && !run.isEmpty() && i + 1 < tokens.size()
                        && Speakers.isCapitalised(tokens.get(i + 1));
                if (connector) {
                    // "Menteri Riset dan Teknologi Bambang …": the office's own words, kept out of the name below.
                    run.clear();
                    i++;
                    continue;
                }
                if (tokens.get(i).equals("-") && !run.isEmpty() && i + 1 < tokens.size()
                        && Speakers.isCapitalised(tokens.get(i + 1))) {
                    i++;                       // "Covid - 19" printed with spaces: the office goes on
                    continue;
                }
                if (!Speakers.isCapitalised(tokens.get(i))) break;
                run.add(tokens.get(i++));
            }
            // "kata politisi senior Partai Golkar ini": a description pointing back, like a pronoun.
            if (!run.isEmpty() && i < tokens.size() && DEMONSTRATIVES.contains(tokens.get(i))) return Attribution.PRONOUN;
            if (run.isEmpty()) {
                // "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD": a list inside the office.
                if (i + 1 < tokens.size() && CONNECTORS.contains(tokens.get(i)) && !segments.isEmpty()
                        && Speakers.isCapitalised(tokens.get(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            segments.add(run);
            if (i < tokens.size() && tokens.get(i).equals(",")) i++;
            else break;
        }
        if (segments.isEmpty()) return Attribution.NONE;
        List<String> first = segments.get(0);
        boolean firstIsClean = Speakers.personIn(first).equals(String.join(" ", first));
        // "kata peneliti senior Centropolis, Suryono Herlambang": after role words in lower case, one
        // capitalised word then a full name after the comma; the word was the institution.
        if (firstIsClean && skipped > 0 && first.size() == 1 && segments.size() > 1) {
            List<String> second = segments.get(1);
            if (second.size() >= 2 && second.size() <= 5 && Speakers.personIn(second).equals(String.join(" ", second))) {
                return new Attribution(second, false);
            }
        }
        if (!firstIsClean) {
            for (List<String> s : segments.subList(1, segments.size())) {
                if (s.size() <= 5 && Speakers.personIn(s).equals(String.join(" ", s))) return new Attribution(s, false);
            }
        }
        return new Attribution(first, false);
    }

    /** "Kuzmarov." ends a sentence; "Dr." and the initial "M." keep their dot. */
    private static String withoutFullStop(String token) {
        if (!token.endsWith(".") || token.length() <= 2 || ABBREVIATION.matcher(token).matches()) return token;
        return token.replaceAll("\\.+$", "");
    }

    private static boolean isLowerWord(String token) {
        return Character.isLowerCase(token.codePointAt(0));
    }

    /** A second quote in the same paragraph after a short cue: the rest of the first one's sentence. */
    private static boolean isInterruption(Body body, Span previous, Span span) {
        if (previous.closePara != span.para) return false;
        String between = body.paragraph(span.para).substring(previous.close + 1, span.open);
        return between.split("\\s+").length <= 12 && !between.matches("(?s).*[.!?]\\s.*");
    }

    // ---------------------------------------------------------------- speakers

    private static String resolve(Attribution a, Body body, Span span, TreeMap<Integer, String> speakers) {
        int at = body.global(span.para, span.open);
        if (a.pronoun) {
            var last = speakers.lowerEntry(at);
            return last == null ? null : last.getValue();
        }
        String before = body.text().substring(0, at);
        String person = body.personIn(a.run);
        if (person.isEmpty()) return Speakers.holderOf(a.run, before);
        return body.fullName(person);
    }

    /** {@code Trismiati (37)}: a name and an age. */
    private static final Pattern AGED = Pattern.compile("(?u)(?=\\p{Lu})((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,5})\\(\\d{1,3}\\)");
    /**
     * People who speak without quote marks ({@code Asep mengatakan, pihaknya …}, {@code Menurut
     * Kuzmarov, …}) or are introduced with their age ({@code Trismiati (37)}): a later
     * {@code katanya} can point to them. Keyed by where they are named.
     */
    private static TreeMap<Integer, String> indirectSpeakers(Body body, List<Span> spans) {
        TreeMap<Integer, String> out = new TreeMap<>();
        for (Pattern said : SAID) {
            // an age in brackets is rare, and trying its pattern at every capital cost as much as the others
            if (said == AGED && !hasBracketedNumber(body.text())) continue;
            Matcher m = said.matcher(body.text());
            while (m.find()) {
                if (insideQuote(body, spans, m.start())) continue;
                String person = personNamed(body, m.group(1));
                // "Anggota Bawaslu Papua, Ronald Manoach, menambahkan": the office first, the name as its apposition.
                if (person == null && m.groupCount() > 1 && m.group(2) != null) {
                    String apposition = m.group(2);
                    int comma = apposition.indexOf(',');
                    if (comma > 0) apposition = apposition.substring(0, comma);
                    if (APPOSED_NAME.matcher(apposition).matches()) person = personNamed(body, apposition);
                }
                if (person != null) out.put(m.start(1), person);
            }
        }
        return out;
    }

    /**
     * Known speakers named again as a sentence's subject ({@code Praktis Bima hanya berkomunikasi …},
     * {@code Bagi Toto, …}): the topic a later {@code katanya} points back to.
     */
    private static void addSubjects(Body body, List<Span> spans, Set<String> known, TreeMap<Integer, String> speakers) {
        if (known.isEmpty()) return;
        Set<String> knownWords = new HashSet<>();
        for (String name : known) knownWords.addAll(List.of(name.split(" ")));
        SubjectRuns m = new SubjectRuns(body.text());
        while (m.find()) {
            // Most sentences open with no known speaker's word and no verb after the run: skip them cheaply.
            if (!actsAfter(body.text(), m.end(1)) && !sharesWord(m.group(1), knownWords)) continue;
            if (speakers.containsKey(m.start(1)) || insideQuote(body, spans, m.start())) continue;
            String person = personNamed(body, m.group(1));
            if (person == null) continue;
            if (known.contains(person) || person.indexOf(' ') > 0 && actsAfter(body.text(), m.end(1))) {
                speakers.put(m.start(1), person);
            }
        }
    }

    private static boolean sharesWord(String run, Set<String> words) {
        for (String w : run.split("\\s+")) if (words.contains(w)) return true;
        return false;
    }

    /**
     * Whether the word after {@code at} is an active verb ({@code me-}, {@code ber-}): a person named in
     * full as the one who acts ({@code Gubernur Jabar Ridwan Kamil mengapresiasi …}) is the topic a
     * following {@code Dia berharap … “…,” ujarnya} continues.
     */
    private static boolean actsAfter(String text, int at) {
        int start = at;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end - start >= 5 && (text.startsWith("me", start) || text.startsWith("ber", start));
    }

    /** The person in a run found by {@link #SAID} or {@link #SUBJECT}, full name; null when there is none. */
    private static String personNamed(Body body, String group) {
        String cleaned = PARENTHESIS.matcher(group).replaceAll(" ").replace(",", " ").strip();
        if (cleaned.isEmpty()) return null;
        String person = body.personIn(List.of(cleaned.split("\\s+")));
        if (person.length() < 3) return null;
        return body.fullName(person);
    }

    private static final String RUN = "((?:(?:\\p{Lu}[\\p{L}'’.-]*|dr\\.?|drg\\.?|\\([^()]{1,30}\\)),?\\s+){1,10})";
    private static final String NAME_RUN = "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.-]*)";
    private static final Pattern APPOSED_NAME = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}");
    private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
    /** A sentence's subject: a capitalised run at its start (after a fronted phrase and comma) before its predicate. */
    static final Pattern SUBJECT = Pattern.compile("(?u)(?:^|[.!?]\\s+|\\n)(?:[^,.!?“”\"\\n]{1,40},\\s+)?"
            + NAME_RUN + "(?=\\s+\\p{Ll}|,)");
    /**
     * People who speak without quote marks, or who become the topic a later {@code katanya} points to:
     * {@code Asep mengatakan, …}; {@code Menurut Kuzmarov, …}, {@code Bagi Toto, …},
     * {@code disampaikan oleh X}; {@code Trismiati (37)}; a name, an apposition or time and place,
     * then the verb ({@code Abdian Saputra, Koordinator Ekajaya, juga menyampaikan},
     * {@code Doni Monardo, saat dihubungi, Senin, mengatakan}).
     */
    private static final List<Pattern> SAID = List.of(
            Pattern.compile("(?u)(?=[\\p{Lu}d(])" + RUN + ADVERBS + VERB + "(?![\\p{L}])"),
            Pattern.compile("(?u)(?=[MmKkUuTtBbd])(?<![\\p{L}])(?:[Mm]enurut|[Kk]ata|[Uu]jar|[Tt]utur|[Bb]agi|disampaikan|dikatakan|diungkapkan|"
                    + "dijelaskan|ditegaskan|dituturkan|diutarakan)\\s+(?:oleh\\s+)?(?:\\p{Ll}+\\s+){0,4}"
                    + RUN.replace("\\s+){1,10}", "\\s*){1,10}")),
            AGED,
            Pattern.compile("(?u)(?=\\p{Lu})(?<![\\p{L}])(?<!\\p{Lu}[\\p{L}'’.-]{0,30}\\s)" + NAME_RUN.replace("{0,4}", "{0,14}")
                    + ",\\s([^.!?“”\"]{1,160}?),\\s+" + ADVERBS + VERB + "(?![\\p{L}])"));

    /** Whether an opening bracket is followed by a digit somewhere: without one {@link #AGED} cannot match. */
    private static boolean hasBracketedNumber(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            if (i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Whether {@code at} lies inside one of {@code spans} (in reading order, so a binary search). */
    private static boolean insideQuote(Body body, List<Span> spans, int at) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span s = spans.get(mid);
            if (at < body.global(s.para, s.open)) high = mid - 1;
            else if (at > body.global(s.closePara, s.close)) low = mid + 1;
            else return true;
        }
        return false;
    }

    /** The paragraphs of all sections as one text, with a map back to section and paragraph. */
    private static final class Body {
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Integer> sectionOf = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();
        private static final Pattern CALLED = Pattern.compile(
                "(?u)(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+),\\s+(?:nama\\s+)?sapaan(?:\\s+akrab(?:nya)?)?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");
        private final java.util.Map<String, String> fullNames = new java.util.HashMap<>();
        private java.util.Map<String, String> nicknames;
        private final java.util.Map<String, String> persons = new java.util.HashMap<>();
        private final String text;

        Body(List<Section> sections) {
            StringBuilder all = new StringBuilder();
            for (int s = 0; s < sections.size(); s++) {
                for (String p : sections.get(s).paragraphs()) {
                    if (!all.isEmpty()) all.append("\n\n");
                    offsets.add(all.length());
                    all.append(p);
                    paragraphs.add(p);
                    sectionOf.add(s);
                }
            }
            text = all.toString();
        }

        int size() {
            return paragraphs.size();
        }

        String paragraph(int p) {
            return paragraphs.get(p);
        }

        int section(int p) {
            return sectionOf.get(p);
        }

        int global(int p, int offset) {
            return offsets.get(p) + offset;
        }

        String text() {
            return text;
        }

        /** {@link Speakers#fullName}, remembered: the same surname is looked up for every quote. */
        /** {@link Speakers#personIn(List, String)}, remembered: the same run recurs across cues and patterns. */
        String personIn(List<String> run) {
            return persons.computeIfAbsent(String.join(" ", run), r -> Speakers.personIn(run, text));
        }

        String fullName(String name) {
            return fullNames.computeIfAbsent(name, n -> {
                String called = nicknames().get(n);
                return Speakers.fullName(called != null ? called : n, text);
            });
        }

        /**
         * Names the article gives as what someone is called: {@code Castro, sapaan Herdiansyah} or
         * {@code sapaan akrab Herdiansyah}: the nickname stands for the name. Read once per article.
         */
        private java.util.Map<String, String> nicknames() {
            if (nicknames == null) {
                nicknames = new java.util.HashMap<>();
                // most articles give no nickname: a word search spares trying the pattern at every letter
                if (!text.contains("sapaan")) return nicknames;
                Matcher m = CALLED.matcher(text);
                while (m.find()) nicknames.putIfAbsent(m.group(1), m.group(2));
            }
            return nicknames;
        }
    }
}
