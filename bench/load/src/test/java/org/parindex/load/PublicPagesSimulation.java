package org.parindex.load;

import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Citizens reading the published results of a period (issue 13): READERS concurrent anonymous readers, each as a
 * browser does (gzip, its own HTTP cache: a page it has seen is asked again with If-None-Match), going round the
 * period's ranking, its overview and the page of one unit after another (a feeder over the units of the national
 * bundle, in random order) without pausing. The assertions are the targets; they are reported, and the
 * script that runs this (bench/load/public-pages.sh) never fails on them.
 * <p>
 * System properties: base (the jar's address), period (2025), units (a CSV file with a "unit" column), readers (50),
 * seconds (60, after a ramp of 5 s).
 */
public class PublicPagesSimulation extends Simulation {

    private final String base = System.getProperty("base", "http://127.0.0.1:18120");
    private final String period = System.getProperty("period", "2025");
    private final String units = System.getProperty("units", "target/units.csv");
    private final int readers = Integer.getInteger("readers", 50);
    private final int seconds = Integer.getInteger("seconds", 60);

    private final HttpProtocolBuilder browser = http.baseUrl(base)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptEncodingHeader("gzip, deflate")
            .acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.5")
            .userAgentHeader("Mozilla/5.0 (ParIndex load test; Gatling)")
            .disableFollowRedirect();

    private final ScenarioBuilder reader = scenario("reader of the published results of " + period)
            .during(Duration.ofSeconds(seconds)).on(
                    feed(csv(units).random())
                    .exec(http("ranking").get("/results/" + period).check(status().in(200, 304)))
                    .exec(http("overview").get("/results/" + period + "/overview").check(status().in(200, 304)))
                    .exec(http("unit page").get("/units/#{unit}?period=" + period).check(status().in(200, 304))));

    {
        setUp(reader.injectOpen(rampUsers(readers).during(Duration.ofSeconds(5))))
                .protocols(browser)
                .assertions(
                        global().responseTime().percentile(95.0).lte(50),
                        global().requestsPerSec().gte(500.0),
                        global().failedRequests().count().is(0L));
    }
}
