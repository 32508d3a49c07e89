package org.ressin.core.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class BatemanFilterTest {

    private static Path golden(String name) {
        return Path.of(System.getProperty("ressin.shared", "../../shared"), "cvxeda-golden", "cases", name);
    }

    @Test
    void coefficientsAndImpulsePeakMatchTheReferenceGenerator() throws IOException {
        JsonObject gen = JsonParser.parseString(Files.readString(golden("syn_30s_z.json")))
                .getAsJsonObject().getAsJsonObject("generator");
        BatemanFilter f = BatemanFilter.standard(50);
        double[] ar = f.ar();
        for (int i = 0; i < 3; i++) {
            double expected = gen.getAsJsonArray("bateman_ar").get(i).getAsDouble();
            assertEquals(expected, ar[i], 1e-9 * Math.abs(expected));
        }
        assertEquals(gen.get("impulse_response_peak").getAsDouble(), f.impulsePeak(), 1e-12);
    }

    @Test
    void phasicOfTheReferenceDriverMatchesItsTruth() throws IOException {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(golden("syn_30s_z.truth.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().build().parse(r).getRecords();
        }
        double[] p = rows.stream().mapToDouble(x -> Double.parseDouble(x.get("p_true"))).toArray();
        double[] expected = rows.stream().mapToDouble(x -> Double.parseDouble(x.get("r_true"))).toArray();
        double[] r = BatemanFilter.standard(50).apply(p);
        double max = 0;
        for (double v : expected) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < r.length; i++) {
            assertEquals(expected[i], r[i], 1e-9 * max, "sample " + i);
        }
    }

    @Test
    void dcGainIsTau0MinusTau1() {
        double[] constant = new double[50 * 60];
        java.util.Arrays.fill(constant, 1.0);
        double[] r = BatemanFilter.standard(50).apply(constant);
        assertEquals(1.3, r[r.length - 1], 1e-9);
    }

    @Test
    void rejectsEqualTimeConstants() {
        assertThrows(IllegalArgumentException.class, () -> new BatemanFilter(50, 1, 1));
    }
}
