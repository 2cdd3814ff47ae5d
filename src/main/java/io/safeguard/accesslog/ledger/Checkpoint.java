package io.safeguard.accesslog.ledger;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A C2SP checkpoint (https://c2sp.org/tlog-checkpoint): the signed head of the ledger's Merkle tree. Its note text is the
 * origin, the tree size in decimal, the base64 root hash and optional extension lines, each ending in a newline.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
    // tlog-checkpoint: "the ASCII decimal representation of the number of leaves in the tree, with no leading zeroes"
    private static final Pattern TREE_SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("the origin is one non-empty line");
        }
        NoteFormat.requireNoteCharacters(origin);
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        if (rootHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("the root hash has " + MerkleHash.SIZE + " bytes, not " + rootHash.length);
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String line : extensions) {
            if (line.isEmpty() || line.contains("\n")) { // tlog-checkpoint: extension lines "MUST be non-empty"
                throw new IllegalArgumentException("an extension is one non-empty line");
            }
            NoteFormat.requireNoteCharacters(line);
        }
    }

    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /** The note text: origin, size, root hash, extensions, each line ending in a newline. */
    public String body() {
        var out = new StringBuilder().append(origin).append('\n').append(size).append('\n')
                .append(Base64.getEncoder().encodeToString(rootHash)).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** The signed note; tlog-checkpoint: the key name SHOULD match the origin. */
    public String sign(NoteSigner signer) {
        return SignedNote.sign(body(), signer).encode();
    }

    /** The signed note, with the public key derived from {@code privateKey}. */
    public String sign(PrivateKey privateKey, String keyName) {
        return sign(NoteSigner.of(keyName, privateKey));
    }

    /** Parses a signed checkpoint note, refusing malformed ones; signatures are not checked here. */
    public static Checkpoint parse(String note) {
        return parseBody(SignedNote.parse(note).text());
    }

    /** Parses and verifies a signed checkpoint note against one trusted key. */
    public static CheckpointVerifier.Result verify(String note, PublicKey publicKey, String keyName) {
        return new CheckpointVerifier(VerifierKey.of(keyName, publicKey)).verify(note);
    }

    /** tlog-checkpoint "Note text": at least three non-empty lines; size without leading zeros; base64 root hash. */
    static Checkpoint parseBody(String text) {
        String[] lines = text.split("\n", -1); // the text ends in a newline, so the last element is empty
        if (lines.length < 4) {
            throw new IllegalArgumentException("a checkpoint has at least three lines: origin, tree size and root hash");
        }
        for (int i = 0; i < lines.length - 1; i++) {
            if (lines[i].isEmpty()) {
                throw new IllegalArgumentException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        if (!TREE_SIZE.matcher(lines[1]).matches()) {
            throw new IllegalArgumentException("the tree size is not a decimal number without leading zeros: " + lines[1]);
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the tree size is too large: " + lines[1], e);
        }
        byte[] root = NoteFormat.base64(lines[2], "root hash");
        return new Checkpoint(lines[0], size, root, Arrays.asList(lines).subList(3, lines.length - 1));
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
                && Arrays.equals(rootHash, that.rootHash) && extensions.equals(that.extensions);
    }

    @Override
    public int hashCode() {
        return ((origin.hashCode() * 31 + Long.hashCode(size)) * 31 + Arrays.hashCode(rootHash)) * 31 + extensions.hashCode();
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size " + size + ", root " + HexFormat.of().formatHex(rootHash) + "]";
    }
}
