package org.conferencedesk.app.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version in the jar's manifest, or "development" when run from the build folder. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ConferenceDeskCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ConferenceDesk " + (version == null ? "development" : version)};
    }
}
