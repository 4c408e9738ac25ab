package org.parindex.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.parindex.app.support.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explain, targets, what-if and forecast of Hải Trường 2023-H1 over the demo data, as the JSON API gives them: the
 * figures the README checks by hand, and every refusal of a what-if with its message.
 */
@SpringBootTest(properties = "parindex.demo=true")
@AutoConfigureMockMvc
class AnalysisApiTest {

    static final String WHATIF = "/api/v1/units/hai-truong/whatif?period=2023-H1";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired JsonMapper json;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @Test
    void explainSplitsTheFallOfHaiTruongByFieldAndNamesWhoPassedIt() throws Exception {
        JsonNode e = read(get("/api/v1/units/hai-truong/explain?period=2023-H1"), "can-bo-hai-truong", 200);
        assertThat(e.get("previous").asString()).isEqualTo("2022");
        assertThat(e.get("indexDelta").decimalValue()).isEqualByComparingTo("-12.55");
        assertThat(e.get("rankBefore").asInt()).isEqualTo(4);
        assertThat(e.get("rankAfter").asInt()).isEqualTo(6);
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode c : e.get("contributions")) {
            sum = sum.add(c.get("displayed").decimalValue());
            if (c.get("node").asString().equals("7")) {
                assertThat(c.get("displayed").decimalValue()).isEqualByComparingTo("-4.19");
            }
        }
        assertThat(sum.add(e.get("held").decimalValue())).isEqualByComparingTo("-12.55");
        assertThat(e.get("passedBy").findValuesAsString("unit")).containsExactlyInAnyOrder("hai-chanh", "hai-phu");
    }

    @Test
    void targetsGiveTheGapToTotAndToFifthAndTheItemsWithMostToGain() throws Exception {
        JsonNode t = read(get("/api/v1/units/hai-truong/targets?period=2023-H1"), "can-bo-hai-truong", 200);
        assertThat(t.get("nextBand").get("code").asString()).isEqualTo("tot");
        assertThat(t.get("nextBand").get("index").asDouble()).isCloseTo(6.10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.get("nextRank").get("rank").asInt()).isEqualTo(5);
        assertThat(t.get("nextRank").get("units").get(0).asString()).isEqualTo("Xã Hải Phú");
        assertThat(t.get("nextRank").get("index").asDouble()).isCloseTo(6.25, org.assertj.core.data.Offset.offset(1e-9));
        JsonNode first = t.get("room").get(0);
        assertThat(first.get("node").asString()).isEqualTo("7.3.1");
        assertThat(first.get("fullText").asString()).contains("từ 50% trở lên");
    }

    @Test
    void whatIfMovesHaiTruongToTotAndFifthWithFourItemsChanged() throws Exception {
        JsonNode two = whatIf("can-bo-hai-truong", "{\"values\": {\"7.3.1\": \"50\", \"7.2.2\": \"80\"}}", 200);
        assertThat(two.get("changed").get("index").asDouble()).isCloseTo(77.79, org.assertj.core.data.Offset.offset(0.005));
        assertThat(two.get("changed").get("rank").asInt()).isEqualTo(6);
        assertThat(two.get("changed").get("bandCode").asString()).isEqualTo("kha");
        JsonNode four = whatIf("appraiser", "{\"values\": {\"7.3.1\": \"50\", \"7.2.2\": 80, \"6.1.3\": \"95\","
                + " \"6.3.1\": \"yes\"}}", 200);
        assertThat(four.get("changed").get("index").asDouble()).isCloseTo(80.29, org.assertj.core.data.Offset.offset(0.005));
        assertThat(four.get("changed").get("bandCode").asString()).isEqualTo("tot");
        assertThat(four.get("changed").get("rank").asInt()).isEqualTo(5);
        assertThat(four.get("rankGain").asInt()).isEqualTo(1);
        assertThat(four.get("actual").get("rank").asInt()).isEqualTo(6);
        JsonNode field7 = four.get("fields").get(6);
        assertThat(field7.get("code").asString()).isEqualTo("7");
        assertThat(field7.get("after").asDouble()).isGreaterThan(field7.get("before").asDouble());
    }

    @Test
    void whatIfRefusesBadInputWithAMessageNamingWhatIsWrong() throws Exception {
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": {\"7.3.1\": \"many\"}}", 400).get("error").asString())
                .isEqualTo("mục 7.3.1: “many” không phải một số");
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": {\"9.9.9\": \"1\"}}", 400).get("error").asString())
                .startsWith("không có mục “9.9.9”");
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": {\"6.3.1\": \"maybe\"}}", 400).get("error").asString())
                .isEqualTo("mục 6.3.1: “maybe” không phải “có” hoặc “không”");
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": [1, 2]}", 400).get("error").asString())
                .startsWith("cần dạng {\"values\"");
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": {\"7.3.1\": ", 400).get("error").asString())
                .startsWith("nội dung gửi lên không phải JSON");
        assertThat(whatIf("can-bo-hai-truong", "{\"values\": {\"7.3.1\": \"" + "9".repeat(41) + "\"}}", 400)
                .get("error").asString()).isEqualTo("values.7.3.1: dài quá 40 ký tự");
        StringBuilder many = new StringBuilder("{\"values\": {");
        for (int i = 0; i < 501; i++) {
            many.append(i == 0 ? "" : ",").append("\"n").append(i).append("\": \"1\"");
        }
        assertThat(whatIf("can-bo-hai-truong", many + "}}", 400).get("error").asString())
                .isEqualTo("values: 501 mục, tối đa 500");
        String huge = "{\"values\": {\"7.3.1\": \"50\"}, \"pad\": \"" + "x".repeat(17_000) + "\"}";
        assertThat(whatIf("can-bo-hai-truong", huge, 413).get("error").asString()).contains("16384 byte");
        MockHttpServletResponse text = mvc.perform(post(WHATIF).with(csrf()).contentType("text/plain").content("x")
                .with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn().getResponse();
        assertThat(text.getStatus()).isEqualTo(415);
    }

    @Test
    void whatIfRefusalsAreInEnglishWithLangEn() throws Exception {
        String english = WHATIF + "&lang=en";
        assertThat(read(post(english).with(csrf()).contentType("application/json")
                .content("{\"values\": {\"7.3.1\": \"many\"}}"), "can-bo-hai-truong", 400).get("error").asString())
                .isEqualTo("node 7.3.1: \"many\" is not a number");
        assertThat(read(post(english).with(csrf()).contentType("application/json").content("{\"values\": [1]}"),
                "can-bo-hai-truong", 400).get("error").asString()).isEqualTo("expected {\"values\": {\"NODE\": \"VALUE\", …}}");
    }

    @Test
    void whatIfIsForTheUnitsOfficerAndTheCouncilOnly() throws Exception {
        whatIf("viewer", "{\"values\": {}}", 403);
        MockHttpServletResponse other = mvc.perform(post("/api/v1/units/hai-an/whatif?period=2023-H1").with(csrf())
                .contentType("application/json").content("{\"values\": {\"1.1.1\": \"0\"}}")
                .with(user(users.loadUserByUsername("can-bo-hai-truong")))).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(other.getContentAsString()).doesNotContain("index");
    }

    @Test
    void forecastListsUnitsAtRiskFirstWithHaiTruongFallingFromTot() throws Exception {
        JsonNode f = read(get("/api/v1/periods/2023-H1/forecast"), "appraiser", 200);
        assertThat(f.get("previous").asString()).isEqualTo("2022");
        JsonNode rows = f.get("rows");
        assertThat(rows.size()).isEqualTo(16);
        boolean seenSafe = false;
        JsonNode haiTruong = null;
        for (JsonNode r : rows) {
            boolean risk = r.get("warnings").findValuesAsString("kind").contains("band");
            assertThat(risk && seenSafe).as("units at risk come first").isFalse();
            seenSafe |= !risk;
            if (r.get("unit").asString().equals("hai-truong")) {
                haiTruong = r;
            }
        }
        assertThat(haiTruong).isNotNull();
        assertThat(haiTruong.get("index").asDouble()).isCloseTo(73.90, org.assertj.core.data.Offset.offset(0.005));
        assertThat(haiTruong.get("lastBandCode").asString()).isEqualTo("tot");
        assertThat(haiTruong.get("warnings").get(0).get("kind").asString()).isEqualTo("band");
        assertThat(haiTruong.get("unknown").asInt()).isZero();
    }

    @Test
    void theOpenApiDescribesTheAnalysisEndpoints() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        JsonNode paths = api.get("paths");
        assertThat(paths.has("/api/v1/units/{unit}/explain")).isTrue();
        assertThat(paths.has("/api/v1/units/{unit}/targets")).isTrue();
        assertThat(paths.has("/api/v1/periods/{period}/forecast")).isTrue();
        assertThat(paths.get("/api/v1/units/{unit}/whatif").get("post").get("requestBody").toString())
                .contains("WhatIfBody");
    }

    private JsonNode whatIf(String who, String body, int status) throws Exception {
        return read(post(WHATIF).with(csrf()).contentType("application/json").content(body), who, status);
    }

    private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String who, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(users.loadUserByUsername(who))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return status == 403 ? null : json.readTree(response.getContentAsString());
    }
}
