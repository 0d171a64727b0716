package org.interpreterline.line;

import java.util.Map;
import java.util.TreeMap;

/**
 * Settings tried on a line from the command line, without editing a test: {@code -Dline.env.NAME=value} gives every
 * service the started line runs the environment variable {@code NAME=value} (a benchmark's or the chaos run's
 * figures with {@code -Dline.env.LINE_STREAMS_COMMIT_INTERVAL=100ms}, for example).
 */
final class TriedSettings {

    static final String PREFIX = "line.env.";

    private TriedSettings() {
    }

    /** The services' extra environment the JVM was given, by name. */
    static Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> env.put(k.substring(PREFIX.length()), System.getProperty(k)));
        return env;
    }
}
