package id.warta.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What {@code warta --version} prints: the project's version, which the build writes into
 * {@code id/warta/version.properties} (pom.xml filters it), so the jar, the installers and
 * {@code mvn exec:exec} all say the version they were built as.
 */
public final class ReleaseVersion implements IVersionProvider {
    static final String RESOURCE = "/id/warta/version.properties";

    @Override
    public String[] getVersion() {
        return new String[]{"Warta " + number()};
    }

    /** The version, e.g. {@code 0.1.0}; "unknown" when the class path lacks the build's resource. */
    public static String number() {
        try (InputStream in = ReleaseVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return "unknown";
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            // An unfiltered copy (an IDE that copies resources without Maven) still holds the placeholder.
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
