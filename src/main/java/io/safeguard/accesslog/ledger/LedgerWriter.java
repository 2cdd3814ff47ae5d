package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Appends a batch of new events to an organization's ledger inside the caller's transaction: locks the head (one
 * writer per organization), hashes each event's canonical bytes as an RFC 9162 leaf, grows the tree from its stored
 * right edge, stores the events as one segment, writes the tiles the batch touched and moves the head.
 */
@Component
class LedgerWriter {
    private final EventStore events;
    private final JdbcTiles tiles;
    private final Clock clock;

    LedgerWriter(EventStore events, JdbcTiles tiles, Clock clock) {
        this.events = events;
        this.tiles = tiles;
        this.clock = clock;
    }

    record Appended(long firstSeq, long size, byte[] root) {}

    Appended append(TenantId tenant, PreparedBatch batch) {
        var head = tiles.lockHead(tenant, clock.instant());
        var buffer = new TileBuffer();
        var tree = TreeBuilder.resume(head.size(), split(head.edge()), (level, index, hash) -> {
            if (level % 8 == 0) {
                buffer.add(level / 8, index, hash);
            }
        });
        batch.leafHashes().forEach(tree::append);
        events.append(tenant, head.size(), head.size(), batch);
        buffer.flush(tenant);
        tiles.saveHead(tenant, tree.size(), join(tree.compactRange()), clock.instant());
        return new Appended(head.size(), tree.size(), tree.root());
    }

    /** Entries announced for each touched tile, appended to what the tile already holds when flushed. */
    private final class TileBuffer {
        private final Map<Long, ByteArrayOutputStream> added = new LinkedHashMap<>();
        private final Map<Long, Long> firstIndex = new LinkedHashMap<>();

        void add(int tileLevel, long entryIndex, byte[] hash) {
            long key = ((entryIndex >>> 8) << 8) | tileLevel;
            firstIndex.putIfAbsent(key, entryIndex);
            added.computeIfAbsent(key, k -> new ByteArrayOutputStream(256 * MerkleHash.SIZE)).writeBytes(hash);
        }

        void flush(TenantId tenant) {
            added.forEach((key, bytes) -> {
                int level = (int) (key & 0xff);
                long tileIndex = key >>> 8;
                long first = firstIndex.get(key);
                byte[] hashes = bytes.toByteArray();
                if ((first & 0xff) != 0) { // the tile was partly written by an earlier batch
                    byte[] stored = tiles.tile(tenant, level, tileIndex);
                    if (stored.length != (first & 0xff) * MerkleHash.SIZE) {
                        throw new IllegalStateException("tile " + level + "/" + tileIndex + " holds " + stored.length / MerkleHash.SIZE
                                + " hashes where " + (first & 0xff) + " were expected");
                    }
                    var whole = new ByteArrayOutputStream(stored.length + hashes.length);
                    whole.writeBytes(stored);
                    whole.writeBytes(hashes);
                    hashes = whole.toByteArray();
                }
                tiles.putTile(tenant, level, tileIndex, hashes);
            });
        }
    }

    static List<byte[]> split(byte[] edge) {
        List<byte[]> hashes = new ArrayList<>(edge.length / MerkleHash.SIZE);
        for (int at = 0; at < edge.length; at += MerkleHash.SIZE) {
            hashes.add(java.util.Arrays.copyOfRange(edge, at, at + MerkleHash.SIZE));
        }
        return hashes;
    }

    static byte[] join(List<byte[]> hashes) {
        var out = new ByteArrayOutputStream(hashes.size() * MerkleHash.SIZE);
        hashes.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
