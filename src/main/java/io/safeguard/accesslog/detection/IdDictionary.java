package io.safeguard.accesslog.detection;

import java.util.Arrays;

/**
 * Dense int numbers for string ids (patients, users, departments): open addressing over a power-of-two table, about 12
 * bytes per id plus the strings, no boxing. Ids are numbered 0, 1, 2... in the order they are first added.
 */
final class IdDictionary {
    private int[] table;
    private String[] keys;
    private int size;

    IdDictionary(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[capacity];
        Arrays.fill(table, -1);
        keys = new String[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    String key(int id) {
        return keys[id];
    }

    /** The number of the id, or -1. */
    int find(String key) {
        int mask = table.length - 1;
        for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id < 0) {
                return -1;
            }
            if (keys[id].equals(key)) {
                return id;
            }
        }
    }

    /** The number of the id, adding it if new. */
    int add(String key) {
        int mask = table.length - 1;
        int slot = spread(key.hashCode()) & mask;
        for (; ; slot = (slot + 1) & mask) {
            int id = table[slot];
            if (id < 0) {
                break;
            }
            if (keys[id].equals(key)) {
                return id;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + (size >> 1));
        }
        keys[size] = key;
        table[slot] = size;
        size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return size - 1;
    }

    long bytes() {
        return 4L * table.length + 4L * keys.length;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = spread(keys[id].hashCode()) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id;
        }
    }

    static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
