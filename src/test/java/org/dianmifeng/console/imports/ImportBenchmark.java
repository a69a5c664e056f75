package org.dianmifeng.console.imports;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * How long an import of 20,000 people from .xlsx takes, against a plain streaming POI read of the same file in the
 * same run (XSSFReader + XSSFSheetXMLHandler, every cell formatted, nothing kept): the preview (read, clean, check
 * every row by the person form's rules, look each up in the register) and the import (a backup, then the rows written
 * and audited in one transaction). Each read and preview is the median of 3, in wall-clock time and in the CPU time of
 * the thread (on a machine shared with other builds the wall clock says more about them); the import's own reader
 * alone is timed in CPU as well, and the import in both (the embedded database works in the calling thread); the
 * peak of the heap is printed per step.
 * <p>
 * Not part of the suite (surefire excludes *Benchmark*): {@code mvn -o test -Dtest=ImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (the suite's 1 GB heap), or in a 256 MB heap after {@code mvn -o
 * package -DskipTests}: {@code java -Xmx256m -cp "target/test-classes:target/classes:target/lib/*"
 * org.dianmifeng.console.imports.ImportBenchmark}.
 */
class ImportBenchmark {
    static final int PEOPLE = Integer.getInteger("import.people", 20_000);

    @Test
    void importOfTwentyThousandPeople() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bee-import-benchmark");
        Path file = ImportFiles.many(dir.resolve("people.xlsx"), PEOPLE, "JY");
        System.out.printf("%d people, %.1f MB, max heap %d MB%n", PEOPLE, Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        try (TestServices t = new TestServices(dir.resolve("data"))) {
            t.unit("JY", "江阴市供电公司", t.city());
            ImportService imports = t.services().imports();
            long[] read = new long[3];
            long[] preview = new long[3];
            long[] readCpu = new long[3];
            long[] ownReadCpu = new long[3];
            long[] previewCpu = new long[3];
            long readPeak = 0;
            long previewPeak = 0;
            for (int i = 0; i < 3; i++) {
                resetPeaks();
                long start = System.nanoTime();
                long cpu = cpu();
                int rows = plainRead(file);
                read[i] = (System.nanoTime() - start) / 1_000_000;
                readCpu[i] = (cpu() - cpu) / 1_000_000;
                readPeak = Math.max(readPeak, peak());
                if (rows != PEOPLE + 1) {
                    throw new AssertionError(rows + " rows read");
                }
                cpu = cpu();
                int[] cells = {0};
                SheetReader.read(file, (number, row) -> cells[0] += row.size());
                ownReadCpu[i] = (cpu() - cpu) / 1_000_000;
                resetPeaks();
                start = System.nanoTime();
                cpu = cpu();
                ImportPlan plan = imports.preview(TestServices.OFFICE, file, ImportOptions.DEFAULT, Progress.NONE);
                preview[i] = (System.nanoTime() - start) / 1_000_000;
                previewCpu[i] = (cpu() - cpu) / 1_000_000;
                previewPeak = Math.max(previewPeak, peak());
                if (plan.count(RowStatus.NEW) != PEOPLE) {
                    throw new AssertionError(plan.errors().stream().limit(3).toList().toString());
                }
            }
            resetPeaks();
            long start = System.nanoTime();
            long runStartCpu = cpu();
            ImportRecord done = imports.run(TestServices.OFFICE, file, ImportOptions.DEFAULT, Progress.NONE);
            long run = (System.nanoTime() - start) / 1_000_000;
            long runCpu = (cpu() - runStartCpu) / 1_000_000;
            long runPeak = peak();
            long r = median(read);
            long p = median(preview);
            System.out.printf("plain streaming read: %d ms (runs %s), heap peak %d MB%n", r, Arrays.toString(read), readPeak >> 20);
            System.out.printf("preview with validation: %d ms (runs %s) = %.2f x the plain read, heap peak %d MB%n", p,
                    Arrays.toString(preview), (double) p / r, previewPeak >> 20);
            System.out.printf("the same in CPU time of the thread (less disturbed by other work on the machine): read %d ms "
                    + "(runs %s), preview %d ms (runs %s) = %.2f x%n", median(readCpu), Arrays.toString(readCpu),
                    median(previewCpu), Arrays.toString(previewCpu), (double) median(previewCpu) / median(readCpu));
            System.out.printf("the import's own reader (SheetReader, every cell, nothing kept), CPU: %d ms (runs %s) = %.2f x "
                    + "the plain read%n", median(ownReadCpu), Arrays.toString(ownReadCpu),
                    (double) median(ownReadCpu) / median(readCpu));
            System.out.printf("import (backup, %d added, audited, one transaction): %d ms, CPU of the thread %d ms, "
                    + "heap peak %d MB%n", done.added(), run, runCpu, runPeak >> 20);
        }
    }

    /** The baseline: every cell of the first sheet formatted by POI's streaming reader, nothing kept. */
    static int plainRead(Path file) throws Exception {
        int[] rows = {0};
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(pkg, false), new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            rows[0]++;
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                        }
                    }, false));
            try (InputStream in = reader.getSheetsData().next()) {
                parser.parse(new InputSource(in));
            }
        }
        return rows[0];
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(b -> b.getType() == MemoryType.HEAP)
                .mapToLong(b -> b.getPeakUsage().getUsed()).sum();
    }
}
