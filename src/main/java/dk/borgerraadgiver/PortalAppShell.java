package dk.borgerraadgiver;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell shared by every view. The portal's CSS is served as a plain resource, so no
 * frontend bundle build (and no Node.js) is needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/portal/styles.css")
@Meta(name = "format-detection", content = "telephone=no")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "themes/portal/favicon.svg", "any");
    }
}
