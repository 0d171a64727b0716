package org.interpreterline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code explains itself in its own words: a comment that says "issue 12 item 3" sends a reader to a tracker they may
 * not have, and goes stale when the tracker moves. Every source file, script and configuration of the repository is
 * read; what the line does and why belongs in the comment, the history in the commit message.
 */
class CommentsWithoutIssueNumbersTest {

    /** "issue 12", "Issue 15 item 3", "issues 4 and 5", "issue #7", "issue-16". */
    static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\bissues?[ #-]*\\d+");
    private static final Set<String> SOURCE_ENDINGS = Set.of(".java", ".yml", ".yaml", ".properties", ".xml", ".sh",
            ".js", ".html", ".css", ".sql", ".promql");
    private static final Set<String> SCRIPTS = Set.of("run-local", "run", "mvnw");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "node_modules", ".mvn",
            "known-violations");

    @Test
    void noSourceFileOfTheRepositoryNamesAnIssue() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("architecture-tests")).as("the tests run from the architecture-tests module")
                .isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(CommentsWithoutIssueNumbersTest::isSource)
                    .filter(file -> !root.relativize(file).toString().contains("badexample"))
                    // this file spells out what the rule looks for
                    .filter(file -> !file.endsWith(CommentsWithoutIssueNumbersTest.class.getSimpleName() + ".java"))
                    .forEach(file -> found.addAll(issueNumbersIn(root.relativize(file), read(file))));
        }
        assertThat(found).as("comments that name an issue instead of saying what they mean").isEmpty();
    }

    @Test
    void theRuleFindsTheWaysAnIssueIsNamed() {
        String text = """
                // issue 12 item 3: the same interpreter again
                /* see Issue #7 */
                # issues 4 and 5
                // keys destroyed (issue-16)
                // an issue with the broker, 3 times
                """;
        assertThat(issueNumbersIn(Path.of("Example.java"), text))
                .containsExactly("Example.java:1: issue 12", "Example.java:2: Issue #7", "Example.java:3: issues 4",
                        "Example.java:4: issue-16");
    }

    static List<String> issueNumbersIn(Path file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            Matcher m = ISSUE_NUMBER.matcher(lines[n]);
            while (m.find()) {
                found.add(file + ":" + (n + 1) + ": " + m.group());
            }
        }
        return found;
    }

    private static boolean isSource(Path file) {
        for (Path part : file) {
            if (SKIPPED_FOLDERS.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (SCRIPTS.contains(name)
                || SOURCE_ENDINGS.stream().anyMatch(name::endsWith));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
