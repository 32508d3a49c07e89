package org.ressin.core.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ressin.core.cvxeda.BaselineCorrection;
import org.ressin.core.cvxeda.CvxEda;
import org.ressin.core.cvxeda.CvxEdaException;
import org.ressin.core.cvxeda.CvxEdaParameters;
import org.ressin.core.cvxeda.CvxEdaVersion;
import org.ressin.core.cvxeda.Decomposition;
import org.ressin.core.cvxeda.GapFiller;
import org.ressin.core.cvxeda.SolverAccuracy;
import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.PmemoDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ressin decompose}: cvxEDA on one signal column of a CSV file, written as columns y, r, p, t, e.
 *
 * <p>A PMEmo folder as input is not supported yet: it needs the PMEmo reader (another package).
 */
@Command(name = "decompose", mixinStandardHelpOptions = true,
        description = {"cvxEDA decomposition of one EDA signal in a CSV file into phasic (r), driver (p), tonic (t)"
                + " and residual (e); writes columns y,r,p,t,e at full double precision.",
                "Missing values (empty, NaN, NA) are rejected unless --fill-gaps allows filling short gaps."})
public final class DecomposeCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR",
            description = "CSV file with the signal, or a PMEmo folder (one decomposition per recording)")
    Path input;

    @Option(names = "--rate", paramLabel = "HZ", description = "sampling rate in Hz (a PMEmo folder gives its own)")
    Double rate;

    @Option(names = "--output", required = true, paramLabel = "FILE|DIR",
            description = "CSV file to write (never the input); for a PMEmo folder: a new or empty folder that gets"
                    + " <musicId>_<subjectId>.csv per recording")
    Path output;

    @Option(names = "--column", paramLabel = "NAME",
            description = "signal column: header name, or 1-based number if the file has no header"
                    + " (default: column 'y' if present, else the first numeric column)")
    String column;

    @Option(names = "--tau0", paramLabel = "S", description = "slow Bateman time constant in s (default ${DEFAULT-VALUE})")
    double tau0 = CvxEdaParameters.defaults().tau0();

    @Option(names = "--tau1", paramLabel = "S", description = "fast Bateman time constant in s (default ${DEFAULT-VALUE})")
    double tau1 = CvxEdaParameters.defaults().tau1();

    @Option(names = "--knot-spacing", paramLabel = "S", description = "tonic spline knot spacing in s (default ${DEFAULT-VALUE})")
    double knotSpacing = CvxEdaParameters.defaults().knotSpacingSeconds();

    @Option(names = "--alpha", description = "driver sparsity weight (default ${DEFAULT-VALUE})")
    double alpha = CvxEdaParameters.defaults().alpha();

    @Option(names = "--gamma", description = "spline ridge weight (default ${DEFAULT-VALUE})")
    double gamma = CvxEdaParameters.defaults().gamma();

    @Option(names = "--baseline", paramLabel = "KIND",
            description = "none, constant, linear or spline-offset (default linear)")
    String baseline = "linear";

    @Option(names = "--legacy-2017", description = "reproduce the 2017 reference version instead of the current one")
    boolean legacy;

    @Option(names = "--fill-gaps", paramLabel = "S",
            description = "fill runs of missing values up to this many seconds by linear interpolation (default 0: none)")
    double fillGaps;

    @Option(names = "--accuracy", paramLabel = "A", description = "solver accuracy: REFERENCE (default: the reference"
            + " implementation's own stopping point) or TIGHT (relative gap 1e-12, about 15 % slower)")
    SolverAccuracy accuracy = SolverAccuracy.REFERENCE;

    @Option(names = "--overwrite", description = "replace an existing output file")
    boolean overwrite;

    @Override
    public Integer call() {
        try {
            run();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("ressin decompose: " + e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            System.err.println("ressin decompose: " + e.getMessage());
            return 1;
        }
    }

    private void run() {
        CvxEdaParameters parameters = new CvxEdaParameters(tau0, tau1, knotSpacing, alpha, gamma, parseBaseline(baseline),
                legacy ? CvxEdaVersion.LEGACY_2017 : CvxEdaVersion.CURRENT);
        if (Files.isDirectory(input)) {
            decomposeFolder(parameters);
            return;
        }
        if (rate == null) {
            throw new IllegalArgumentException("--rate is needed for a CSV input (" + input + ")");
        }
        checkOutput();
        Signal signal = read(input, column);
        double[] y = signal.values;
        GapFiller.Filled filled = new GapFiller(fillGaps).fill(y, rate, input + ", column '" + signal.name + "'");
        long start = System.nanoTime();
        Decomposition d;
        try {
            d = new CvxEda(parameters, accuracy).decompose(filled.samples(), rate);
        } catch (CvxEdaException e) {
            throw new CvxEdaException(input + ", column '" + signal.name + "': " + e.getMessage());
        }
        double millis = (System.nanoTime() - start) / 1e6;
        write(d, output);
        System.out.printf(Locale.ROOT, "%s: %d samples of column '%s' at %s Hz (%d missing filled in %d gaps)%n",
                input, d.length(), signal.name, rate, filled.filledSamples(), filled.gaps());
        System.out.printf(Locale.ROOT, "objective %s, status %s, %d iterations, %.1f ms%n", d.objective(), d.status(),
                d.iterations(), millis);
        System.out.println("wrote " + output);
    }

    static BaselineCorrection parseBaseline(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "none" -> BaselineCorrection.NONE;
            case "constant" -> BaselineCorrection.CONSTANT;
            case "linear" -> BaselineCorrection.LINEAR;
            case "spline-offset", "spline_offset" -> BaselineCorrection.SPLINE_OFFSET;
            default -> throw new IllegalArgumentException("--baseline must be none, constant, linear or spline-offset,"
                    + " was '" + text + "'");
        };
    }

    private void checkOutput() {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        try {
            if (in.equals(out) || (Files.exists(out) && Files.isSameFile(in, out))) {
                throw new IllegalArgumentException("--output " + output + " is the input file; refusing to overwrite it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Files.exists(out) && !overwrite) {
            throw new IllegalArgumentException("--output " + output + " exists; pass --overwrite to replace it");
        }
    }

    /** The chosen column of a CSV file. */
    record Signal(String name, double[] values) { }

    /**
     * Reads one numeric column. The first record is a header if any of its fields is not a number. Empty cells,
     * empty lines and NaN/NA are missing values (NaN), so the time grid is kept; anything else that is not a
     * number is an error naming file, line and column.
     */
    static Signal read(Path file, String column) {
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).build().parse(reader)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw new IllegalArgumentException(file + ": the file is empty");
            }
            CSVRecord first = records.get(0);
            boolean header = false;
            for (String field : first) {
                if (!isNumberOrMissing(field)) {
                    header = true;
                    break;
                }
            }
            int index = columnIndex(file, column, first, header, records);
            String name = header ? first.get(index) : String.valueOf(index + 1);
            List<CSVRecord> data = header ? records.subList(1, records.size()) : records;
            double[] values = new double[data.size()];
            for (int i = 0; i < values.length; i++) {
                CSVRecord record = data.get(i);
                long line = record.getRecordNumber();
                if (index >= record.size()) {
                    throw new IllegalArgumentException(file + ", line " + line + ": no column '" + name + "' (only "
                            + record.size() + " fields)");
                }
                String field = record.get(index);
                if (isMissing(field)) {
                    values[i] = Double.NaN;
                } else {
                    try {
                        values[i] = Double.parseDouble(field);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ", line " + line + ", column '" + name + "': '"
                                + field + "' is not a number");
                    }
                    if (Double.isInfinite(values[i])) {
                        throw new IllegalArgumentException(file + ", line " + line + ", column '" + name + "': '"
                                + field + "' is infinite");
                    }
                }
            }
            if (values.length == 0) {
                throw new IllegalArgumentException(file + ": no data rows");
            }
            return new Signal(name, values);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static int columnIndex(Path file, String column, CSVRecord first, boolean header, List<CSVRecord> records) {
        if (column != null) {
            if (header) {
                List<String> names = new ArrayList<>();
                first.forEach(names::add);
                int index = names.indexOf(column);
                if (index < 0) {
                    throw new IllegalArgumentException(file + ": no column '" + column + "' in the header " + names);
                }
                return index;
            }
            try {
                int number = Integer.parseInt(column);
                if (number < 1 || number > first.size()) {
                    throw new IllegalArgumentException(file + ": column number " + number + " out of range 1.."
                            + first.size());
                }
                return number - 1;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " has no header line; give --column as a 1-based number, not '"
                        + column + "'");
            }
        }
        if (header) {
            for (int i = 0; i < first.size(); i++) {
                if (first.get(i).equals("y")) {
                    return i;
                }
            }
            // first column whose first data value is numeric
            if (records.size() > 1) {
                CSVRecord row = records.get(1);
                for (int i = 0; i < row.size(); i++) {
                    if (isNumberOrMissing(row.get(i)) && !isMissing(row.get(i))) {
                        return i;
                    }
                }
            }
            throw new IllegalArgumentException(file + ": no numeric column found; choose one with --column");
        }
        return 0;
    }

    private static boolean isMissing(String field) {
        return field.isEmpty() || field.equalsIgnoreCase("nan") || field.equalsIgnoreCase("na");
    }

    private static boolean isNumberOrMissing(String field) {
        if (isMissing(field)) {
            return true;
        }
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Every recording of a PMEmo folder, song by song, each song's recordings on all cores. */
    private void decomposeFolder(CvxEdaParameters parameters) {
        Path out = output.toAbsolutePath().normalize();
        if (out.startsWith(input.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("--output " + output + " is inside the dataset folder " + input
                    + "; refusing to write there (the dataset's files must not be overwritten)");
        }
        try {
            if (Files.exists(out) && (!Files.isDirectory(out) || hasEntries(out))) {
                throw new IllegalArgumentException("--output " + output + " must be a new or empty folder for a PMEmo input");
            }
            Files.createDirectories(out);
            PmemoDataset dataset = PmemoDataset.open(input);
            CvxEda cvxEda = new CvxEda(parameters, accuracy);
            GapFiller gaps = new GapFiller(fillGaps);
            Map<String, Integer> statuses = new TreeMap<>();
            List<String> failed = new ArrayList<>();
            long start = System.nanoTime();
            int[] count = {0};
            dataset.forEachSong((musicId, recordings) -> {
                List<String> results = recordings.parallelStream().map(r -> {
                    try {
                        Recording filled = gaps.fill(r);
                        Decomposition d = cvxEda.decompose(rate == null ? filled
                                : new Recording(r.musicId(), r.subjectId(), rate, filled.samples()));
                        write(d, out.resolve(r.musicId() + "_" + r.subjectId() + ".csv"));
                        return d.status().name();
                    } catch (CvxEdaException e) {
                        return "FAILED " + e.getMessage();
                    }
                }).toList();
                for (String res : results) {
                    if (res.startsWith("FAILED ")) {
                        failed.add(res.substring(7));
                    } else {
                        statuses.merge(res, 1, Integer::sum);
                    }
                }
                count[0] += recordings.size();
                System.err.printf(Locale.ROOT, "\rdecomposed %d recordings   ", count[0]);
            });
            System.err.println();
            System.out.printf(Locale.ROOT, "%s: %d recordings in %.1f s -> %s; status %s%n", input, count[0],
                    (System.nanoTime() - start) / 1e9, output, statuses);
            if (!failed.isEmpty()) {
                System.out.println(failed.size() + " recording(s) not decomposed, e.g. "
                        + String.join("; ", failed.subList(0, Math.min(3, failed.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static boolean hasEntries(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    private static void write(Decomposition d, Path output) {
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        try (BufferedWriter writer = Files.newBufferedWriter(tmp);
             CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("y", "r", "p", "t", "e").build().print(writer)) {
            for (int i = 0; i < d.length(); i++) {
                printer.printRecord(Double.toString(d.originAt(i)), Double.toString(d.phasicAt(i)),
                        Double.toString(d.driverAt(i)), Double.toString(d.tonicAt(i)), Double.toString(d.residualAt(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        }
    }
}
