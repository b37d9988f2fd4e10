package org.conferencedesk.shared.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The one look of the application: AtlantaFX Primer Light (STYLE.md), applied once per JVM. */
public final class Theme {

    private static final String STYLESHEET = new PrimerLight().getUserAgentStylesheet();

    private Theme() {
    }

    /** Makes Primer Light the user-agent stylesheet, unless it already is. Call on the JavaFX thread. */
    public static void apply() {
        if (!STYLESHEET.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(STYLESHEET);
        }
    }
}
