package org.dianmifeng.console.unit;

import java.util.List;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Texts;

/** The registry of people: staff, volunteers and party members. */
public final class PersonService {
    static final String ENTITY = "PERSON";
    private final Database db;
    private final Audit audit;

    public PersonService(Database db, Audit audit) {
        this.db = db;
        this.audit = audit;
    }

    /** Up to {@code limit} people matching a name or number, for pickers in other areas. */
    public List<PersonRef> search(Session who, String text, int limit) {
        String t = Texts.clean(text);
        return t == null ? List.of() : db.read(dsl -> new PersonStore(dsl).search(t, limit));
    }
}
