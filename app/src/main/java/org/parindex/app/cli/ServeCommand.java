package org.parindex.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.parindex.app.ParIndexApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Starts the web application; any --spring.property=value is passed on to Spring Boot. */
@Command(name = "serve", description = {"Starts the web application (embedded database ./data and demo data by default).",
        "Spring Boot settings may follow, e.g. --server.port=8081 or --spring.profiles.active=postgres."})
class ServeCommand implements Runnable {

    @Option(names = "--no-demo", description = "Start with an empty database instead of importing the demo data.")
    boolean noDemo;

    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public void run() {
        List<String> args = new ArrayList<>(springArgs);
        if (noDemo) {
            args.add("--parindex.demo=false");
        }
        serve(args.toArray(new String[0]));
    }

    static void serve(String[] args) {
        ParIndexApplication.start(args);
    }
}
