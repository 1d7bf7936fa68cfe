package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseForward;
import dk.borgerraadgiver.casework.internal.ComplaintPoint;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;

/**
 * The advisor's inbox across every municipality they serve, newest first, filtered in the database
 * and fetched a page at a time so the grid stays fast with years of cases.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class CaseInbox {

    private final CaseFileRepository cases;
    private final MunicipalityDirectory municipalities;
    private final StaffScope scope;
    private final Clock clock;

    CaseInbox(CaseFileRepository cases, MunicipalityDirectory municipalities, StaffScope scope, Clock clock) {
        this.cases = cases;
        this.municipalities = municipalities;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> page(InboxFilter filter, int offset, int limit) {
        var names = municipalities.all().stream().collect(Collectors.toMap(MunicipalitySummary::id, MunicipalitySummary::name));
        var today = today();
        var pageable = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")));
        return summaries(cases.findAll(specification(filter), pageable).getContent(), names, today);
    }

    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return cases.count(specification(filter));
    }

    /** The inbox rows of these cases (those the advisor may see), in the order given. */
    @Transactional(readOnly = true)
    public List<CaseSummary> summaries(List<Long> caseIds) {
        var served = scope.servedMunicipalityIds();
        var names = municipalities.all().stream().collect(Collectors.toMap(MunicipalitySummary::id, MunicipalitySummary::name));
        var today = today();
        var byId = cases.findAllById(caseIds).stream().filter(c -> served.contains(c.municipalityId()))
                .collect(Collectors.toMap(CaseFile::id, c -> c));
        return summaries(caseIds.stream().filter(byId::containsKey).map(byId::get).toList(), names, today);
    }

    /** Inbox rows; which of them are overdue is asked in one query for the whole page. */
    private List<CaseSummary> summaries(List<CaseFile> page, Map<Long, String> names, LocalDate today) {
        var ids = page.stream().map(CaseFile::id).toList();
        var overdue = ids.isEmpty() ? Set.<Long>of() : cases.findAll(byIds(ids).and(overdue(today))).stream()
                .map(CaseFile::id).collect(Collectors.toSet());
        return page.stream().map(c -> new CaseSummary(c.id(), c.reference() == null ? "" : c.reference(), c.municipalityId(),
                names.getOrDefault(c.municipalityId(), ""), c.channel(), c.registeredAt(), c.citizenName(), c.summary(),
                c.status(), c.deadline(), overdue.contains(c.id()))).toList();
    }

    private Specification<CaseFile> specification(InboxFilter filter) {
        var served = scope.servedMunicipalityIds();
        var today = today();
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            predicates.add(served.isEmpty() ? cb.disjunction() : root.get("municipalityId").in(served));
            if (filter.municipalityId() != null) {
                predicates.add(cb.equal(root.get("municipalityId"), filter.municipalityId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            } else if (filter.openOnly()) {
                predicates.add(cb.notEqual(root.get("status"), CaseStatus.CLOSED));
            }
            if (filter.departmentId() != null || filter.kind() != null) {
                Subquery<Long> points = query.subquery(Long.class);
                Root<ComplaintPoint> point = points.from(ComplaintPoint.class);
                var conditions = new ArrayList<Predicate>();
                conditions.add(cb.equal(point.get("caseId"), root.get("id")));
                if (filter.departmentId() != null) {
                    conditions.add(cb.equal(point.get("departmentId"), filter.departmentId()));
                }
                if (filter.kind() != null) {
                    conditions.add(cb.equal(point.get("kind"), filter.kind()));
                }
                points.select(point.get("id")).where(conditions.toArray(Predicate[]::new));
                predicates.add(cb.exists(points));
            }
            if (filter.overdueOnly()) {
                predicates.add(overdue(today).toPredicate(root, query, cb));
            }
            if (filter.search() != null && !filter.search().isBlank()) {
                var term = "%" + escape(filter.search().strip().toLowerCase(Locale.ROOT)) + "%";
                // The one who wrote, or the one it is about (a mother her daughter complains for).
                predicates.add(cb.or(like(cb, root, "reference", term), cb.like(cb.lower(root.get("contact").get("name")), term, '\\'),
                        like(cb, root, "subjectName", term)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Open with its own deadline passed, or with a forward whose answer deadline passed unanswered. */
    private static Specification<CaseFile> overdue(LocalDate today) {
        return (root, query, cb) -> {
            Subquery<Long> late = query.subquery(Long.class);
            Root<CaseForward> forward = late.from(CaseForward.class);
            late.select(forward.get("id")).where(cb.equal(forward.get("caseId"), root.get("id")),
                    cb.isNull(forward.get("answeredOn")), cb.lessThan(forward.get("answerDeadline"), today));
            return cb.and(cb.notEqual(root.get("status"), CaseStatus.CLOSED),
                    cb.or(cb.lessThan(root.get("deadline"), today), cb.exists(late)));
        };
    }

    private static Specification<CaseFile> byIds(List<Long> ids) {
        return (root, query, cb) -> root.get("id").in(ids);
    }

    private static Predicate like(CriteriaBuilder cb, Root<CaseFile> root, String field, String term) {
        return cb.like(cb.lower(root.get(field)), term, '\\');
    }

    private static String escape(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private LocalDate today() {
        return PortalTime.today(clock);
    }
}
