package io.safeguard.accesslog.detection;

import java.util.Arrays;

/** Non-negative int keys to non-negative int values, open addressing, cleared in place for the next day. */
final class IntIntMap {
    static final int ABSENT = -1;

    private int[] keys;
    private int[] values;
    private int size;

    IntIntMap() {
        keys = new int[64];
        values = new int[64];
        Arrays.fill(keys, -1);
    }

    int get(int key) {
        int mask = keys.length - 1;
        for (int slot = IdDictionary.spread(key) & mask; ; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k < 0) {
                return ABSENT;
            }
        }
    }

    void put(int key, int value) {
        int mask = keys.length - 1;
        int slot = IdDictionary.spread(key) & mask;
        while (keys[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] < 0) {
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    void clear() {
        if (size > 0) {
            if (keys.length > 4096) {
                keys = new int[64];
                values = new int[64];
            }
            Arrays.fill(keys, -1);
            size = 0;
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
