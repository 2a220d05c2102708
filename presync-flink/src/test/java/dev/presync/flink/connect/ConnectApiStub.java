package dev.presync.flink.connect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.connect.ConnectClient;

/**
 * A local server answering the Amazon Connect REST API the way AWS's API reference documents it
 * (restJson1): ListAgentStatuses, SearchUsers and PutUserStatus, on 127.0.0.1 only.
 */
final class ConnectApiStub implements AutoCloseable {
    static final String INSTANCE = "11111111-2222-3333-4444-555555555555";
    static final String KEY_ID = "AKIDPRESYNCTEST";
    final WireMockServer server;

    ConnectApiStub(Extension... extensions) {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(extensions));
        server.start();
        // Two pages, so the directory must follow NextToken.
        server.stubFor(get(urlPathEqualTo("/agent-status/" + INSTANCE)).withQueryParam("nextToken", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json("{\"AgentStatusSummaryList\":[" + status("Available", "ROUTABLE") + ","
                        + status("Offline", "OFFLINE") + "],\"NextToken\":\"page2\"}")));
        server.stubFor(get(urlPathEqualTo("/agent-status/" + INSTANCE)).withQueryParam("nextToken", com.github.tomakehurst.wiremock.client.WireMock.equalTo("page2"))
                .willReturn(json("{\"AgentStatusSummaryList\":[" + status("Lunch", "CUSTOM") + ","
                        + status("Break", "CUSTOM") + "," + status("Omni Busy", "CUSTOM") + "]}")));
        // Every username except "ghost" exists; its UserId is "id-" + username.
        server.stubFor(post(urlPathEqualTo("/search-users"))
                .willReturn(json("{\"Users\":[{\"Id\":\"id-{{jsonPath request.body '$.SearchCriteria.StringCondition.Value'}}\","
                        + "\"Username\":\"{{jsonPath request.body '$.SearchCriteria.StringCondition.Value'}}\"}],\"ApproximateTotalCount\":1}")
                        .withTransformers("response-template")));
        server.stubFor(post(urlPathEqualTo("/search-users"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("\"ghost\""))
                .willReturn(json("{\"Users\":[],\"ApproximateTotalCount\":0}")));
        server.stubFor(put(urlPathMatching("/users/" + INSTANCE + "/[^/]+/status")).willReturn(aResponse().withStatus(200)));
    }

    /** The AgentStatusId the stub gives the status {@code name}. */
    static String statusId(String name) {
        return "st-" + name.replace(' ', '-');
    }

    static String status(String name, String type) {
        String id = statusId(name);
        return "{\"Arn\":\"arn:aws:connect:us-east-1:123456789012:instance/" + INSTANCE + "/agent-state/" + id
                + "\",\"Id\":\"" + id + "\",\"Name\":\"" + name + "\",\"Type\":\"" + type + "\"}";
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** An error the way Connect sends one: the type in x-amzn-ErrorType, the message in the body. */
    static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.connect/")
                .withBody("{\"Message\":\"" + message + "\"}");
    }

    ConnectClient client() {
        return ConnectClients.create("us-east-1", URI.create(server.baseUrl()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, "secret")));
    }

    @Override
    public void close() {
        server.stop();
    }
}
