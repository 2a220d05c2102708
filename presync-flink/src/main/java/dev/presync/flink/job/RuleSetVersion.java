package dev.presync.flink.job;

/**
 * A rule file's text with the version the job knows it by. It travels on the broadcast stream and
 * is compiled by each task that receives it, once; the version goes with every command it produces.
 */
public class RuleSetVersion {
    public long version;
    /** The file name, for diagnostics. */
    public String name;
    public byte[] text;

    public RuleSetVersion() {
    }

    public RuleSetVersion(long version, String name, byte[] text) {
        this.version = version;
        this.name = name;
        this.text = text;
    }
}
