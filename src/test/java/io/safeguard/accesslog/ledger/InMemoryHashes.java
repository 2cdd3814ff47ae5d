package io.safeguard.accesslog.ledger;

import java.util.ArrayList;
import java.util.List;

/** Every complete subtree hash in memory: what a {@link TreeBuilder} announces, read back as a {@link HashReader}. */
final class InMemoryHashes implements HashReader, TreeBuilder.Observer {
    private final List<List<byte[]>> levels = new ArrayList<>();
    private final List<Subtree> reads = new ArrayList<>();

    /** The store of a tree built from these leaf hashes. */
    static InMemoryHashes of(List<byte[]> leafHashes) {
        var hashes = new InMemoryHashes();
        var tree = new TreeBuilder(hashes);
        leafHashes.forEach(tree::append);
        return hashes;
    }

    @Override
    public void completed(int level, long index, byte[] hash) {
        while (levels.size() <= level) {
            levels.add(new ArrayList<>());
        }
        var row = levels.get(level);
        if (row.size() != index) {
            throw new AssertionError("level " + level + ": node " + index + " announced after " + row.size() + " nodes");
        }
        row.add(hash.clone());
    }

    @Override
    public byte[] hash(int level, long index) {
        reads.add(new Subtree(level, index));
        if (level >= levels.size() || index >= levels.get(level).size()) {
            throw new IllegalStateException("no complete subtree at level " + level + ", index " + index);
        }
        return levels.get(level).get((int) index).clone();
    }

    /** Number of complete subtrees stored at {@code level}. */
    int count(int level) {
        return level < levels.size() ? levels.get(level).size() : 0;
    }

    /** Every subtree read so far, in order; cleared by {@link #forgetReads()}. */
    List<Subtree> reads() {
        return List.copyOf(reads);
    }

    void forgetReads() {
        reads.clear();
    }
}
