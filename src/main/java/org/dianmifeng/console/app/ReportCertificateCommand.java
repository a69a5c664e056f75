package org.dianmifeng.console.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dianmifeng.console.certificate.CertificateReport;
import org.dianmifeng.console.certificate.CertificateRow;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Dates;
import org.dianmifeng.console.core.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report certificate --person VOLUNTEER_NO|--team NAME --from DATE --to DATE --out FILE.xlsx [--data DIR]}:
 * issues 志愿服务记录证明 (kept in the register, each with its number) and writes them, one A4 page each;
 * {@code report certificate --number DMF-ZM-2026-000123 --out FILE.xlsx} prints a register entry again. As the
 * signed-in account, which needs the permission to issue certificates, as in the window.
 */
@Command(name = "certificate", mixinStandardHelpOptions = true)
final class ReportCertificateCommand implements Callable<Integer> {
    @ParentCommand ReportCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--person", paramLabel = "VOLUNTEER_NO", descriptionKey = "report.certificate.person")
    String person;

    @Option(names = "--team", paramLabel = "NAME", descriptionKey = "report.certificate.team")
    String team;

    @Option(names = "--number", paramLabel = "NUMBER", descriptionKey = "report.certificate.number")
    String number;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "report.certificate.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "report.certificate.to")
    String to;

    @Mixin ReportFiles files;

    @Override
    public Integer call() {
        long targets = java.util.stream.Stream.of(person, team, number).filter(s -> s != null && !s.isBlank()).count();
        if (targets != 1) {
            throw new ConsoleException("error.certificate.oneTarget");
        }
        LocalDate fromDate = number == null ? date("--from", from) : null;
        LocalDate toDate = number == null ? date("--to", to) : null;
        return parent.run(files, spec, (services, who, m) -> {
            CertificateReport report = services.certificateReport();
            CertificateReport.Written written;
            if (number != null) {
                CertificateRow row = services.certificates().byNumber(who, number)
                        .orElseThrow(() -> new ConsoleException("error.certificate.noNumber", number));
                written = report.print(who, List.of(row.id()), files.out, m, Progress.NONE);
            } else if (person != null) {
                written = report.issue(who, services.certificates().personByVolunteerNo(person), fromDate, toDate,
                        files.out, m, Progress.NONE);
            } else {
                written = report.issueForTeam(who, services.certificates().teamByName(team), fromDate, toDate,
                        files.out, m, Progress.NONE);
            }
            return m.text("certificate.done", written.file(), written.numbers().size(),
                    String.join(", ", written.numbers()));
        });
    }

    /** The date of an option, refused (naming it) when missing or unreadable. */
    private static LocalDate date(String option, String text) {
        try {
            return Dates.parse(text).orElseThrow(() -> new ConsoleException("error.certificate.periodNeeded"));
        } catch (DateTimeParseException e) {
            throw new ConsoleException("error.certificate.dateUnreadable", option, text);
        }
    }
}
