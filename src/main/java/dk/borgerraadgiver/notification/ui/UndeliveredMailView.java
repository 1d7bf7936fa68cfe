package dk.borgerraadgiver.notification.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.notification.MailDeliveryReport;
import dk.borgerraadgiver.notification.MailDeliveryReport.UndeliveredMail;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/** Mails that have failed for more than an hour, so the advisor can phone the citizen instead. */
@Route("backoffice/post")
@Menu(order = 90, title = "menu.undeliveredMail", icon = "vaadin:envelope-o")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class UndeliveredMailView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(PortalTime.ZONE);
    private final MailDeliveryReport report;

    UndeliveredMailView(MailDeliveryReport report) {
        this.report = report;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("mail.undelivered.heading")), new Paragraph(getTranslation("mail.undelivered.intro")));
        var overdue = report.overdue();
        if (overdue.isEmpty()) {
            add(new Paragraph(getTranslation("mail.undelivered.none")));
            return;
        }
        var grid = new Grid<UndeliveredMail>();
        grid.setItems(overdue);
        grid.addColumn(mail -> getTranslation("mail.kind." + mail.kind())).setHeader(getTranslation("mail.undelivered.kind"));
        grid.addColumn(UndeliveredMail::reference).setHeader(getTranslation("mail.undelivered.reference"));
        grid.addColumn(UndeliveredMail::attempts).setHeader(getTranslation("mail.undelivered.attempts"));
        grid.addColumn(mail -> TIME.format(mail.firstAttempt())).setHeader(getTranslation("mail.undelivered.first"));
        grid.addColumn(mail -> mail.lastError() == null ? "" : mail.lastError()).setHeader(getTranslation("mail.undelivered.error"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("mail.undelivered.heading"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.undelivered.heading") + " – " + getTranslation("backoffice.title");
    }
}
