package dk.borgerraadgiver.administration.ui;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.security.StaffAdministration;
import dk.borgerraadgiver.security.StaffAdministration.StaffMember;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;

/**
 * Staff accounts: invite a new member of staff (they choose their own password from the mail's link),
 * change roles and municipalities — an advisor serving two municipalities is set up in one form —
 * deactivate and reactivate, send a new password link. No page shows or mails a password.
 */
@Route("backoffice/administration/medarbejdere")
@Menu(order = 103, title = "menu.adminStaff", icon = "vaadin:users")
@RolesAllowed(StaffRoles.ADMIN)
class StaffView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffAdministration staff;
    private final MunicipalityAdministration municipalities;

    StaffView(StaffAdministration staff, MunicipalityAdministration municipalities) {
        this.staff = staff;
        this.municipalities = municipalities;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        var served = municipalities.served().stream().collect(Collectors.toMap(MunicipalitySummary::id, Function.identity()));
        add(new H1(getTranslation("menu.adminStaff")), new Paragraph(getTranslation("admin.staff.lead")));
        var invite = form(null, served);
        invite.addClassName("add-form");
        add(new H2(getTranslation("admin.staff.inviteTitle")), invite);
        add(new H2(getTranslation("admin.staff.list")));
        for (var member : staff.accounts()) {
            var names = member.municipalityIds().stream().map(id -> served.containsKey(id) ? served.get(id).name()
                    : getTranslation("admin.staff.otherMunicipality")).sorted().collect(Collectors.joining(", "));
            var summary = new Span(member.displayName() + " (" + member.username() + ") – "
                    + member.roles().stream().map(role -> getTranslation("admin.role." + role.name())).sorted()
                    .collect(Collectors.joining(", "))
                    + (names.isEmpty() ? "" : " – " + names)
                    + (member.active() ? "" : " – " + getTranslation("admin.staff.inactive")));
            var active = new Button(getTranslation(member.active() ? "admin.staff.deactivate" : "admin.staff.reactivate"),
                    click -> act(() -> staff.setActive(member.id(), !member.active())));
            active.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var reset = new Button(getTranslation("admin.staff.sendReset"), click -> act(() -> staff.sendPasswordReset(member.id())));
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reset.setEnabled(member.active());
            var secondFactor = new Button(getTranslation("admin.staff.resetSecondFactor"),
                    click -> act(() -> staff.resetSecondFactor(member.id())));
            secondFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var actions = new Div(active, reset, secondFactor);
            actions.addClassName("admin-actions");
            var details = new Details(summary, form(member, served), actions);
            details.addClassName("hours-editor");
            add(details);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (StaffAdministration.OwnAccountException e) {
            Notification.show(getTranslation("admin.staff.error.own")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (MailException e) {
            Notification.show(getTranslation("admin.staff.error.mail")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static final class Answers {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private Set<StaffRole> roles = EnumSet.of(StaffRole.ADVISOR);
        private Set<MunicipalitySummary> served = new HashSet<>();
    }

    private Div form(@Nullable StaffMember member, Map<Long, MunicipalitySummary> served) {
        var errors = new ErrorSummary();
        var username = new TextField(getTranslation("admin.staff.username"));
        username.setHelperText(getTranslation("admin.staff.username.help"));
        username.setMaxLength(60);
        username.setReadOnly(member != null);
        var displayName = new TextField(getTranslation("admin.staff.name"));
        displayName.setMaxLength(120);
        var email = new TextField(getTranslation("admin.staff.email"));
        var roles = new CheckboxGroup<StaffRole>(getTranslation("admin.staff.roles"));
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(role -> getTranslation("admin.role." + role.name()));
        var municipalityChoice = new CheckboxGroup<MunicipalitySummary>(getTranslation("admin.staff.municipalities"));
        municipalityChoice.setItems(served.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList());
        municipalityChoice.setItemLabelGenerator(MunicipalitySummary::name);
        var binder = new Binder<Answers>();
        binder.forField(username).asRequired(getTranslation("admin.staff.error.username"))
                .withValidator(v -> v.strip().toLowerCase().matches("[a-z0-9._-]{2,60}"), getTranslation("admin.staff.error.username"))
                .bind(a -> a.username, (a, v) -> a.username = v);
        binder.forField(displayName).asRequired(getTranslation("admin.staff.error.name")).bind(a -> a.displayName, (a, v) -> a.displayName = v);
        binder.forField(email).asRequired(getTranslation("admin.staff.error.email"))
                .withValidator(EmailAddress::isValid, getTranslation("admin.staff.error.email"))
                .bind(a -> a.email, (a, v) -> a.email = v);
        binder.forField(roles).withValidator(v -> !v.isEmpty(), getTranslation("admin.staff.error.roles"))
                .bind(a -> a.roles, (a, v) -> a.roles = v);
        binder.forField(municipalityChoice).bind(a -> a.served, (a, v) -> a.served = v);
        var answers = new Answers();
        if (member != null) {
            answers.username = member.username();
            answers.displayName = member.displayName();
            answers.email = member.email();
            answers.roles = EnumSet.copyOf(member.roles());
            answers.served = member.municipalityIds().stream().filter(served::containsKey).map(served::get).collect(Collectors.toSet());
        }
        binder.readBean(answers);
        var save = new Button(getTranslation(member == null ? "admin.staff.invite" : "admin.save"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(answers)) {
                return;
            }
            var ids = answers.served.stream().map(MunicipalitySummary::id).collect(Collectors.toSet());
            try {
                if (member == null) {
                    staff.invite(answers.username, answers.displayName, answers.email, answers.roles, ids);
                    Notification.show(getTranslation("admin.staff.invited", answers.email))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    staff.update(member.id(), answers.displayName, answers.email, answers.roles, ids);
                    Notification.show(getTranslation("admin.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
                render();
            } catch (StaffAdministration.UsernameTakenException e) {
                errors.refuse(getTranslation("admin.staff.error.taken"), username);
            } catch (StaffAdministration.OwnAccountException e) {
                errors.refuse(getTranslation("admin.staff.error.own"), roles);
            } catch (MailException e) {
                errors.refuse(getTranslation("admin.staff.error.mail"), email);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var layout = new FormLayout(username, displayName, email, roles, municipalityChoice);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return new Div(errors, layout, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.adminStaff") + " – " + getTranslation("backoffice.title");
    }
}
