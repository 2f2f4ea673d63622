package com.pvsconsole.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Decodes JSON strings so that equal short values share one {@code String}: a fleet's records
 * repeat the same status, system type, OS, processor type, storage pool, image id and network
 * name thousands of times, and each decoded copy costs a {@code String} and its bytes (with
 * 10,000 instances and 10,000 volumes, about a million strings). The parser's characters are
 * looked up in a small direct-mapped table before a {@code String} is made, so a repeated value
 * allocates nothing. The lookup is most of what decoding costs beyond a plain parse (P5), so it
 * hashes a few characters only, and keeps each slot's hash beside it so that most misses never
 * touch the string they miss. The table is bounded (a value is simply replaced by another that hashes to
 * its slot), so unique values (ids, addresses, dates) cost no lasting memory. Thread-safe: slots
 * are read and written without locks; a {@code String} is immutable, so a racing reader sees
 * either the old or the new value, and a miss only costs a copy.
 */
final class CanonicalStringDeserializer extends StdScalarDeserializer<String> {

    /**
     * Longer values (descriptions, user data) are not looked up. Hrefs and CRNs are: an instance's
     * {@code addresses} and {@code networks} repeat the same network hrefs.
     */
    static final int MAX_LENGTH = 200;
    private static final int SLOTS = 1 << 13;
    private static final int HEAD = 4;
    private static final int MIDDLE = 4;
    private static final int TAIL = 12;

    private final transient String[] table = new String[SLOTS];
    private final transient int[] hashes = new int[SLOTS];

    CanonicalStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > MAX_LENGTH) {
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
        return canonical(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    String canonical(char[] chars, int offset, int length) {
        int hash = hash(chars, offset, length);
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = table[slot];
        if (known != null && hashes[slot] == hash && sameChars(known, chars, offset, length)) {
            return known;
        }
        String value = new String(chars, offset, length);
        hashes[slot] = hash;
        table[slot] = value;
        return value;
    }

    /**
     * A hash of the length and of the characters at both ends and in the middle only: that is
     * where repeated values differ (hrefs and CRNs share long prefixes and end in an id; dates
     * differ in the middle), and a value seen once (an id, an address, a date) should cost as
     * little as possible on its way to a new {@code String}. Values with the same hash only cost
     * misses: equality is always checked.
     */
    static int hash(char[] chars, int offset, int length) {
        if (length <= HEAD + MIDDLE + TAIL) {
            return mix(length, chars, offset, length);
        }
        int hash = mix(length, chars, offset, HEAD);
        hash = mix(hash, chars, offset + (length - MIDDLE) / 2, MIDDLE);
        return mix(hash, chars, offset + length - TAIL, TAIL);
    }

    /** {@code hash} carried on over {@code count} characters from {@code from}, as {@link String#hashCode} does. */
    private static int mix(int hash, char[] chars, int from, int count) {
        for (int i = from; i < from + count; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** Compared from the end, where values that share a slot usually differ. */
    private static boolean sameChars(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = length - 1; i >= 0; i--) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
