package org.dianmifeng.console.app;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.honour.HonourFilter;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HonourSampleDataTest {
    @TempDir Path dir;

    @Test
    void theArticlesHonoursAndASpreadOverYearsLevelsAndRecipientsAreThereAndFollowTheRules(@TempDir Path other) {
        List<String> first = load(dir);
        assertEquals(first, load(other), "the same seed makes the same honours");
        try (TestServices t = new TestServices(dir)) {
            var honours = t.services().honours();
            List<HonourRow> rows = honours.list(ADMIN, HonourFilter.ALL);
            assertTrue(rows.size() >= 40 && rows.size() <= 60, "about 40 to 60: " + rows.size());
            List<HonourRow> yixing = honours.list(ADMIN, new HonourFilter(2021, null, null, "蜜蜂行动", null));
            assertTrue(yixing.stream().anyMatch(r -> r.honour().level() == HonourLevel.NATIONAL
                    && r.honour().title().contains("“四个100”最佳志愿服务组织")
                    && r.honour().recipientKind() == RecipientKind.TEAM), yixing.toString());
            assertTrue(yixing.stream().anyMatch(r -> r.honour().level() == HonourLevel.PROVINCIAL
                    && r.honour().title().equals("江苏省优秀志愿服务组织")));
            assertTrue(yixing.stream().allMatch(r -> r.recipientUnitName().equals("宜兴市供电公司")));

            assertEquals(EnumSet.allOf(HonourLevel.class), rows.stream().map(r -> r.honour().level())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(HonourLevel.class))));
            assertEquals(EnumSet.allOf(RecipientKind.class), rows.stream().map(r -> r.honour().recipientKind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecipientKind.class))));
            int thisYear = LocalDate.now(TestServices.CLOCK).getYear();
            Set<Integer> years = rows.stream().map(r -> r.honour().year()).collect(Collectors.toSet());
            for (int y = 2019; y <= thisYear; y++) {
                assertTrue(years.contains(y), "honours in " + y);
            }
            long numbered = rows.stream().filter(r -> r.honour().certificateNo() != null).count();
            assertTrue(numbered > rows.size() / 2 && numbered < rows.size(), "most have a number: " + numbered);
            assertTrue(rows.stream().allMatch(r -> r.honour().awardedOn() != null), "every sample honour is dated");
            assertTrue(rows.stream().anyMatch(r -> r.honour().notes() != null));
            LocalDate today = LocalDate.now(TestServices.CLOCK);
            rows.forEach(r -> r.honour().check(today).throwIfAny());
            assertEquals(rows.size(), honours.list(ADMIN, new HonourFilter(null, null,
                    t.services().units().all(ADMIN).stream().filter(u -> u.parentId() == null).findFirst().orElseThrow()
                            .id(), null, null)).size(), "every recipient belongs to a unit of the tree");
        }
    }

    private static List<String> load(Path folder) {
        try (TestServices t = new TestServices(folder)) {
            new SampleData(t.services(), SampleData.DEFAULT_SEED).load(300, false, Progress.NONE);
            return t.services().honours().list(ADMIN, HonourFilter.ALL).stream()
                    .map(r -> r.honour().summary() + " " + r.recipientName()).toList();
        }
    }
}
