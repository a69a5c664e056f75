package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static final String[] UNITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九, as grids are named. */
    private static String chinese(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        return (n / 10 == 1 ? "" : UNITS[n / 10]) + "十" + UNITS[n % 10];
    }

    private static List<String> shuffled(List<String> in) {
        List<String> out = new ArrayList<>(in);
        Collections.shuffle(out, new Random(12));
        return out;
    }

    @Test
    void chineseNumeralsUpToNinetyNineSortAsCounted() {
        List<String> grids = new ArrayList<>();
        for (int n = 1; n <= 99; n++) {
            grids.add("第" + chinese(n) + "网格");
        }
        List<String> sorted = shuffled(grids);
        sorted.sort(NaturalOrder.TEXT);
        assertEquals(grids, sorted);
        assertEquals(List.of("第一网格", "第二网格", "第三网格", "第十网格", "第十一网格"),
                sorted(List.of("第十一网格", "第三网格", "第十网格", "第一网格", "第二网格")));
    }

    @Test
    void digitsMixedWithTextSortByValue() {
        assertEquals(List.of("1号楼", "2号楼", "10号楼", "10号楼2单元", "10号楼10单元"),
                sorted(List.of("10号楼10单元", "10号楼", "2号楼", "10号楼2单元", "1号楼")));
        assertEquals(List.of("Grid 2", "Grid 10", "grid 11"), sorted(List.of("grid 11", "Grid 10", "Grid 2")));
    }

    @Test
    void theRestOfTheTextDecidesFirstAndNullsComeLast() {
        List<String> names = sorted(List.of("阳泉社区", "东虹社区", "第二网格"));
        assertTrue(names.indexOf("东虹社区") < names.indexOf("阳泉社区"), names.toString());
        List<String> withNull = new ArrayList<>(java.util.Arrays.asList(null, "第二", "第一"));
        withNull.sort(NaturalOrder.TEXT);
        assertEquals(java.util.Arrays.asList("第一", "第二", null), withNull);
        assertEquals(0, NaturalOrder.TEXT.compare("第十网格", "第十网格"));
        assertTrue(NaturalOrder.TEXT.compare("第十网格", "第10网格") != 0, "different names never compare equal");
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(NaturalOrder.TEXT);
        return out;
    }
}
