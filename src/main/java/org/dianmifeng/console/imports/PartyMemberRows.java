package org.dianmifeng.console.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.Problem;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.BranchStore;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.CommunityRow;
import org.dianmifeng.console.party.CommunityStore;
import org.dianmifeng.console.party.Enrolment;
import org.dianmifeng.console.party.EnrolmentRow;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.MemberStore;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.unit.PoliticalStatus;

/**
 * The rules of an import of party members and their enrolment in a community grid, those of the member and enrolment
 * forms (party/OrganisationService): the person by ID number, a 中共党员 or 预备党员 (a probationary member has no
 * full-member date), the branch of their work unit by name or code, the dates checked as the forms check them; when a
 * community is given, its grid, the role in the grid and the date reported (not before joining the party), unless
 * the member is enrolled in that grid already (in another one: a move, done on the member's page). A member already
 * there keeps their branch and dates unless the user chose to fill blanks or overwrite. Undo removes the enrolments
 * and members added and restores what it changed, refused for a record changed or used since.
 */
final class PartyMemberRows implements KindRules {
    static final String MEMBER = "PARTY_MEMBER";
    static final String ENROLMENT = "ENROLMENT";
    private final ImportContext ctx;
    private final PersonStore people;
    private final MemberStore members;
    private final BranchStore branches;
    private final CommunityStore communities;
    private final Map<String, Optional<Branch>> branchByText = new HashMap<>();
    private Map<String, Community> communityByText;
    private final Map<String, Integer> seen = new HashMap<>();

    PartyMemberRows(ImportContext ctx) {
        this.ctx = ctx;
        this.people = new PersonStore(ctx.dsl());
        this.members = new MemberStore(ctx.dsl());
        this.branches = new BranchStore(ctx.dsl());
        this.communities = new CommunityStore(ctx.dsl());
    }

    @Override
    public ImportRow parse(int row, List<SheetCell> cells) {
        List<Problem> problems = new ArrayList<>();
        RowValues v = new RowValues(ctx.mapping(), cells, problems);
        String name = Values.text(v.cell(PartyMemberColumn.NAME).text());
        String id = v.idNumber(PartyMemberColumn.ID_NUMBER, ctx.today());
        String branchText = v.text(PartyMemberColumn.BRANCH);
        Branch branch = null;
        if (branchText != null) {
            branch = branchByText.computeIfAbsent(branchText, t -> branches.byCode(t).or(() -> branches.byName(t)))
                    .orElse(null);
            if (branch == null) {
                problems.add(Problem.of("member.branch", "error.import.branchUnknown", branchText));
            } else if (branch.kind() != BranchKind.WORK_UNIT) {
                problems.add(Problem.of("member.branch", "error.org.member.notWorkUnitBranch", branch.name()));
            }
        }
        LocalDate joined = v.date(PartyMemberColumn.JOINED_ON);
        LocalDate full = v.date(PartyMemberColumn.FULL_ON);
        PartyMember member = new PartyMember(null, null, branch == null ? null : branch.id(), joined, full, null);
        member.check(ctx.today()).problems().stream().filter(p -> !p.field().equals("member.person")
                && problems.stream().noneMatch(q -> q.field().equals(p.field()))).forEach(problems::add);

        String communityText = Values.text(v.cell(PartyMemberColumn.COMMUNITY).text());
        String gridText = Values.text(v.cell(PartyMemberColumn.GRID).text());
        Enrolment enrolment = null;
        boolean enrols = communityText != null || gridText != null || !v.cell(PartyMemberColumn.GRID_ROLE).blank()
                || !v.cell(PartyMemberColumn.REPORTED_ON).blank();
        if (enrols) {
            Grid grid = null;
            if (communityText == null) {
                problems.add(Problem.of("enrolment.community", "error.required"));
            } else {
                Community community = community(communityText);
                if (community == null) {
                    problems.add(Problem.of("enrolment.community", "error.import.communityUnknown", communityText));
                } else if (gridText != null) {
                    grid = communities.gridByName(community.id(), gridText).orElse(null);
                    if (grid == null) {
                        problems.add(Problem.of("enrolment.grid", "error.import.gridUnknown", community.name(), gridText));
                    }
                }
            }
            GridRole role = v.choice(PartyMemberColumn.GRID_ROLE, GridRole.class);
            LocalDate reported = v.date(PartyMemberColumn.REPORTED_ON);
            enrolment = new Enrolment(null, null, grid == null ? null : grid.id(), reported, role, null, null, null, null);
            for (Problem p : enrolment.check(ctx.today()).problems()) {
                String field = p.field().equals("enrolment.grid") && communityText == null ? null : p.field();
                if (field != null && !field.equals("enrolment.member")
                        && problems.stream().noneMatch(q -> q.field().equals(p.field()))) {
                    problems.add(p);
                }
            }
            if (reported != null && joined != null && reported.isBefore(joined)) {
                problems.add(Problem.of("enrolment.reportedOn", "error.org.enrolment.beforeJoined", joined));
            }
        }
        if (problems.isEmpty()) {
            Integer first = seen.putIfAbsent(id, row);
            if (first != null) {
                problems.add(Problem.of("person.idNumber", "error.import.duplicateInFile", first));
            }
        }
        return ImportRow.read(row, new ImportedPartyMember(name, id, branchText, communityText, gridText, member,
                enrolment), PeopleRows.errors(ctx.mapping(), row, problems));
    }

    /** A community by its code or its name. */
    private Community community(String text) {
        if (communityByText == null) {
            communityByText = new HashMap<>();
            for (CommunityRow r : communities.rows()) {
                Community c = r.community();
                communityByText.putIfAbsent("name:" + c.name(), c);
                if (c.code() != null) {
                    communityByText.putIfAbsent("code:" + c.code().toUpperCase(Locale.ROOT), c);
                }
            }
        }
        String code = Values.code(text);
        Community byCode = code == null ? null : communityByText.get("code:" + code.toUpperCase(Locale.ROOT));
        return byCode != null ? byCode : communityByText.get("name:" + text);
    }

    @Override
    public List<ImportRow> decide(List<ImportRow> parsed, DuplicatePolicy policy) {
        RowPeople persons = new RowPeople(people, parsed.stream().filter(r -> r.errors().isEmpty())
                .map(r -> ((ImportedPartyMember) r.record()).idNumber()).toList());
        return ImportRow.decideValid(parsed, r -> decide(r, persons, policy));
    }

    private ImportRow decide(ImportRow r, RowPeople persons, DuplicatePolicy policy) {
        ImportedPartyMember read = (ImportedPartyMember) r.record();
        List<Problem> problems = new ArrayList<>();
        Person person = persons.find(read.idNumber(), null, read.name(), problems);
        if (person == null) {
            return ImportRow.error(ctx.mapping(), r.row(), read, null, problems);
        }
        PoliticalStatus status = person.politicalStatus();
        if (status == PoliticalStatus.LEAGUE_MEMBER) {
            problems.add(Problem.of("person.idNumber", "error.org.member.leagueMember", person.name()));
        } else if (status == PoliticalStatus.MASSES) {
            problems.add(Problem.of("person.idNumber", "error.org.member.masses", person.name()));
        }
        PartyMember m = read.member();
        PartyMember fromFile = new PartyMember(null, person.id(), m.branchId(), m.joinedOn(), m.fullOn(), null);
        Optional<PartyMember> stored = members.byPerson(person.id());
        PartyMember target = stored.map(s -> merge(s, fromFile, policy)).orElse(fromFile);
        if (status == PoliticalStatus.PROBATIONARY_MEMBER && target.fullOn() != null) {
            problems.add(Problem.of("member.fullOn", "error.org.member.probationaryFull", person.name()));
        }
        Enrolment enrolment = read.enrolment();
        if (stored.isPresent() && policy == DuplicatePolicy.SKIP) {
            ImportedPartyMember kept = read.with(person.name(), stored.get(), null);
            return problems.isEmpty() ? new ImportRow(r.row(), RowStatus.SKIPPED, kept, kept, List.of())
                    : ImportRow.error(ctx.mapping(), r.row(), kept, null, problems);
        }
        if (stored.isPresent()) {
            long memberId = stored.get().id();
            List<EnrolmentRow> enrolments = members.enrolments(memberId);
            enrolments.stream().map(EnrolmentRow::enrolment).filter(e -> e.reportedOn().isBefore(target.joinedOn()))
                    .findFirst().ifPresent(e -> problems.add(Problem.of("member.joinedOn",
                            "error.org.member.enrolledBeforeJoined", e.reportedOn())));
            if (enrolment != null) {
                Optional<EnrolmentRow> active = enrolments.stream().filter(e -> e.enrolment().active()).findFirst();
                if (active.isPresent() && active.get().enrolment().gridId().equals(enrolment.gridId())) {
                    enrolment = null;
                } else if (active.isPresent()) {
                    EnrolmentRow a = active.get();
                    problems.add(Problem.of("enrolment.grid", "error.org.enrolment.active", person.name(),
                            a.communityName(), a.gridName(), a.enrolment().reportedOn()));
                } else {
                    LocalDate reported = enrolment.reportedOn();
                    members.lastEnded(memberId).filter(reported::isBefore).ifPresent(last -> problems.add(
                            Problem.of("enrolment.reportedOn", "error.org.enrolment.beforeLastEnded", last)));
                }
            }
        }
        if (enrolment != null) {
            enrolment = new Enrolment(null, stored.map(PartyMember::id).orElse(null), enrolment.gridId(),
                    enrolment.reportedOn(), enrolment.gridRole(), null, null, null, null);
        }
        ImportedPartyMember value = read.with(person.name(), target, enrolment);
        if (!problems.isEmpty()) {
            return ImportRow.error(ctx.mapping(), r.row(), value, null, problems);
        }
        if (stored.isEmpty()) {
            return new ImportRow(r.row(), RowStatus.NEW, value, null, List.of());
        }
        ImportedPartyMember before = read.with(person.name(), stored.get(), null);
        boolean same = target.equals(stored.get()) && enrolment == null;
        return new ImportRow(r.row(), same ? RowStatus.UNCHANGED : RowStatus.UPDATE, same ? before : value, before,
                List.of());
    }

    /** The stored membership with the file's branch and dates: every one it gives, or only where stored is blank. */
    private static PartyMember merge(PartyMember stored, PartyMember file, DuplicatePolicy policy) {
        if (policy == DuplicatePolicy.OVERWRITE) {
            return new PartyMember(stored.id(), stored.personId(), file.branchId(), file.joinedOn(),
                    file.fullOn() != null ? file.fullOn() : stored.fullOn(), stored.version());
        }
        return new PartyMember(stored.id(), stored.personId(), stored.branchId(), stored.joinedOn(),
                stored.fullOn() != null ? stored.fullOn() : file.fullOn(), stored.version());
    }

    @Override
    public List<ImportStore.Change> write(Session who, List<ImportRow> rows, Progress progress) {
        List<ImportStore.Change> changes = new ArrayList<>();
        for (ImportRow r : rows.stream().filter(ImportRow::writes).toList()) {
            ImportedPartyMember m = (ImportedPartyMember) r.record();
            PartyMember saved;
            if (r.status() == RowStatus.NEW) {
                saved = members.insert(m.member());
                ctx.audit().record(ctx.dsl(), who, AuditAction.CREATE, MEMBER, saved.id(), m.name(), null, saved);
                changes.add(new ImportStore.Change(MEMBER, saved.id(), ImportStore.CREATE, null, saved.version()));
            } else {
                PartyMember before = ((ImportedPartyMember) r.stored()).member();
                saved = before;
                if (!m.member().equals(before)) {
                    saved = members.update(m.member());
                    ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, MEMBER, saved.id(), m.name(), before, saved);
                    changes.add(new ImportStore.Change(MEMBER, saved.id(), ImportStore.UPDATE, UndoText.of("branchId",
                            before.branchId(), "joinedOn", before.joinedOn(), "fullOn", before.fullOn()), saved.version()));
                }
            }
            if (m.enrolment() != null) {
                Enrolment e = m.enrolment();
                Enrolment added = members.insertEnrolment(new Enrolment(null, saved.id(), e.gridId(), e.reportedOn(),
                        e.gridRole(), null, null, null, null));
                ctx.audit().record(ctx.dsl(), who, AuditAction.CREATE, ENROLMENT, added.id(),
                        m.name() + " → " + m.community() + " / " + m.grid(), null, added);
                changes.add(new ImportStore.Change(ENROLMENT, added.id(), ImportStore.CREATE, null, added.version()));
            }
        }
        return changes;
    }

    @Override
    public Optional<String> undoBlocked(ImportStore.Change c, List<ImportStore.Change> all) {
        if (c.table().equals(ENROLMENT)) {
            return members.enrolment(c.recordId()).filter(e -> !Objects.equals(e.version(), c.afterVersion()))
                    .map(e -> nameOfMember(e.memberId()));
        }
        Set<Long> addedEnrolments = all.stream().filter(a -> a.table().equals(ENROLMENT) && a.created())
                .map(ImportStore.Change::recordId).collect(Collectors.toSet());
        return members.byId(c.recordId()).filter(m -> {
            if (!Objects.equals(m.version(), c.afterVersion())) {
                return true;
            }
            if (!c.created()) {
                return false;
            }
            var refs = members.references(m.id());
            return refs.services() + refs.feedback() + refs.points() + refs.appraisals() > 0
                    || members.enrolments(m.id()).stream().anyMatch(e -> !addedEnrolments.contains(e.enrolment().id()));
        }).map(m -> nameOfMember(m.id()));
    }

    private String nameOfMember(long memberId) {
        return members.row(memberId).map(r -> r.name()).orElse(String.valueOf(memberId));
    }

    @Override
    public void undo(Session who, ImportStore.Change c) {
        if (c.table().equals(ENROLMENT)) {
            members.enrolment(c.recordId()).ifPresent(e -> {
                members.deleteEnrolment(e);
                ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, ENROLMENT, e.id(), nameOfMember(e.memberId()), e,
                        null);
            });
            return;
        }
        Optional<PartyMember> now = members.byId(c.recordId());
        if (now.isEmpty()) {
            return;
        }
        PartyMember m = now.get();
        String name = nameOfMember(m.id());
        if (c.created()) {
            members.delete(m);
            ctx.audit().record(ctx.dsl(), who, AuditAction.DELETE, MEMBER, m.id(), name, m, null);
        } else {
            UndoText before = UndoText.parse(c.before());
            PartyMember saved = members.update(new PartyMember(m.id(), m.personId(), before.number("branchId"),
                    before.date("joinedOn"), before.date("fullOn"), m.version()));
            ctx.audit().record(ctx.dsl(), who, AuditAction.UPDATE, MEMBER, m.id(), name, m, saved);
        }
    }
}
