package dev.livesell.examples.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.livesell.examples.LivesellCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code check} rejects flags that do not apply to the chosen mode instead of silently ignoring them. */
class CheckCommandFlagsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "check --errors 全网最低价 | --errors",
            "check --disguise any 全网最低价 | --disguise",
            "check --eval fraud-detector/data/holdout.tsv --catalog examples/src/main/resources/sample/catalog.jsonl | --catalog",
            "check --eval fraud-detector/data/holdout.tsv --product p-1001 | --product",
            "check --eval fraud-detector/data/holdout.tsv --json | --json"})
    void flagsOfTheOtherModeFailWithExitTwo(String command, String flag) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LivesellCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(command.split(" "));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().startsWith("error: " + flag + ": "), err.toString());
    }
}
