package id.warta.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.text.EntityRecognizer;
import id.warta.text.EntitySpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code warta entities --json FILE}: names in plain text, one sentence or paragraph per line. Prints one
 * JSON object per input line, {@code {"line": N, "entities": [{"text", "type", "start", "end"}]}}, N from 1,
 * offsets into that line as a Java String indexes it, end exclusive.
 */
@Command(name = "entities", description = "Find people, places and organisations in plain text, one line at a time.")
final class EntitiesCommand implements Callable<Integer> {
    private static final ObjectWriter LINE_WRITER = new com.fasterxml.jackson.databind.ObjectMapper().writer();

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object per input line (the default).")
    boolean json = true;

    @Parameters(paramLabel = "FILE", description = "A UTF-8 text file: one sentence or paragraph per line.")
    Path input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EntityRecognizer recognizer = new EntityRecognizer();
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                out.println(LINE_WRITER.writeValueAsString(lineObject(number, recognizer.recognize(line))));
            }
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            return fail("no such file");
        } catch (CharacterCodingException e) {
            return fail("is not UTF-8 text");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            return fail(Files.isDirectory(input) ? "is a folder, not a file" : "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ObjectNode lineObject(int number, Iterable<EntitySpan> spans) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("line", number);
        ArrayNode entities = node.putArray("entities");
        for (EntitySpan s : spans) {
            entities.addObject().put("text", s.text()).put("type", s.type().name()).put("start", s.start()).put("end", s.end());
        }
        return node;
    }

    private int fail(String reason) {
        spec.commandLine().getErr().println(input + ": " + reason);
        return 1;
    }
}
