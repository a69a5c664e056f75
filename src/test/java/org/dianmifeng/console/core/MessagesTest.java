package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dianmifeng.console.party.MemberRef;
import org.dianmifeng.console.unit.PersonRef;
import org.junit.jupiter.api.Test;

class MessagesTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);

    @Test
    void aListArgumentAndANameWithADetailFollowTheLanguage() {
        String en = EN.text("error.appraisal.reasonMissing", List.of("张三", "李四"));
        assertTrue(en.contains("张三, 李四"), en);
        assertTrue(ZH.text("error.appraisal.reasonMissing", List.of("张三", "李四")).contains("张三、李四"));
        PersonRef person = new PersonRef(1, "张三", "江阴市供电公司", "E1234", null);
        assertEquals("张三 (江阴市供电公司 · E1234)", person.label(EN));
        assertEquals("张三（江阴市供电公司 · E1234）", person.label(ZH));
        assertEquals("张三 (宜兴市供电公司 · 运检党支部)", new MemberRef(1, 1, "张三", "宜兴市供电公司", 2, "运检党支部").label(EN));
    }

    @Test
    void aUserIsNamedWithTheUsernameAfterItOrByUsernameAlone() {
        assertEquals("演示帮扶专员（officer）", new UserName("officer", "演示帮扶专员").shown(ZH));
        assertEquals("Demo officer (officer)", new UserName("officer", "Demo officer").shown(EN));
        assertEquals("gone", new UserName("gone", null).shown(ZH), "an account since deleted");
    }

    @Test
    void aLostServerConnectionIsToldAsSuchAndOtherFailuresAreNot() {
        RuntimeException lost = new RuntimeException("jOOQ", new java.sql.SQLException("I/O error", "08006"));
        assertEquals(ZH.text("error.server.lost"), ZH.describe(lost));
        assertEquals(EN.text("error.server.lost"), EN.describe(new java.sql.SQLTransientConnectionException("pool")));
        assertEquals(ZH.text("error.server.lost"), ZH.describe(new java.sql.SQLException("terminated", "57P01")));
        assertEquals(ZH.text("error.unexpected", "SQLException"),
                ZH.describe(new java.sql.SQLException("duplicate", "23505")));
    }
}
