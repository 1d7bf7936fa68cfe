package dk.borgerraadgiver.organisation.ui;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MunicipalityOverview;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;

/** One served municipality in the back office: settings, department tree and meeting places. */
@Route("backoffice/kommuner/:kommune")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class MunicipalityOverviewView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final ServedMunicipalities served;
    private @Nullable MunicipalityOverview overview;

    MunicipalityOverviewView(ServedMunicipalities served) {
        this.served = served;
        addClassName("backoffice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("kommune").orElse("");
        // Refused with AccessDeniedException (shown by the access-denied page) when not served.
        overview = served.overview(slug).orElseThrow(NotFoundException::new);
        render(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void render(Locale locale) {
        var current = overview;
        if (current == null) {
            return;
        }
        removeAll();
        var profile = current.profile();
        add(new H1(profile.name()),
                new Paragraph(getTranslation("backoffice.municipality.settings", profile.code(),
                        profile.complaintAgeLimitMonths(), profile.callbackWorkingDays())),
                new H2(getTranslation("backoffice.municipality.departments")));

        var tree = new TreeData<DepartmentNode>();
        var byId = new HashMap<Long, DepartmentNode>();
        current.departments().forEach(node -> byId.put(node.id(), node));
        for (DepartmentNode node : current.departments()) {
            tree.addItem(node.parentId() == null ? null : byId.get(node.parentId()), node);
        }
        var departments = new TreeGrid<DepartmentNode>();
        departments.setDataProvider(new TreeDataProvider<>(tree));
        departments.addHierarchyColumn(DepartmentNode::name).setHeader(getTranslation("backoffice.municipality.department"));
        departments.addColumn(DepartmentNode::code).setHeader(getTranslation("backoffice.municipality.code")).setAutoWidth(true);
        departments.addColumn(node -> getTranslation("department.level." + node.level().name()))
                .setHeader(getTranslation("backoffice.municipality.level")).setAutoWidth(true);
        departments.expandRecursively(tree.getRootItems(), 2);
        departments.setAllRowsVisible(true);
        departments.setAriaLabel(getTranslation("backoffice.municipality.departments"));
        add(departments);

        add(new H2(getTranslation("backoffice.municipality.places")));
        var places = new Grid<MeetingPlace>();
        places.setItems(profile.meetingPlaces());
        places.addColumn(MeetingPlace::name).setHeader(getTranslation("backoffice.municipality.place"));
        places.addColumn(place -> getTranslation("landing.places.kind." + place.kind().name()))
                .setHeader(getTranslation("backoffice.municipality.kind"));
        places.addColumn(MeetingPlace::addressLine).setHeader(getTranslation("backoffice.municipality.address"));
        places.setAllRowsVisible(true);
        places.setAriaLabel(getTranslation("backoffice.municipality.places"));
        add(places);
    }

    @Override
    public String getPageTitle() {
        return (overview == null ? "" : overview.profile().name() + " – ") + getTranslation("backoffice.title");
    }
}
