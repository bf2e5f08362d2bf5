package io.membership.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsTest {

    @Test
    void tableAndJsonCarryTheSameFiguresAndErrors(@TempDir Path dir) throws Exception {
        Results results = new Results();
        results.context("cores", 2);
        results.add("1 raw", "Mongo append", 423.7, "events/s", 3, "p99 2 ms");
        results.add("ratio", "saga ÷ append", 0.0031, "x");

        assertThat(results.table()).contains("Mongo append").contains("424").contains("|      3 |").contains("0.0031");
        String json = Files.readString(results.writeJson(dir, "test"));
        assertThat(json).contains("\"cores\" : 2").contains("\"value\" : 423.7").contains("\"errors\" : 3");
    }

    @Test
    void missingFiguresShowAsNotAvailable() {
        assertThat(Results.format(Double.NaN)).isEqualTo("n/a");
    }
}
