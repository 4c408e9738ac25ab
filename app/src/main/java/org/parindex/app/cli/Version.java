package org.parindex.app.cli;

import picocli.CommandLine;

/** The version of the jar, from its manifest. */
class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ParIndexCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ParIndex " + (v == null ? "(development build)" : v)};
    }
}
