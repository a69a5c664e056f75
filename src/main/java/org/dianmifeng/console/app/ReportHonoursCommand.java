package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.honour.HonourReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report honours --year Y [--to Y2] --out FILE.xlsx [--data DIR] [--unit CODE]}: the 年度荣誉汇总表 of a year
 * (or of the years Y..Y2) of the data folder's database, for every unit or one unit and the units below it, written
 * as the system in the machine's language: the same workbook the console makes.
 */
@Command(name = "honours", mixinStandardHelpOptions = true)
final class ReportHonoursCommand implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--year", paramLabel = "YEAR", required = true, descriptionKey = "honourroll.year")
    int year;

    @Option(names = "--to", paramLabel = "YEAR", descriptionKey = "honourroll.to")
    Integer to;

    @Option(names = "--unit", paramLabel = "CODE", descriptionKey = "honourroll.unit")
    String unit;

    @Mixin ReportFiles files;

    @Override
    public Integer call() {
        ReportCommand.requireYear("--year", year);
        if (to != null) {
            ReportCommand.requireYear("--to", to);
        }
        return parent.run(files, spec, (services, who, m) -> {
            HonourReport.Written written = services.honourReport().write(who, year,
                    to == null ? year : to, unit, files.out, m, Progress.NONE);
            return m.text("honourroll.done", written.file(), written.honours());
        });
    }
}
