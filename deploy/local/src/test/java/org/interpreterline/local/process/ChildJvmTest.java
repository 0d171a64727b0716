package org.interpreterline.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @TempDir
    Path dir;

    private ChildJvm child;

    @AfterEach
    void killTheChild() throws InterruptedException {
        if (child != null) {
            child.kill();
        }
    }

    private ChildJvm sleeper() {
        return new ChildJvm("sleeper", List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName()), Map.of(), dir.resolve("logs/sleeper.log"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCtrlCMeantForTheTerminalDoesNotReachTheChildButItsParentsStopDoes() throws Exception {
        child = sleeper().start();
        awaitLog("sleeping");

        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
        Thread.sleep(500);
        assertThat(child.alive()).as("alive after SIGINT").isTrue();

        child.stop(Duration.ofSeconds(10));
        assertThat(child.alive()).isFalse();
        assertThat(child.exitValue()).hasValue(143); // SIGTERM: the JVM ran its shutdown and exited
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aChildLeftBehindByAKilledLauncherIsStoppedByTheNextRun() throws Exception {
        child = sleeper().start();
        ChildLedger ledger = new ChildLedger(dir.resolve("run/children"));
        ledger.add(child);

        List<String> stopped = new ChildLedger(dir.resolve("run/children")).stopLeftovers();

        assertThat(stopped).containsExactly("sleeper (pid " + child.pid() + ")");
        assertThat(child.handle().onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(dir.resolve("run/children")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aProcessThatIsNotOursIsLeftAlone() throws Exception {
        child = sleeper().start(); // a process that now has a pid the ledger recorded for one started in 2001
        ChildLedger ledger = new ChildLedger(dir.resolve("children"));
        java.nio.file.Files.writeString(dir.resolve("children"),
                child.pid() + " 2001-01-01T00:00:00Z recycled-pid\n");

        assertThat(ledger.stopLeftovers()).isEmpty();
        Thread.sleep(500);
        assertThat(child.alive()).as("the other process is still running").isTrue();
    }

    private void awaitLog(String text) throws InterruptedException {
        for (int i = 0; i < 100 && child.logTail(5).stream().noneMatch(text::equals); i++) {
            Thread.sleep(100);
        }
        assertThat(child.logTail(5)).contains(text);
    }
}
