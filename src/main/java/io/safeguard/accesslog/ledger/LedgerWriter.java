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
        var parts = new TileParts();
        var tree = TreeBuilder.resume(head.size(), split(head.edge()), (level, index, hash) -> {
            if (level > 0 && level % 8 == 0) { // level-0 tiles are the batch's leaf hashes, added whole below
                parts.add(level / 8, index, hash);
            }
        });
        for (int i = 0; i < batch.size(); i++) {
            tree.append(batch.leaf(i));
        }
        for (int i = 0; i < batch.size(); ) { // the leaf hashes of each level-0 tile the batch touches
            long seq = head.size() + i;
            int take = (int) Math.min(TILE_WIDTH - (seq % TILE_WIDTH), batch.size() - i);
            parts.parts.add(new JdbcTiles.TilePart(0, seq / TILE_WIDTH, (int) (seq % TILE_WIDTH), batch.leaves(i, i + take)));
            i += take;
        }
        events.append(tenant, head.size(), head.size(), batch);
        tiles.putTiles(tenant, parts.parts());
        tiles.saveHead(tenant, tree.size(), join(tree.compactRange()), clock.instant());
        return new Appended(head.size(), tree.size(), tree.root());
    }

    private static final int TILE_WIDTH = 256;

    /** The hashes announced for each touched tile above level 0, in order, as the parts to append to the stored tiles. */
    private static final class TileParts {
        private final List<JdbcTiles.TilePart> parts = new ArrayList<>();
        private final Map<Long, ByteArrayOutputStream> added = new LinkedHashMap<>();
        private final Map<Long, Long> firstIndex = new LinkedHashMap<>();

        void add(int tileLevel, long entryIndex, byte[] hash) {
            long key = ((entryIndex >>> 8) << 8) | tileLevel;
            firstIndex.putIfAbsent(key, entryIndex);
            added.computeIfAbsent(key, k -> new ByteArrayOutputStream(256 * MerkleHash.SIZE)).writeBytes(hash);
        }

        List<JdbcTiles.TilePart> parts() {
            added.forEach((key, bytes) -> parts.add(new JdbcTiles.TilePart((int) (key & 0xff), key >>> 8, (int) (firstIndex.get(key) & 0xff),
                    bytes.toByteArray())));
            return parts;
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
