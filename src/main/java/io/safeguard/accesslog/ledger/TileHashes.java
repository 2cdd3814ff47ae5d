package io.safeguard.accesslog.ledger;

import io.safeguard.shared.TenantId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers {@link HashReader} requests from the stored tiles: a subtree at a level that is a multiple of 8 is one entry
 * of a tile; any other level joins at most 128 entries of one tile (C2SP tlog-tiles: tile level k holds the hashes of
 * subtrees of 256^k leaves). Tiles read are cached for the life of this reader (one proof or one verification).
 */
final class TileHashes implements HashReader {
    private final JdbcTiles tiles;
    private final TenantId tenant;
    private final Map<Long, byte[]> cache = new HashMap<>();

    TileHashes(JdbcTiles tiles, TenantId tenant) {
        this.tiles = tiles;
        this.tenant = tenant;
    }

    @Override
    public byte[] hash(int level, long index) {
        int tileLevel = level / 8;
        int below = level % 8;
        long first = index << below; // first entry of the tile level covered by this subtree
        int width = 1 << below;
        byte[] tile = tile(tileLevel, first >>> 8);
        int offset = (int) (first & 0xff);
        if ((offset + width) * MerkleHash.SIZE > tile.length) {
            throw new IllegalStateException("the ledger holds no subtree at level " + level + ", index " + index + " yet");
        }
        byte[][] hashes = new byte[width][];
        for (int i = 0; i < width; i++) {
            int at = (offset + i) * MerkleHash.SIZE;
            hashes[i] = Arrays.copyOfRange(tile, at, at + MerkleHash.SIZE);
        }
        for (int n = width; n > 1; n /= 2) {
            for (int i = 0; i < n / 2; i++) {
                hashes[i] = MerkleHash.node(hashes[2 * i], hashes[2 * i + 1]);
            }
        }
        return hashes[0];
    }

    private byte[] tile(int level, long index) {
        return cache.computeIfAbsent((index << 8) | level, k -> tiles.tile(tenant, level, index));
    }
}
