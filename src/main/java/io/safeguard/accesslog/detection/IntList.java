package io.safeguard.accesslog.detection;

import java.util.Arrays;

/** A growable array of ints, for columns that would otherwise be boxed (detection and the synthetic log). */
public final class IntList {
    private int[] values;
    private int size;

    public IntList(int capacity) {
        values = new int[Math.max(4, capacity)];
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 1);
        }
        values[size++] = value;
    }

    public int get(int index) {
        return values[index];
    }

    public void set(int index, int value) {
        values[index] = value;
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Removes the value at {@code index} in O(1) by moving the last value there (order is not kept). */
    public void swapRemove(int index) {
        values[index] = values[--size];
    }
}
