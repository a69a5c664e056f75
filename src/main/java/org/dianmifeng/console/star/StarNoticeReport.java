package org.dianmifeng.console.star;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.dianmifeng.console.certificate.CertificateService;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.ReportPipeline;

/**
 * Writes the 星级志愿者公示名单 ({@link StarNotice}) of the levels on notice, through the report pipeline. The list is
 * public: every signed-in role may make it.
 */
public final class StarNoticeReport {
    private final Database db;
    private final Clock clock;

    public StarNoticeReport(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Writes the notice list of the levels {@code ids} that are on notice (null: every level on notice now) to
     * {@code out}; refused when none is on notice. Returns the file and the number of volunteers listed.
     */
    public ReportPipeline.Saved<Integer> write(Session who, Collection<Long> ids, Path out, Messages m, Progress p) {
        return ReportPipeline.write(out, p, progress -> {
            List<StarRow> rows = db.read(dsl -> new StarStore(dsl).rows(StarState.NOTICE)).stream()
                    .filter(r -> ids == null || ids.contains(r.id()))
                    .sorted(java.util.Comparator.comparing((StarRow r) -> r.level().stars()).reversed()
                            .thenComparing(StarRow::unitName).thenComparing(StarRow::name))
                    .toList();
            if (rows.isEmpty()) {
                throw new ConsoleException("error.star.noneOnNotice");
            }
            String organisation = db.read(CertificateService::organisation);
            return new ReportPipeline.Built<>(new StarNotice(m, LocalDate.now(clock), organisation).build(rows, progress),
                    rows.size());
        });
    }
}
