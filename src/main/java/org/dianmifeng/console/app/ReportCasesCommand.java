package org.dianmifeng.console.app;

import java.util.concurrent.Callable;
import org.dianmifeng.console.aidcase.CaseReport;
import org.dianmifeng.console.core.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report cases --out FILE.xlsx [--data DIR]}: the 梦想小屋帮扶个案登记表 of the data folder's database,
 * written as the system, in the machine's language. Always pseudonymised: the register has no identity column
 * and this command has no option that could ask for one (the summary with identity is for case officers, in
 * the window, with a logged reason).
 */
@Command(name = "cases", mixinStandardHelpOptions = true)
final class ReportCasesCommand implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Mixin ReportFiles files;

    @Override
    public Integer call() {
        return parent.run(files, spec, (services, who, m) -> {
            CaseReport.Written written = services.caseReport().register(who, files.out, m, Progress.NONE);
            return m.text("casereport.register.done", written.file(), written.cases());
        });
    }
}
