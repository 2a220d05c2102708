package dev.presync.flink.source;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * A local Kinesis (kinesalite, in memory) on 127.0.0.1 for one test, spoken to over Kinesis's
 * JSON protocol. {@code .ci/run} installs it under {@code .tools/}; when it is missing the test
 * fails on CI ({@code CI=true}) and is skipped, with the reason, elsewhere.
 */
public final class Kinesalite implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    public final String endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public Kinesalite() throws IOException {
        Path module = Path.of(System.getProperty("presync.kinesalite", "../.tools/node_modules/kinesalite"));
        if (!Files.isDirectory(module)) {
            String why = "kinesalite is not installed at " + module.toAbsolutePath()
                    + "; run: npm install --prefix .tools kinesalite@3.3.3";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.assumeTrue(false, why);
        }
        String script = "require(" + JSON.writeValueAsString(module.toAbsolutePath().toString())
                + ")({createStreamMs:0,deleteStreamMs:0,updateStreamMs:0}).listen(0,'127.0.0.1',function(){"
                + "console.log(this.address().port)})";
        process = new ProcessBuilder("node", "-e", script).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String port = out.readLine();
        assertTrue(port != null && port.matches("\\d+"), "kinesalite did not start: " + port);
        endpoint = "http://127.0.0.1:" + port;
    }

    JsonNode call(String action, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "Kinesis_20131202." + action)
                .header("X-Amz-Date", "20261202T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=local/20261202/us-east-1/kinesis/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(action + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    public void createStream(String name, int shards) throws IOException, InterruptedException {
        call("CreateStream", Map.of("StreamName", name, "ShardCount", shards));
        for (int i = 0; i < 100; i++) {
            if ("ACTIVE".equals(call("DescribeStream", Map.of("StreamName", name)).path("StreamDescription").path("StreamStatus").asText())) {
                return;
            }
            Thread.sleep(50);
        }
        fail("stream " + name + " did not become active");
    }

    public void put(String stream, String partitionKey, String data) throws IOException, InterruptedException {
        call("PutRecord", Map.of("StreamName", stream, "PartitionKey", partitionKey,
                "Data", Base64.getEncoder().encodeToString(data.getBytes(StandardCharsets.UTF_8))));
    }

    /** Puts records in batches of 500 (PutRecords), each {@code [partitionKey, data]}, in order. */
    public void putAll(String stream, List<String[]> records) throws IOException, InterruptedException {
        for (int from = 0; from < records.size(); from += 500) {
            List<Map<String, String>> batch = new ArrayList<>();
            for (String[] r : records.subList(from, Math.min(records.size(), from + 500))) {
                batch.add(Map.of("PartitionKey", r[0], "Data", Base64.getEncoder().encodeToString(r[1].getBytes(StandardCharsets.UTF_8))));
            }
            JsonNode answer = call("PutRecords", Map.of("StreamName", stream, "Records", batch));
            assertTrue(answer.path("FailedRecordCount").asInt() == 0, "PutRecords failed: " + answer);
        }
    }

    /** One record read back: its shard, partition key and data. */
    public record Record(String shard, String partitionKey, String data) {
    }

    /** Every record on the stream now, shard by shard, each shard's in order. */
    public List<Record> records(String stream) throws IOException, InterruptedException {
        List<Record> all = new ArrayList<>();
        for (JsonNode shard : call("ListShards", Map.of("StreamName", stream)).path("Shards")) {
            String id = shard.path("ShardId").asText();
            String iterator = call("GetShardIterator", Map.of("StreamName", stream, "ShardId", id,
                    "ShardIteratorType", "TRIM_HORIZON")).path("ShardIterator").asText();
            while (true) {
                JsonNode got = call("GetRecords", Map.of("ShardIterator", iterator));
                for (JsonNode r : got.path("Records")) {
                    all.add(new Record(id, r.path("PartitionKey").asText(),
                            new String(Base64.getDecoder().decode(r.path("Data").asText()), StandardCharsets.UTF_8)));
                }
                if (got.path("Records").isEmpty() || !got.hasNonNull("NextShardIterator")) {
                    break;
                }
                iterator = got.path("NextShardIterator").asText();
            }
        }
        return all;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
