package org.dianmifeng.console.certificate;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes certificates ({@link CertificatePages}) through the report pipeline: register entries printed again, or
 * new ones issued and printed. Issuing is saved first (its own transaction); if the file then cannot be written, the
 * certificates stay in the register and are printed again from there. Needs {@link
 * org.dianmifeng.console.core.Permission#CERTIFICATE_ISSUE}.
 */
public final class CertificateReport {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateReport.class);
    private final CertificateService certificates;

    public CertificateReport(CertificateService certificates) {
        this.certificates = certificates;
    }

    /** What was written: the file and the numbers in it, in order. */
    public record Written(Path file, List<String> numbers) {
    }

    /** Prints the register entries {@code ids} (none revoked) into {@code out}, one page each. */
    public Written print(Session who, Collection<Long> ids, Path out, Messages m, Progress p) {
        ReportPipeline.Saved<List<String>> saved = ReportPipeline.write(out, p, progress -> {
            List<CertificateRow> rows = certificates.printable(who, ids);
            return new ReportPipeline.Built<>(new CertificatePages(m).build(rows, progress),
                    rows.stream().map(r -> r.certificate().certNo()).toList());
        });
        LOG.info("{} printed the certificates {} to {}", who.username(), saved.result(), saved.file());
        return new Written(saved.file(), saved.result());
    }

    /** Issues a certificate to one volunteer and prints it into {@code out}. */
    public Written issue(Session who, long personId, java.time.LocalDate from, java.time.LocalDate to, Path out,
                         Messages m, Progress p) {
        org.dianmifeng.console.report.ReportFile.target(out);
        Certificate c = certificates.issue(who, personId, from, to, m);
        return print(who, List.of(c.id()), out, m, p);
    }

    /** Issues a certificate to every volunteer who served with a team in the period and prints them into {@code out}. */
    public Written issueForTeam(Session who, long teamId, java.time.LocalDate from, java.time.LocalDate to, Path out,
                                Messages m, Progress p) {
        org.dianmifeng.console.report.ReportFile.target(out);
        List<Certificate> issued = certificates.issueForTeam(who, teamId, from, to, m);
        return print(who, issued.stream().map(Certificate::id).toList(), out, m, p);
    }
}
