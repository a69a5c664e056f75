package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonFormViewModelTest {
    @TempDir Path dir;
    TestServices t;
    PersonService people;
    PersonListViewModel list;
    Unit jiangyin;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        people = t.services().people();
        jiangyin = t.unit("JY", "江阴市供电公司", t.city());
        list = new PersonListViewModel(new UiContext(OFFICE, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                people, t.services().units());
        list.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aNewFormStartsEmptyAndAValidIdFillsBirthDateAndGender() {
        PersonFormViewModel form = list.newForm();
        form.load();
        assertTrue(form.loadedProperty().get());
        assertEquals("", form.nameProperty().get());
        assertNull(form.genderProperty().get());
        assertNull(form.birthDateProperty().get());
        assertNull(form.unitProperty().get());
        assertTrue(form.unitChoices().stream().anyMatch(u -> u.id().equals(jiangyin.id())));
        assertTrue(form.unitChoiceText(jiangyin).matches("\u3000+江阴市供电公司"), "indented under its parent, as the filter shows it");

        form.idNumberProperty().set("3202821985061500");
        assertNull(form.birthDateProperty().get(), "an unfinished number fills nothing");
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028219850615002").toLowerCase());
        assertEquals(LocalDate.of(1985, 6, 15), form.birthDateProperty().get());
        assertEquals(Gender.FEMALE, form.genderProperty().get());

        form.birthDateProperty().set(LocalDate.of(1985, 6, 16));
        form.genderProperty().set(Gender.MALE);
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028119900101123"));
        assertEquals(LocalDate.of(1985, 6, 16), form.birthDateProperty().get(), "a filled date is never overwritten");
        assertEquals(Gender.MALE, form.genderProperty().get());
    }

    @Test
    void correctingTheIdNumberUpdatesTheBirthDateAndGenderItFilled() {
        PersonFormViewModel form = list.newForm();
        form.load();
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028219850615002"));
        assertEquals(LocalDate.of(1985, 6, 15), form.birthDateProperty().get());
        assertEquals(Gender.FEMALE, form.genderProperty().get());
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028219860716001"));
        assertEquals(LocalDate.of(1986, 7, 16), form.birthDateProperty().get(), "the date follows the corrected number");
        assertEquals(Gender.MALE, form.genderProperty().get(), "the gender follows the corrected number");
        form.birthDateProperty().set(LocalDate.of(1986, 7, 17));
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028219870818002"));
        assertEquals(LocalDate.of(1986, 7, 17), form.birthDateProperty().get(), "a date the user chose is kept");
        assertEquals(Gender.FEMALE, form.genderProperty().get());
    }

    @Test
    void anExistingPersonsCorrectedIdNumberUpdatesTheStoredBirthDate() {
        t.person("张伟", "32028119900101123", jiangyin);
        list.load();
        PersonFormViewModel form = list.editForm(list.sortedRows().stream()
                .filter(r -> r.name().equals("张伟")).findFirst().orElseThrow());
        form.load();
        LocalDate stored = form.birthDateProperty().get();
        assertEquals(LocalDate.of(1990, 1, 1), stored);
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028119900102123"));
        assertEquals(LocalDate.of(1990, 1, 2), form.birthDateProperty().get());
    }

    @Test
    void showsEachProblemBesideItsFieldAndSavesNothing() {
        PersonFormViewModel form = list.newForm();
        form.load();
        form.nameProperty().set("张伟");
        form.idNumberProperty().set(ResidentId.withCheckDigit("32028119900101123"));
        form.mobileProperty().set("1391234567");
        AtomicInteger closed = new AtomicInteger();
        form.save(List.of(), closed::incrementAndGet);
        assertEquals(0, closed.get());
        assertEquals("手机号应为 11 位数字，现在是 10 位", form.errors().message("person.mobile"));
        assertEquals("必填", form.errors().message("person.unit"));
        assertEquals("必填", form.errors().message("person.politicalStatus"));
        assertNull(form.errors().message("person.idNumber"));
        assertNotNull(form.errorProperty().get());
        assertTrue(people.list(OFFICE).isEmpty());

        form.mobileProperty().set("139 1234 5678");
        form.unitProperty().set(jiangyin);
        form.politicalStatusProperty().set(PoliticalStatus.MASSES);
        form.save(List.of(), closed::incrementAndGet);
        assertEquals(1, closed.get());
        assertTrue(form.errors().isEmpty());
        assertEquals("13912345678", people.list(OFFICE).get(0).mobile());
        assertEquals(1, list.allRows().size());
    }

    @Test
    void aSecondSaveAfterAConflictOverwritesAndKeepsWhatWasTyped() {
        Person saved = t.person("张伟", "32028119900101123", jiangyin);
        PersonFormViewModel form = list.editForm(people.row(OFFICE, saved.id()));
        form.load();
        assertEquals("张伟", form.nameProperty().get());
        assertEquals(jiangyin.id(), form.unitProperty().get().id());

        Person other = people.get(OFFICE, saved.id());
        people.update(OFFICE, new Person(other.id(), other.name(), other.gender(), other.birthDate(), other.idNumber(),
                other.mobile(), other.unitId(), "E-OTHER", other.politicalStatus(), null, "别人改的", null,
                other.version()));

        form.nameProperty().set("张伟强");
        form.skillsProperty().set("我改的");
        form.notesProperty().set("长备注");
        AtomicInteger closed = new AtomicInteger();
        form.save(List.of(), closed::incrementAndGet);
        assertEquals(0, closed.get(), "the dialog stays open");
        assertTrue(form.errorProperty().get().startsWith("此记录刚被他人修改"), form.errorProperty().get());
        assertEquals("张伟强", form.nameProperty().get());
        assertEquals("我改的", form.skillsProperty().get());
        assertEquals("长备注", form.notesProperty().get());
        assertEquals("别人改的", people.get(OFFICE, saved.id()).skills());

        form.save(List.of(), closed::incrementAndGet);
        assertEquals(1, closed.get());
        assertNull(form.errorProperty().get());
        Person now = people.get(OFFICE, saved.id());
        assertEquals("张伟强", now.name());
        assertEquals("我改的", now.skills());
        assertEquals("长备注", now.notes());
        assertEquals(2, now.version());
        assertFalse(list.allRows().isEmpty());
        assertEquals("张伟强", list.allRows().get(0).name());
    }
}
