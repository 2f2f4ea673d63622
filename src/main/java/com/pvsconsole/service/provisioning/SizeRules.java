package com.pvsconsole.service.provisioning;

import com.pvsconsole.service.net.Ipv4Cidr;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The input rules of create, resize and capture, checked before anything is sent: names, the
 * processor step of each processor type (shared and capped: at least 0.25 in steps of 0.25;
 * dedicated: whole processors), memory range, the workspace's quota, and fixed IPs inside the
 * network's CIDR. Each check answers the first rule broken, or empty.
 */
public final class SizeRules {

    public static final List<String> PROC_TYPES = List.of("shared", "capped", "dedicated");
    /**
     * System types and tiers the service offers somewhere: what the wizard falls back to, saying so, only when
     * the workspace's own catalog could not be read.
     */
    public static final List<String> SYSTEM_TYPES = List.of("s922", "s1022", "e980", "e1050", "e1080");
    public static final List<String> STORAGE_TIERS = List.of("tier0", "tier1", "tier3", "tier5k");
    public static final double MIN_MEMORY_GB = 2;
    public static final int MAX_NAME_LENGTH = 47;
    /** Cloud-init user data is limited to 63 KiB as sent, that is after base64 encoding. */
    public static final int MAX_USER_DATA_BYTES = 63 * 1024;

    /** Letters, digits, '.', '_' and '-', starting with a letter or digit (a valid host name base). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final double QUARTER = 0.25;

    private SizeRules() {
    }

    public static Optional<Violation> name(String name, Collection<String> taken) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return Optional.of(Violation.of("rule.name.required"));
        }
        if (value.length() > MAX_NAME_LENGTH) {
            return Optional.of(Violation.of("rule.name.tooLong", MAX_NAME_LENGTH, value.length()));
        }
        if (!NAME.matcher(value).matches()) {
            return Optional.of(Violation.of("rule.name.pattern"));
        }
        if (taken.stream().anyMatch(existing -> existing.equalsIgnoreCase(value))) {
            return Optional.of(Violation.of("rule.name.taken", value));
        }
        return Optional.empty();
    }

    /** Parses a number typed by the user; empty when it is not one. */
    public static Optional<Double> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Violation> processors(String procType, String text, Quota quota) {
        Optional<Double> parsed = number(text);
        if (parsed.isEmpty()) {
            return Optional.of(Violation.of("rule.processors.number"));
        }
        double value = parsed.get();
        if ("dedicated".equals(procType.toLowerCase(Locale.ROOT))) {
            if (value < 1 || value != Math.floor(value)) {
                return Optional.of(Violation.of("rule.processors.dedicated"));
            }
        } else if (value < QUARTER || Math.abs(value / QUARTER - Math.round(value / QUARTER)) > 1e-9) {
            return Optional.of(Violation.of("rule.processors.quarter", procType));
        }
        if (value > quota.maxProcessorsPerInstance()) {
            return Optional.of(Violation.of("rule.processors.max", format(quota.maxProcessorsPerInstance())));
        }
        if (value > quota.processorsLeft()) {
            return Optional.of(Violation.of("rule.processors.quota", format(quota.processorsLeft())));
        }
        return Optional.empty();
    }

    public static Optional<Violation> memory(String text, Quota quota) {
        Optional<Double> parsed = number(text);
        if (parsed.isEmpty()) {
            return Optional.of(Violation.of("rule.memory.number"));
        }
        double value = parsed.get();
        if (value != Math.floor(value)) {
            return Optional.of(Violation.of("rule.memory.whole"));
        }
        if (value < MIN_MEMORY_GB || value > quota.maxMemoryPerInstanceGb()) {
            return Optional.of(Violation.of("rule.memory.range", format(MIN_MEMORY_GB),
                    format(quota.maxMemoryPerInstanceGb())));
        }
        if (value > quota.memoryLeftGb()) {
            return Optional.of(Violation.of("rule.memory.quota", format(quota.memoryLeftGb())));
        }
        return Optional.empty();
    }

    /** The Rational Development Studio licence is per user: a whole number of at least 1 when it is ticked. */
    public static Optional<Violation> rdsUsers(boolean rds, String text) {
        if (!rds) {
            return Optional.empty();
        }
        Optional<Double> users = number(text);
        return users.isPresent() && users.get() >= 1 && users.get() == Math.floor(users.get())
                ? Optional.empty() : Optional.of(Violation.of("rule.rds.users"));
    }

    /** One more instance must fit the workspace's instance quota. */
    public static Optional<Violation> instanceQuota(Quota quota) {
        return quota.instancesLeft() < 1 ? Optional.of(Violation.of("rule.instances.quota")) : Optional.empty();
    }

    /**
     * A fixed IP (optional: blank is fine) must be a usable host address of the network
     * {@code cidr}. When the network's CIDR is not a valid network CIDR the console cannot tell,
     * so only the address's form is checked and the service decides.
     */
    public static Optional<Violation> fixedIp(String ip, String cidr) {
        if (ip == null || ip.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> address = Ipv4Cidr.parseAddress(ip);
        if (address.isEmpty()) {
            return Optional.of(Violation.of("rule.ip.format"));
        }
        Optional<Ipv4Cidr> block = Ipv4Cidr.parse(cidr);
        if (block.isPresent() && !block.get().isUsableHost(address.get())) {
            return Optional.of(Violation.of("rule.ip.outside", cidr));
        }
        return Optional.empty();
    }

    /** The limit applies to what goes on the wire: base64 makes every 3 bytes 4, so about 47 KiB of text fits. */
    public static Optional<Violation> userData(String text) {
        int raw = text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int bytes = 4 * ((raw + 2) / 3);
        return bytes > MAX_USER_DATA_BYTES
                ? Optional.of(Violation.of("rule.userData.tooLarge", MAX_USER_DATA_BYTES / 1024, bytes / 1024))
                : Optional.empty();
    }

    /** 4 -> "4", 0.25 -> "0.25". */
    public static String format(double value) {
        if (value >= Double.MAX_VALUE / 2) {
            return "∞";
        }
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0);
    }
}
