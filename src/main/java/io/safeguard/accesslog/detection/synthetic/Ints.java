package io.safeguard.accesslog.detection.synthetic;

import java.util.Arrays;

/** A growable array of ints. */
final class Ints {
    private int[] values;
    private int size;

    Ints(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    void swapRemove(int index) {
        values[index] = values[--size];
    }
}
