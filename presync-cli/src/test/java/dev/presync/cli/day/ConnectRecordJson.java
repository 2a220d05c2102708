package dev.presync.cli.day;

/**
 * Writes Amazon Connect Agent Event Stream records as the Kinesis stream delivers them, trimmed to
 * the fields a real record always has, for the generated day.
 */
final class ConnectRecordJson {
    private static final String INSTANCE = "arn:aws:connect:eu-west-1:123456789012:instance/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

    /** One contact in a snapshot. */
    record Contact(String id, String method, String state, String since) {
    }

    private ConnectRecordJson() {
    }

    static String record(String type, String time, String agent, String status, String statusSince, Contact contact,
                         String previousStatus, Contact previousContact) {
        StringBuilder s = new StringBuilder(700);
        s.append("{\"AWSAccountId\":\"123456789012\",\"AgentARN\":\"").append(INSTANCE).append("/agent/").append(agent)
                .append("\",\"CurrentAgentSnapshot\":");
        if (status == null) {
            s.append("null");
        } else {
            snapshot(s, agent, status, statusSince, contact);
        }
        s.append(",\"EventId\":\"").append(agent).append('-').append(time).append("\",\"EventTimestamp\":\"").append(time)
                .append("\",\"EventType\":\"").append(type).append("\",\"InstanceARN\":\"").append(INSTANCE)
                .append("\",\"PreviousAgentSnapshot\":");
        if (previousStatus == null) {
            s.append("null");
        } else {
            snapshot(s, agent, previousStatus, statusSince, previousContact);
        }
        return s.append(",\"Version\":\"2019-05-25\"}").toString();
    }

    private static void snapshot(StringBuilder s, String agent, String status, String since, Contact c) {
        s.append("{\"AgentStatus\":{\"ARN\":\"").append(INSTANCE).append("/agent-state/").append(status.replace(' ', '-'))
                .append("\",\"Name\":\"").append(status).append("\",\"StartTimestamp\":\"").append(since).append("\"},")
                .append("\"Configuration\":{\"FirstName\":\"Agent\",\"LastName\":\"").append(agent)
                .append("\",\"RoutingProfile\":{\"Name\":\"Blended\",\"Concurrency\":[{\"AvailableSlots\":")
                .append(c == null ? 1 : 0).append(",\"Channel\":\"VOICE\",\"MaximumSlots\":1}]},\"Username\":\"").append(agent)
                .append("\"},\"Contacts\":[");
        if (c != null) {
            s.append("{\"ContactId\":\"").append(c.id()).append("\",\"Channel\":\"VOICE\",\"InitiationMethod\":\"").append(c.method())
                    .append("\",\"State\":\"").append(c.state()).append("\",\"StateStartTimestamp\":\"").append(c.since())
                    .append("\",\"Queue\":{\"Name\":\"Support\"}}");
        }
        s.append("],\"NextAgentStatus\":null}");
    }
}
